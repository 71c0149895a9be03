package io.casework.backbone.access.readmodel;

import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.Organisation;
import io.casework.backbone.access.StaffMember;
import io.casework.backbone.security.Person;
import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation model and the children's access facts as this service holds them, read once per request: a list
 * of fifty children of one team asks for the same few people fifty times.
 */
@RequestScoped
public class StoredOrganisation implements Organisation {

    private final Map<String, Optional<StaffMember>> members = new HashMap<>();
    private final Map<String, Optional<String>> areas = new HashMap<>();

    @Override
    public Optional<StaffMember> member(String username) {
        return members.computeIfAbsent(username, name -> Optional.ofNullable(OrgMember.<OrgMember>findById(name))
                .map(m -> new StaffMember(m.username, m.fullName, m.post, m.team, m.serviceArea, m.supervisor)));
    }

    /**
     * A person a response names, as the organisation model holds them now: full name, job title and team. Someone
     * the model does not hold (they have left, or never joined) is named by username alone. Null for nobody.
     */
    public Person person(String username) {
        if (username == null) {
            return null;
        }
        return member(username).map(m -> new Person(m.username(), m.fullName(), m.designation(), m.team()))
                .orElseGet(() -> Person.known(username));
    }

    @Override
    public Optional<String> serviceAreaOf(String team) {
        return areas.computeIfAbsent(team, id -> Optional.ofNullable(OrgTeam.<OrgTeam>findById(id))
                .map(t -> t.serviceArea));
    }

    /** The child's access facts, empty for a child this service has not heard of. */
    public Optional<ChildFacts> child(UUID childId) {
        return Optional.ofNullable(AccessChild.<AccessChild>findById(childId)).map(this::facts);
    }

    public ChildFacts facts(AccessChild child) {
        return new ChildFacts(child.childId, child.team, serviceAreaOf(child.team).orElse(null),
                child.allocatedWorker, child.iro, child.lookedAfter, child.adoptionPlan, child.restriction);
    }
}
