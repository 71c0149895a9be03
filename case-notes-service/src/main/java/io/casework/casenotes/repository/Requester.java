package io.casework.casenotes.repository;

import io.casework.backbone.security.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who asked for a decision (a removal of inaccurate information, a restriction), as they were when they asked: their
 * name and job title then, not as the organisation later has them (DOMAIN.md rule 20). Part of the request, written
 * once.
 */
@Embeddable
public class Requester {

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String username;

    @Column(name = "requested_by_name", nullable = false, updatable = false)
    private String fullName;

    @Column(name = "requested_by_designation", nullable = false, updatable = false)
    private String designation;

    @Column(name = "requested_by_team", nullable = false, updatable = false)
    private String team;

    protected Requester() {
        // for Hibernate
    }

    static Requester of(Person person) {
        Requester requester = new Requester();
        requester.username = person.username();
        requester.fullName = person.fullName();
        // A person without a post or team in the token is kept as blank, not null: the columns are required.
        requester.designation = person.designation() == null ? "" : person.designation();
        requester.team = person.team() == null ? "" : person.team();
        return requester;
    }

    String username() {
        return username;
    }

    Person person() {
        return new Person(username, fullName, designation, team);
    }
}
