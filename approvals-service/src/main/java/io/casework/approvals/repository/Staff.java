package io.casework.approvals.repository;

import io.casework.contracts.Post;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A member of staff in the organisation model: their post, and the team or service area it sits in (table
 * {@code staff_member}). Kept after they leave (marked left) so that the history of who held what stays readable.
 * A member {@link #join}s, is {@link #appoint}ed to a post (again, after leaving) and {@link #leave}s; each of these
 * is one new version, stamped with who made the change and when, which the history and the other services' read
 * models follow. Whether the change is allowed (the post fits the team, they hold nothing when leaving) is the
 * organisation service's to check, against the rest of the model.
 */
@Entity
@Table(name = "staff_member")
public class Staff extends Versioned {

    @Id
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    /** Where they get mail about their inbox (issue 17); null for none, and then they get none. */
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Post post;

    private String team;

    @Column(name = "service_area")
    private String serviceArea;

    private String supervisor;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Staff() {
        // for Hibernate
    }

    /** Someone new joins the model in a post: version 1, changed by {@code by} at {@code at}. */
    public static Staff join(String username, String fullName, String email, Post post, String team,
                             String serviceArea, String supervisor, String by, Instant at) {
        Staff member = new Staff();
        member.username = username;
        member.appoint(fullName, email, post, team, serviceArea, supervisor, by, at);
        return member;
    }

    /**
     * The whole membership is replaced: name, e-mail address, post, team or service area, and supervisor. Someone who
     * had left and is appointed again has joined again.
     */
    public void appoint(String fullName, String email, Post post, String team, String serviceArea, String supervisor,
                        String by, Instant at) {
        this.fullName = fullName;
        this.email = email;
        this.post = post;
        this.team = team;
        this.serviceArea = serviceArea;
        this.supervisor = supervisor;
        this.leftAt = null;
        changed(by, at);
    }

    /**
     * They leave at {@code at}; they are kept, marked left.
     *
     * @throws IllegalStateException if they had left already
     */
    public void leave(String by, Instant at) {
        if (hasLeft()) {
            throw new IllegalStateException(username + " left already, at " + leftAt);
        }
        this.leftAt = at;
        changed(by, at);
    }

    public boolean hasLeft() {
        return leftAt != null;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Post getPost() {
        return post;
    }

    public String getTeam() {
        return team;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public Instant getLeftAt() {
        return leftAt;
    }
}
