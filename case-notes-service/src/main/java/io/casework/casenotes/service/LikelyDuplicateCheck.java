package io.casework.casenotes.service;

import io.casework.backbone.access.AccessDecision;
import io.casework.backbone.access.ChildFacts;
import io.casework.backbone.access.readmodel.OrgMember;
import io.casework.backbone.access.readmodel.StoredOrganisation;
import io.casework.backbone.security.Person;
import io.casework.casenotes.domain.record.LikelyDuplicates;
import io.casework.casenotes.repository.Child;
import io.casework.casenotes.repository.ChildRepository;
import io.casework.casenotes.rest.dto.LikelyDuplicateDto;
import io.casework.contracts.Post;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One record per child (DOMAIN.md rule 1): the records that may already be the child's being registered, each shown
 * only as far as the caller may see it. A match the caller may not see (another team or area, or a restricted record)
 * is said to exist and no more, with whom to ask; every match is logged on that child's access log (ACCESS-RULES.md).
 */
@ApplicationScoped
public class LikelyDuplicateCheck {

    /** At most this many matches are shown, the closest first: more means the names are too common to tell. */
    static final int MAX_MATCHES = 20;
    static final String HIDDEN_BASIS = "duplicate check: a possible match, shown only as one that exists, with "
            + "whom to ask";

    @Inject
    ChildRepository children;

    @Inject
    RecordAccess access;

    @Inject
    StoredOrganisation organisation;

    private record Match(Child child, LikelyDuplicates.Resemblance resemblance) {
    }

    /** The likely duplicates of the child described, as the caller may see them; each is logged as {@code action}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LikelyDuplicateDto> find(LikelyDuplicates.Query query, String action) {
        List<Match> matches = new ArrayList<>();
        for (Child child : children.bornAround(query)) {
            LikelyDuplicates.resemblance(query, candidate(child))
                    .ifPresent(resemblance -> matches.add(new Match(child, resemblance)));
        }
        // Closest first; among equals, the record opened first.
        List<Match> shown = matches.stream()
                .sorted(Comparator.comparingInt((Match m) -> m.resemblance().distance())
                        .thenComparing(m -> m.child().getRegisteredAt()))
                .limit(MAX_MATCHES).toList();
        List<ChildFacts> facts = shown.stream().map(m -> organisation.child(m.child().getId())).flatMap(Optional::stream)
                .toList();
        Map<UUID, AccessDecision> decisions = access.checked(facts, action, HIDDEN_BASIS);
        List<LikelyDuplicateDto> answer = new ArrayList<>();
        for (Match match : shown) {
            AccessDecision decision = decisions.get(match.child().getId());
            if (decision == null) {
                continue;
            }
            answer.add(shownAs(match, decision));
        }
        return answer;
    }

    private LikelyDuplicateDto shownAs(Match match, AccessDecision decision) {
        Child child = match.child();
        if (decision.allowed()) {
            return new LikelyDuplicateDto(child.getId(), child.getGivenName(), child.getFamilyName(),
                    child.getPreferredName(), child.getDateOfBirth(), child.getExpectedDateOfBirth(), child.getTeam(),
                    organisation.person(child.getAllocatedWorker()), match.resemblance().why(), false, false, null);
        }
        if (decision.listable()) {
            return new LikelyDuplicateDto(child.getId(), null, null, null, null, null, null, null,
                    match.resemblance().why(), true, false, null);
        }
        return new LikelyDuplicateDto(null, null, null, null, null, null, null, null, null, false, true,
                teamManager(child.getTeam()));
    }

    // Whom to ask about a record one cannot see: the manager of the team that holds it, who is on every list.
    private Person teamManager(String team) {
        return OrgMember.<OrgMember>list("team = ?1 and post = ?2", team, Post.TEAM_MANAGER).stream().findFirst()
                .map(manager -> organisation.person(manager.username)).orElse(null);
    }

    private static LikelyDuplicates.Candidate candidate(Child child) {
        return new LikelyDuplicates.Candidate(child.getId(), child.getGivenName(), child.getMiddleNames(),
                child.getFamilyName(), child.getPreferredName(), child.getDateOfBirth(),
                child.getExpectedDateOfBirth());
    }
}
