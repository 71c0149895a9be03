package io.casework.approvals.mapping;

import io.casework.approvals.repository.Staff;
import io.casework.approvals.repository.StaffRepository;
import io.casework.backbone.access.Posts;
import io.casework.backbone.security.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The people a response names, from the organisation model this service owns. Unlike the other services' read
 * models it keeps those who have left, so a name stays known on an old decision or change; a leaver's designation
 * and team are left out, since they no longer hold them. Not request-scoped: the live inbox stream maps its events
 * outside any request. Repeated look-ups within one transaction are answered by the persistence context.
 */
@ApplicationScoped
public class People {

    @Inject
    StaffRepository staff;

    /** The person with this username as the model holds them now; null for nobody. */
    public Person named(String username) {
        if (username == null) {
            return null;
        }
        return staff.findByIdOptional(username).map(People::person).orElseGet(() -> Person.known(username));
    }

    /**
     * A person as a record captured them (the name, and the designation where it was kept, at the time), completed
     * from the model with what the record did not keep.
     */
    public Person recorded(String username, String fullName, String designation) {
        Person now = named(username);
        if (now == null) {
            return null;
        }
        return new Person(username, fullName != null ? fullName : now.fullName(),
                designation != null ? designation : now.designation(), now.team());
    }

    private static Person person(Staff member) {
        if (member.hasLeft()) {
            return new Person(member.getUsername(), member.getFullName(), null, null);
        }
        return new Person(member.getUsername(), member.getFullName(), Posts.title(member.getPost()),
                member.getTeam());
    }
}
