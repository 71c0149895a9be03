package io.casework.casenotes.domain.pathway;

import io.casework.contracts.PathwayOutcomeDecision;
import io.casework.contracts.PathwayStepKind;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.casework.contracts.PathwayStepKind.*;

/**
 * What each kind of step on the case pathway is (004 "Case Pathway"): what it may be part of, whether it is a meeting
 * (scheduled, held, chaired, with participants), whether a worker may start it directly or only an outcome opens it,
 * whether it lasts until ended (a plan, an episode, a placement), and its outcomes with what each opens. Plain data, so
 * that the API shows it (listPathwayStepKinds) and tests call it without a server.
 *
 * @param kind     the kind
 * @param partOf   the kinds it is part of; empty for a step that stands on the pathway itself
 * @param meeting  whether it is scheduled and held (a conference, a review, a strategy discussion)
 * @param startable whether a worker starts it directly; false when only an outcome opens it (004: an S47 enquiry
 *                 follows a strategy discussion's decision, a conference an S47's, a CP plan a conference's)
 * @param lasting  whether it goes on until ended (a plan, an episode, a placement); a meeting that is not lasting and
 *                 has no outcome is over once held
 * @param outcomes its outcomes, in the order a front-end shows them; empty for a kind that has none
 */
public record StepKindRules(PathwayStepKind kind, Set<PathwayStepKind> partOf, boolean meeting, boolean startable,
        boolean lasting, List<StepOutcome> outcomes) {

    private static final Map<PathwayStepKind, StepKindRules> RULES = new EnumMap<>(PathwayStepKind.class);

    /** Kinds a chair must be named for when they are held: conferences (their chair) and looked-after reviews (IRO). */
    private static final Set<PathwayStepKind> CHAIRED = EnumSet.of(INITIAL_CHILD_PROTECTION_CONFERENCE,
            REVIEW_CHILD_PROTECTION_CONFERENCE, LOOKED_AFTER_REVIEW);

    static {
        Set<PathwayStepKind> none = EnumSet.noneOf(PathwayStepKind.class);
        // The front door and the C&F: their outcomes are the front door's decisions and the C&F's outcomes.
        add(CONTACT, none, false, false, false, frontDoor(CONTACT));
        add(REFERRAL, none, false, false, false, frontDoor(REFERRAL));
        add(CF_ASSESSMENT, none, false, true, false, Arrays.stream(CfaOutcome.values())
                .map(o -> StepOutcome.of(o.name(), o.opens())).toList());
        // 004 "Strategy Discussions": the manager decides; "Do not outcome an open C&F if a strategy discussion is
        // planned": CONTINUE_ASSESSMENT leaves the open C&F to go on, CF_ASSESSMENT opens a new one.
        add(STRATEGY_DISCUSSION, none, true, true, false, List.of(
                StepOutcome.of("S47_ENQUIRY", Opens.step(S47_ENQUIRY)),
                StepOutcome.of("CONTINUE_ASSESSMENT", Opens.nothingOpen()),
                StepOutcome.of("CF_ASSESSMENT", Opens.step(CF_ASSESSMENT)),
                StepOutcome.of("NO_FURTHER_ACTION", Opens.nothingCloses())));
        // 004 "Recording Outcomes from S47 Enquiries": "If the case progresses to Initial Child Protection Conference".
        add(S47_ENQUIRY, none, false, false, false, List.of(
                StepOutcome.of("INITIAL_CHILD_PROTECTION_CONFERENCE", Opens.step(INITIAL_CHILD_PROTECTION_CONFERENCE)),
                StepOutcome.of("CHILD_IN_NEED_PLAN", Opens.step(CHILD_IN_NEED_PLAN)),
                StepOutcome.of("NO_FURTHER_ACTION", Opens.nothingCloses())));
        // The conference decides, its chair records it: no second manager.
        add(INITIAL_CHILD_PROTECTION_CONFERENCE, none, true, false, false, List.of(
                StepOutcome.of("CHILD_PROTECTION_PLAN", Opens.step(CHILD_PROTECTION_PLAN)),
                StepOutcome.of("CHILD_IN_NEED_PLAN", Opens.step(CHILD_IN_NEED_PLAN)),
                StepOutcome.of("NO_FURTHER_ACTION", Opens.nothingCloses())));
        add(CHILD_PROTECTION_PLAN, none, false, false, true, List.of());
        // DOMAIN rule 11 (002 s.12): after a CP plan ends the child stays open as child in need, so the review
        // conference that ends the plan opens a CIN plan rather than closing the case.
        add(REVIEW_CHILD_PROTECTION_CONFERENCE, EnumSet.of(CHILD_PROTECTION_PLAN), true, true, false, List.of(
                StepOutcome.of("CONTINUE_PLAN", Opens.nothingOpen()),
                new StepOutcome("END_PLAN_CHILD_IN_NEED", Opens.step(CHILD_IN_NEED_PLAN), true)));
        add(CORE_GROUP_MEETING, EnumSet.of(CHILD_PROTECTION_PLAN), true, true, false, List.of());
        add(CHILD_IN_NEED_PLAN, none, false, true, true, List.of());
        add(CHILD_IN_NEED_MEETING, EnumSet.of(CHILD_IN_NEED_PLAN), true, true, false, List.of());
        add(LOOKED_AFTER_EPISODE, none, false, true, true, List.of());
        Set<PathwayStepKind> episode = EnumSet.of(LOOKED_AFTER_EPISODE);
        add(PLACEMENT, episode, false, true, true, List.of());
        add(PLACEMENT_PLANNING_MEETING, episode, true, true, false, List.of());
        add(LOOKED_AFTER_REVIEW, episode, true, true, false, List.of());
        add(CARE_PLAN, episode, false, true, true, List.of());
        add(PERSONAL_EDUCATION_PLAN, episode, true, true, false, List.of());
        add(HEALTH_ASSESSMENT, episode, false, true, false, List.of());
        add(ADOPTION_PLAN, episode, false, true, true, List.of());
        add(PLACEMENT_ORDER, episode, false, true, true, List.of());
        add(ADOPTION_MATCHING, episode, false, true, false, List.of());
        add(PLACEMENT_WITH_ADOPTERS, episode, false, true, true, List.of());
        add(ADOPTION_ORDER, episode, false, true, false, List.of());
        add(LEAVING_CARE_ELIGIBILITY, none, false, true, true, List.of());
        add(PATHWAY_ASSESSMENT, EnumSet.of(LEAVING_CARE_ELIGIBILITY), false, true, false, List.of());
        add(PATHWAY_PLAN, EnumSet.of(LEAVING_CARE_ELIGIBILITY), false, true, true, List.of());
        add(PATHWAY_PLAN_REVIEW, EnumSet.of(PATHWAY_PLAN), true, true, false, List.of());
        add(PRIVATE_FOSTERING_ARRANGEMENT, none, false, true, true, List.of());
        add(LEGAL_PLANNING_MEETING, none, true, true, false, List.of(
                StepOutcome.of("PRE_PROCEEDINGS", Opens.step(PRE_PROCEEDINGS)),
                StepOutcome.of("ISSUE_CARE_PROCEEDINGS", Opens.step(CARE_PROCEEDINGS)),
                StepOutcome.of("NO_LEGAL_ACTION", Opens.nothingOpen())));
        // Pre-proceedings is a period with its meeting: held, it goes on until ended or proceedings are issued.
        add(PRE_PROCEEDINGS, none, true, true, true, List.of());
        add(CARE_PROCEEDINGS, none, false, true, true, List.of());
        add(COURT_ORDER, EnumSet.of(CARE_PROCEEDINGS), false, true, true, List.of());
        add(EARLY_HELP_EPISODE, none, false, true, true, List.of());
        add(EARLY_HELP_ASSESSMENT, EnumSet.of(EARLY_HELP_EPISODE), false, true, false, List.of());
        add(FAMILY_SUPPORT_MEETING, EnumSet.of(EARLY_HELP_EPISODE), true, true, false, List.of());
        // 002 s.5: supervision of the child's case is recorded on the child's record.
        add(SUPERVISION_SESSION, none, true, true, false, List.of());
        if (RULES.size() != PathwayStepKind.values().length) {
            throw new IllegalStateException("a kind of step has no rules: " + EnumSet.complementOf(
                    EnumSet.copyOf(RULES.keySet())));
        }
    }

    public StepKindRules {
        partOf = partOf.isEmpty() ? Set.of() : Set.copyOf(partOf);
        outcomes = List.copyOf(outcomes);
    }

    private static void add(PathwayStepKind kind, Set<PathwayStepKind> partOf, boolean meeting, boolean startable,
            boolean lasting, List<StepOutcome> outcomes) {
        RULES.put(kind, new StepKindRules(kind, partOf, meeting, startable, lasting, outcomes));
    }

    private static List<StepOutcome> frontDoor(PathwayStepKind kind) {
        return Arrays.stream(FrontDoorDecision.values()).filter(d -> d.decides(kind))
                .map(d -> StepOutcome.of(d.name(), d.opens())).toList();
    }

    /** The rules of a kind. */
    public static StepKindRules of(PathwayStepKind kind) {
        return RULES.get(kind);
    }

    /** Every kind's rules, in the kinds' order. */
    public static List<StepKindRules> all() {
        return List.copyOf(RULES.values());
    }

    /** The decision that authorises this kind's outcomes (DOMAIN rule 20); empty when they take effect at once. */
    public Optional<PathwayOutcomeDecision> authorisedBy() {
        return PathwayOutcomeDecision.forStep(kind);
    }

    /** The outcome of this name, if the kind has it. */
    public Optional<StepOutcome> outcome(String name) {
        return outcomes.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** Whether it must be part of another step. */
    public boolean needsPartOf() {
        return !partOf.isEmpty();
    }

    /** Whether a chair must be named when it is held. */
    public boolean needsChair() {
        return CHAIRED.contains(kind);
    }

    /** Whether it is over once held: a meeting with no outcome that does not last (a CIN meeting, a review). */
    public boolean endsWhenHeld() {
        return meeting && outcomes.isEmpty() && !lasting;
    }
}
