package io.casework.casenotes.domain;

import io.casework.contracts.NoteType;
import io.casework.contracts.Post;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NoteAuthorsTest {

    private static Set<Post> writers(NoteType type) {
        Set<Post> posts = EnumSet.noneOf(Post.class);
        for (Post post : Post.values()) {
            if (NoteAuthors.refusal(type, post).isEmpty()) {
                posts.add(post);
            }
        }
        return posts;
    }

    @Test
    @DisplayName("001, 002 s.5, 003 s.5i: management decisions, oversight and audits by a practice manager or above")
    void managersDecisions() {
        Set<Post> managers = EnumSet.of(Post.PRACTICE_MANAGER, Post.TEAM_MANAGER, Post.SENIOR_MANAGER,
                Post.HEAD_OF_SERVICE);
        assertThat(writers(NoteType.MANAGEMENT_DECISION)).isEqualTo(managers);
        assertThat(writers(NoteType.MANAGEMENT_OVERSIGHT)).isEqualTo(managers);
        assertThat(writers(NoteType.AUDIT)).isEqualTo(managers);
    }

    @Test
    @DisplayName("002 \"Supervision\": supervision is recorded by the supervisor: a senior practitioner, practice "
            + "manager or team manager")
    void supervision() {
        assertThat(writers(NoteType.SUPERVISION)).containsExactlyInAnyOrder(Post.SENIOR_PRACTITIONER,
                Post.PRACTICE_MANAGER, Post.TEAM_MANAGER);
    }

    @Test
    @DisplayName("001 \"Case Record Integrity\": an amendment is recorded by the team manager")
    void amendment() {
        assertThat(writers(NoteType.AMENDMENT)).containsExactly(Post.TEAM_MANAGER);
    }

    @Test
    @DisplayName("any other note by anyone the access table lets write on the record")
    void everyoneElse() {
        assertThat(writers(NoteType.STATUTORY_VISIT)).containsExactlyInAnyOrder(Post.values());
        assertThat(NoteAuthors.refusal(NoteType.CASE_NOTE, null)).isEmpty();
    }
}
