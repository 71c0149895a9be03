package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;
import io.casework.contracts.Post;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may write a note of each type, by their post, beside the access table's right to write on the child's record
 * at all: a manager's decision, oversight or audit by a practice manager or a manager above them (001 "Management
 * oversight must be evidenced", 002 s.5, 003 s.5i); supervision by the supervisor, who finalises it (002
 * "Supervision"); an amendment by the team manager (001 "Case Record Integrity"). Every other type by anyone who may
 * write on the record.
 */
public final class NoteAuthors {

    private static final Set<Post> MANAGERS = EnumSet.of(Post.PRACTICE_MANAGER, Post.TEAM_MANAGER,
            Post.SENIOR_MANAGER, Post.HEAD_OF_SERVICE);
    private static final Set<Post> SUPERVISORS = EnumSet.of(Post.SENIOR_PRACTITIONER, Post.PRACTICE_MANAGER,
            Post.TEAM_MANAGER);

    private NoteAuthors() {
    }

    /** Why someone holding {@code post} (null: none) may not write a note of {@code type}; empty when they may. */
    public static Optional<String> refusal(NoteType type, Post post) {
        if (type.managersDecision() && !MANAGERS.contains(post)) {
            return Optional.of("Management decisions, oversight and audits are recorded by a practice manager or a "
                    + "manager above them (001, 002 s.5, 003 s.5i).");
        }
        if (type == NoteType.SUPERVISION && !SUPERVISORS.contains(post)) {
            return Optional.of("Supervision is recorded by the supervisor (a senior practitioner, practice manager "
                    + "or team manager), who finalises the note (002 \"Supervision\").");
        }
        if (type == NoteType.AMENDMENT && post != Post.TEAM_MANAGER) {
            return Optional.of("A correction is recorded by the team manager, in a new note that names the entry "
                    + "and the reason (001 \"Case Record Integrity\").");
        }
        return Optional.empty();
    }
}
