package io.casework.contracts;

import io.casework.contracts.PathwayDetails.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The own facts of each kind of pathway step and of its outcome (pathway-step-details.v1.json). */
class PathwayDetailsTest {

    private static Map<String, Object> action(String action, String who, String byWhen) {
        return Map.of("action", action, "who", who, "byWhen", byWhen);
    }

    /** A valid example of the facts of every kind that has some, with where the seeds ask for them. */
    static Stream<Arguments> validSteps() {
        return Stream.of(
                Arguments.of(PathwayStepKind.STRATEGY_DISCUSSION, Map.of(
                        "reasons", "Bruising reported by school; referral of 7 January",
                        "allegedAbuseCategory", "PHYSICAL_ABUSE", "promptedBy", "REFERRAL",
                        "promptedAt", "2027-01-07T14:30:00Z")),
                Arguments.of(PathwayStepKind.S47_ENQUIRY, Map.of("allegedAbuseCategory", "NEGLECT")),
                Arguments.of(PathwayStepKind.S47_ENQUIRY, Map.of()),
                Arguments.of(PathwayStepKind.CHILD_PROTECTION_PLAN, Map.of("category", "MULTIPLE")),
                Arguments.of(PathwayStepKind.LOOKED_AFTER_EPISODE, Map.of("legalStatus", "C1")),
                Arguments.of(PathwayStepKind.PLACEMENT, Map.of("placementType", "U4", "provider", "North carers")),
                Arguments.of(PathwayStepKind.PLACEMENT, Map.of("placementType", "K2")),
                Arguments.of(PathwayStepKind.HEALTH_ASSESSMENT, Map.of("assessment", "INITIAL")),
                Arguments.of(PathwayStepKind.PLACEMENT_ORDER, Map.of("court", "Family Court at Northtown")),
                Arguments.of(PathwayStepKind.ADOPTION_ORDER, Map.of()),
                Arguments.of(PathwayStepKind.LEAVING_CARE_ELIGIBILITY, Map.of("category", "FORMER_RELEVANT")),
                Arguments.of(PathwayStepKind.PRIVATE_FOSTERING_ARRANGEMENT, Map.of("authorityAwareOn", "2027-03-02")),
                Arguments.of(PathwayStepKind.PRE_PROCEEDINGS, Map.of("letterSentOn", "2027-03-10")),
                Arguments.of(PathwayStepKind.CARE_PROCEEDINGS, Map.of("letterOfIntentOn", "2027-04-01",
                        "applicationIssuedOn", "2027-04-20")),
                Arguments.of(PathwayStepKind.COURT_ORDER, Map.of("orderType", "INTERIM_CARE_ORDER",
                        "court", "Family Court at Northtown")));
    }

    @ParameterizedTest
    @MethodSource("validSteps")
    @DisplayName("a valid example of every kind with facts of its own is accepted")
    void validFactsAreAccepted(PathwayStepKind kind, Map<String, Object> details) {
        assertThat(PathwayDetails.ofStep(kind, details)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PathwayStepKind.class)
    @DisplayName("every kind and every kind's outcome has a definition, so a lookup never fails; no facts at all are "
            + "refused only where the kind requires some")
    void everyKindHasADefinition(PathwayStepKind kind) {
        assertThat(PathwayDetails.schemaOf(kind)).containsEntry("type", "object")
                .containsEntry("additionalProperties", false);
        assertThat(PathwayDetails.outcomeSchemaOf(kind)).containsEntry("type", "object")
                .containsEntry("additionalProperties", false);
        List<Violation> none = PathwayDetails.ofStep(kind, null);
        assertThat(none.isEmpty()).as(kind + " without facts")
                .isEqualTo(!PathwayDetails.schemaOf(kind).containsKey("required"));
    }

    @Test
    @DisplayName("a kind with no facts of its own refuses any field: nothing is recorded that no one defined")
    void kindWithoutFactsRefusesAnyField() {
        assertThat(PathwayDetails.ofStep(PathwayStepKind.CORE_GROUP_MEETING, Map.of("venue", "Town hall")))
                .containsExactly(new Violation("details.venue", "is not a known field"));
        assertThat(PathwayDetails.ofStep(PathwayStepKind.CONTACT, Map.of())).isEmpty();
    }

    @Nested
    @DisplayName("004 \"Strategy Discussions\"")
    class StrategyDiscussions {

        @Test
        @DisplayName("the referral or incident the 24 hours run from is required from the start; the reasons and the "
                + "alleged abuse may follow when it is held")
        void requiredFacts() {
            assertThat(PathwayDetails.ofStep(PathwayStepKind.STRATEGY_DISCUSSION, null)).containsExactly(
                    new Violation("details.promptedAt", "is required"),
                    new Violation("details.promptedBy", "is required"));
        }

        @Test
        @DisplayName("the time it was prompted at must be a date and time, and what prompted it a referral or incident")
        void promptedAtIsADateTime() {
            assertThat(PathwayDetails.ofStep(PathwayStepKind.STRATEGY_DISCUSSION, Map.of(
                    "reasons", "Disclosure at school", "allegedAbuseCategory", "SEXUAL_ABUSE",
                    "promptedBy", "PHONE_CALL", "promptedAt", "yesterday afternoon"))).containsExactly(
                    new Violation("details.promptedAt",
                            "must be a date and time with its offset (YYYY-MM-DDThh:mm:ssZ)"),
                    new Violation("details.promptedBy", "must be one of REFERRAL, INCIDENT"));
        }

        @Test
        @DisplayName("its decision says whether the case progresses to conference and what happens next, by whom and "
                + "by when")
        void decisionCarriesFurtherActions() {
            assertThat(PathwayDetails.ofOutcome(PathwayStepKind.STRATEGY_DISCUSSION, Map.of("toConference", true,
                    "furtherActions", List.of(action("Convene the ICPC", "North Team Manager", "2027-01-22")))))
                    .isEmpty();
            assertThat(PathwayDetails.ofOutcome(PathwayStepKind.STRATEGY_DISCUSSION, Map.of())).containsExactly(
                    new Violation("details.furtherActions", "is required"),
                    new Violation("details.toConference", "is required"));
            assertThat(PathwayDetails.ofOutcome(PathwayStepKind.STRATEGY_DISCUSSION, Map.of("toConference", false,
                    "furtherActions", List.of()))).containsExactly(
                    new Violation("details.furtherActions", "must have at least 1 item"));
            assertThat(PathwayDetails.ofOutcome(PathwayStepKind.STRATEGY_DISCUSSION, Map.of("toConference", "yes",
                    "furtherActions", List.of(action("Visit", "North Worker One", "2027-01-09"))))).containsExactly(
                    new Violation("details.toConference", "must be a boolean"));
        }

        @Test
        @DisplayName("a further action's fault is named by its place in the list")
        void nestedFurtherActions() {
            Map<String, Object> noWho = new HashMap<>(action("Police check", "x", "2027-01-10"));
            noWho.remove("who");
            assertThat(PathwayDetails.ofOutcome(PathwayStepKind.STRATEGY_DISCUSSION, Map.of("toConference", false,
                    "furtherActions", List.of(action("Visit the child", "North Worker One", "2027-01-09"),
                            action("Speak to the school", "North Worker One", "next week"), noWho))))
                    .containsExactly(
                            new Violation("details.furtherActions[1].byWhen", "must be a date (YYYY-MM-DD)"),
                            new Violation("details.furtherActions[2].who", "is required"));
        }
    }

    @Test
    @DisplayName("004 \"Recording Outcomes from S47 Enquiries\": the outcome records whether the enquiry was joint or "
            + "single agency and whether the child was seen; further actions are optional")
    void s47Outcome() {
        assertThat(PathwayDetails.ofOutcome(PathwayStepKind.S47_ENQUIRY, Map.of("method", "JOINT_AGENCY",
                "childSeen", true))).isEmpty();
        assertThat(PathwayDetails.ofOutcome(PathwayStepKind.S47_ENQUIRY, Map.of("method", "POLICE_ONLY")))
                .containsExactly(new Violation("details.childSeen", "is required"),
                        new Violation("details.method", "must be one of JOINT_AGENCY, SINGLE_AGENCY"));
    }

    @Test
    @DisplayName("003 Appendix A \"Child Protection\": a conference's decision may name the plan's category, which "
            + "must be one of the plan categories")
    void conferenceOutcomeCategory() {
        assertThat(PathwayDetails.ofOutcome(PathwayStepKind.INITIAL_CHILD_PROTECTION_CONFERENCE,
                Map.of("category", "EMOTIONAL_ABUSE"))).isEmpty();
        assertThat(PathwayDetails.ofOutcome(PathwayStepKind.REVIEW_CHILD_PROTECTION_CONFERENCE, Map.of())).isEmpty();
        assertThat(PathwayDetails.ofOutcome(PathwayStepKind.REVIEW_CHILD_PROTECTION_CONFERENCE,
                Map.of("category", "DOMESTIC_ABUSE"))).containsExactly(new Violation("details.category",
                "must be one of NEGLECT, PHYSICAL_ABUSE, EMOTIONAL_ABUSE, SEXUAL_ABUSE, MULTIPLE"));
        assertThat(PathwayDetails.ofOutcome(PathwayStepKind.CORE_GROUP_MEETING, Map.of("category", "NEGLECT")))
                .containsExactly(new Violation("details.category", "is not a known field"));
    }

    @Test
    @DisplayName("003 Appendix A \"Children in Care / Care Leavers\": a placement needs its SSDA903 placement type, "
            + "and an unknown code is refused with the codes that are allowed")
    void placementType() {
        assertThat(PathwayDetails.ofStep(PathwayStepKind.PLACEMENT, Map.of("provider", "North carers")))
                .containsExactly(new Violation("details.placementType", "is required"));
        List<Violation> wrong = PathwayDetails.ofStep(PathwayStepKind.PLACEMENT, Map.of("placementType", "F1"));
        assertThat(wrong).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("details.placementType");
            assertThat(v.message()).startsWith("must be one of A3, A4, A5, A6, H5").endsWith("U6, Z1");
        });
        assertThat(PathwayDetails.ofStep(PathwayStepKind.PLACEMENT, Map.of("placementType", "U1", "provider", "")))
                .containsExactly(new Violation("details.provider", "must be at least 1 character"));
    }

    @Test
    @DisplayName("003 Appendix A \"Children in Care / Care Leavers\": a looked-after episode needs its SSDA903 legal "
            + "status; the legal status is the SSDA903 code, not its words")
    void legalStatus() {
        assertThat(PathwayDetails.ofStep(PathwayStepKind.LOOKED_AFTER_EPISODE, Map.of("legalStatus", "V2")))
                .isEmpty();
        assertThat(PathwayDetails.ofStep(PathwayStepKind.LOOKED_AFTER_EPISODE,
                Map.of("legalStatus", "Section 20"))).extracting(Violation::field)
                .containsExactly("details.legalStatus");
        assertThat(PathwayDetails.schemaOf(PathwayStepKind.LOOKED_AFTER_EPISODE).toString())
                .contains("interim care order");
    }

    @Test
    @DisplayName("003 Appendix A \"Pre - Proceedings\" and \"Care Proceedings\": the letters' dates are required and "
            + "must be dates")
    void proceedingsDates() {
        assertThat(PathwayDetails.ofStep(PathwayStepKind.PRE_PROCEEDINGS, Map.of("letterSentOn", "10/03/2027")))
                .containsExactly(new Violation("details.letterSentOn", "must be a date (YYYY-MM-DD)"));
        assertThat(PathwayDetails.ofStep(PathwayStepKind.PRE_PROCEEDINGS, Map.of("letterSentOn", "2027-02-30")))
                .containsExactly(new Violation("details.letterSentOn", "must be a date (YYYY-MM-DD)"));
        assertThat(PathwayDetails.ofStep(PathwayStepKind.CARE_PROCEEDINGS, Map.of("applicationIssuedOn",
                "2027-04-20"))).containsExactly(new Violation("details.letterOfIntentOn", "is required"));
    }

    @Test
    @DisplayName("001 \"Recording Timescales Table\": a private fostering arrangement needs the date the authority "
            + "became aware of it; a health assessment is initial or review")
    void privateFosteringAndHealth() {
        assertThat(PathwayDetails.ofStep(PathwayStepKind.PRIVATE_FOSTERING_ARRANGEMENT, Map.of()))
                .containsExactly(new Violation("details.authorityAwareOn", "is required"));
        assertThat(PathwayDetails.ofStep(PathwayStepKind.HEALTH_ASSESSMENT, Map.of("assessment", "DENTAL")))
                .containsExactly(new Violation("details.assessment", "must be one of INITIAL, REVIEW"));
    }

    @Test
    @DisplayName("a court order needs its type; an unknown field next to it is named")
    void courtOrder() {
        assertThat(PathwayDetails.ofStep(PathwayStepKind.COURT_ORDER, Map.of("orderType", "CARE_ORDER",
                "judge", "HHJ Example"))).containsExactly(new Violation("details.judge", "is not a known field"));
        assertThat(PathwayDetails.ofStep(PathwayStepKind.COURT_ORDER, Map.of("court", 12))).containsExactly(
                new Violation("details.court", "must be a string"),
                new Violation("details.orderType", "is required"));
    }

    @Test
    @DisplayName("the definition a front-end is shown is a copy: changing it changes nothing that is checked")
    void schemaOfIsACopy() {
        Map<String, Object> shown = PathwayDetails.schemaOf(PathwayStepKind.HEALTH_ASSESSMENT);
        shown.clear();
        assertThat(PathwayDetails.schemaOf(PathwayStepKind.HEALTH_ASSESSMENT)).containsKey("required");
        assertThat(PathwayDetails.ofStep(PathwayStepKind.HEALTH_ASSESSMENT, Map.of()))
                .containsExactly(new Violation("details.assessment", "is required"));
    }
}
