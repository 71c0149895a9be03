package io.casework.timescales;

import io.casework.contracts.CaseClosureDecision;
import io.casework.contracts.InformationRemovalDecision;
import io.casework.contracts.NoteOversight;
import io.casework.contracts.PathwayOutcomeDecision;
import io.casework.contracts.RestrictionDecision;
import io.casework.contracts.RiskAlertDecision;
import io.casework.contracts.RiskAlertType;
import io.casework.contracts.RollBackDecision;
import io.casework.timescales.ApprovalStage.Action;
import io.casework.timescales.ApprovalType.FieldProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue of decisions that need a manager (DOMAIN rule 20), as rule sets hold it and authorities change it. */
class ApprovalTypeTest {

    private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();
    private static final RuleSet BASE = REGISTRY.ruleSet(Authorities.LCS_PRACTICE_GUIDE);

    private static ApprovalType type(String authority, String id) {
        return REGISTRY.ruleSet(authority).approvalType(id);
    }

    @Nested
    @DisplayName("The base catalogue")
    class Base {

        @Test
        @DisplayName("DOMAIN rule 20: every kind of the approvals catalogue, and the deadline extension and risk alert "
                + "review beside them")
        void everyKind() {
            assertThat(BASE.approvalTypes()).extracting(ApprovalType::id).containsExactlyInAnyOrder(
                    "STATUTORY_VISIT_OVERSIGHT", "CASE_NOTE_OVERSIGHT", "S47_OUTCOME", "STRATEGY_DISCUSSION_DECISION",
                    "CF_OUTCOME", "CF_PRIORITY_CHANGE", "CASE_CLOSURE", "RECORD_CORRECTION", "RECORD_OFF_SITE",
                    "ROLL_BACK", "RISK_ALERT", "RISK_ALERT_REVIEW", "RECORD_RESTRICTION", "RESTRICT_RECORD",
                    "REMOVE_INACCURATE_INFORMATION", "DEADLINE_EXTENSION");
        }

        @Test
        @DisplayName("Every decision kind the contracts name is in every authority's catalogue")
        void contractsKinds() {
            List<String> kinds = Stream.of(NoteOversight.values(), PathwayOutcomeDecision.values(),
                    RestrictionDecision.values(), CaseClosureDecision.values(), RiskAlertDecision.values(),
                    RollBackDecision.values(), InformationRemovalDecision.values())
                    .flatMap(Arrays::stream).map(Enum::name).toList();
            for (String authority : REGISTRY.authorities()) {
                for (String kind : kinds) {
                    assertThat(REGISTRY.ruleSet(authority).findApprovalType(kind)).as(authority + " " + kind)
                            .isPresent();
                }
            }
        }

        @Test
        @DisplayName("004 \"Recording Statutory Visits\": the practice manager oversees a statutory visit note within "
                + "the 5 working days of the rule the kind names")
        void statutoryVisitOversight() {
            ApprovalType oversight = BASE.approvalType("STATUTORY_VISIT_OVERSIGHT");
            assertThat(oversight.decidedBy()).isEqualTo(ApprovalRole.PRACTICE_MANAGER);
            assertThat(oversight.scope()).isEqualTo(ApprovalScope.TEAM);
            assertThat(oversight.requestedThrough()).isEqualTo(RequestChannel.EVENT);
            assertThat(oversight.stages()).containsExactly(ApprovalStage.decision(ApprovalRole.PRACTICE_MANAGER));
            assertThat(BASE.dueDate(oversight.timescaleRule().orElseThrow(), LocalDate.of(2026, 12, 24),
                    REGISTRY.calendar())).isEqualTo(LocalDate.of(2027, 1, 5));
        }

        @Test
        @DisplayName("004 \"Setting A Due Date (Priority)\": the practice manager resets a C&F's priority, and extends "
                + "a deadline, in their own authority; a worker asks through the API with the fields it needs")
        void directDecisions() {
            for (String id : List.of("CF_PRIORITY_CHANGE", "DEADLINE_EXTENSION")) {
                ApprovalType type = BASE.approvalType(id);
                assertThat(type.decidedBy()).as(id).isEqualTo(ApprovalRole.PRACTICE_MANAGER);
                assertThat(type.directDecision()).as(id).isTrue();
                assertThat(type.requestedThrough()).as(id).isEqualTo(RequestChannel.REST);
                assertThat(type.source().document()).as(id).isEqualTo("004");
            }
            assertThat(BASE.approvalType("CF_PRIORITY_CHANGE").field("priority").orElseThrow().values())
                    .containsExactly("10", "30", "45");
            assertThat(BASE.approvalType("DEADLINE_EXTENSION").field("reason").orElseThrow().maxLength())
                    .isEqualTo(1000);
            assertThat(BASE.approvalType("CASE_CLOSURE").directDecision()).isFalse();
        }

        @Test
        @DisplayName("001 \"Restricted Records\" and \"Risk Alerts\": decided by the head of service over the child's "
                + "service area, reasons either way; a risk alert's kinds are the contracts' own")
        void headOfService() {
            for (String id : List.of("RESTRICT_RECORD", "RISK_ALERT", "RISK_ALERT_REVIEW", "RECORD_RESTRICTION")) {
                ApprovalType type = BASE.approvalType(id);
                assertThat(type.decidedBy()).as(id).isEqualTo(ApprovalRole.HEAD_OF_SERVICE);
                assertThat(type.scope()).as(id).isEqualTo(ApprovalScope.SERVICE_AREA);
                assertThat(type.source().document()).as(id).isEqualTo("001");
            }
            assertThat(BASE.approvalType("RESTRICT_RECORD").reasonsRequired()).isTrue();
            assertThat(BASE.approvalType("RISK_ALERT").field("type").orElseThrow().values())
                    .containsExactlyElementsOf(Arrays.stream(RiskAlertType.values()).map(Enum::name).toList());
        }

        @Test
        @DisplayName("001 \"Case Record Integrity\": a correction, and a removal of inaccurate information (002 s.5), "
                + "are the team manager's")
        void recordIntegrity() {
            assertThat(BASE.approvalType("RECORD_CORRECTION").decidedBy()).isEqualTo(ApprovalRole.TEAM_MANAGER);
            assertThat(BASE.approvalType("REMOVE_INACCURATE_INFORMATION").decidedBy())
                    .isEqualTo(ApprovalRole.TEAM_MANAGER);
            assertThat(BASE.approvalType("REMOVE_INACCURATE_INFORMATION").reading())
                    .hasValueSatisfying(reading -> assertThat(reading).contains("001"));
        }

        @Test
        @DisplayName("Each kind names a seed, a section and a short quote, and the rule it names is in force")
        void sourcesAndRules() {
            for (String authority : REGISTRY.authorities()) {
                RuleSet ruleSet = REGISTRY.ruleSet(authority);
                for (ApprovalType type : ruleSet.approvalTypes()) {
                    assertThat(type.source().section()).as(type.id()).isNotBlank();
                    assertThat(type.source().quote().split("\\s+")).as(type.id()).hasSizeLessThan(25);
                    type.timescaleRule()
                            .ifPresent(rule -> assertThat(ruleSet.findRule(rule)).as(type.id()).isPresent());
                }
            }
        }
    }

    @Nested
    @DisplayName("An authority's own posts")
    class AuthorityPosts {

        @Test
        @DisplayName("002 \"Management oversight\": the team manager oversees case notes in Hertfordshire")
        void hertfordshireTeamManager() {
            ApprovalType oversight = type(Authorities.HERTFORDSHIRE, "CASE_NOTE_OVERSIGHT");
            assertThat(oversight.decidedBy()).isEqualTo(ApprovalRole.TEAM_MANAGER);
            assertThat(oversight.stages()).containsExactly(ApprovalStage.decision(ApprovalRole.TEAM_MANAGER));
            assertThat(oversight.origin()).isEqualTo(Authorities.HERTFORDSHIRE);
            assertThat(oversight.source().document()).isEqualTo("002");
            assertThat(oversight.source().quote()).contains("The Team Manager has to quality assure case recording");
        }

        @Test
        @DisplayName("004 elsewhere: the practice manager oversees case notes in the base, Rochdale and Trafford")
        void elsewherePracticeManager() {
            for (String authority
                    : List.of(Authorities.LCS_PRACTICE_GUIDE, Authorities.ROCHDALE, Authorities.TRAFFORD)) {
                ApprovalType oversight = type(authority, "CASE_NOTE_OVERSIGHT");
                assertThat(oversight.decidedBy()).as(authority).isEqualTo(ApprovalRole.PRACTICE_MANAGER);
                assertThat(oversight.origin()).as(authority).isEqualTo(Authorities.LCS_PRACTICE_GUIDE);
            }
        }

        @Test
        @DisplayName("002 says nothing of statutory visit notes: Hertfordshire keeps 004's practice manager for them, "
                + "and its reading says why")
        void hertfordshireStatutoryVisits() {
            assertThat(type(Authorities.HERTFORDSHIRE, "STATUTORY_VISIT_OVERSIGHT").decidedBy())
                    .isEqualTo(ApprovalRole.PRACTICE_MANAGER);
            assertThat(type(Authorities.HERTFORDSHIRE, "CASE_NOTE_OVERSIGHT").reading())
                    .hasValueSatisfying(reading -> assertThat(reading).contains("STATUTORY_VISIT_OVERSIGHT"));
        }

        @Test
        @DisplayName("An override keeps the base's place in the catalogue")
        void overrideKeepsOrder() {
            assertThat(REGISTRY.ruleSet(Authorities.HERTFORDSHIRE).approvalTypes()).extracting(ApprovalType::id)
                    .containsExactlyElementsOf(BASE.approvalTypes().stream().map(ApprovalType::id).toList());
        }
    }

    @Nested
    @DisplayName("000 \"Request for Roll Back on EHM or LCS\"")
    class RollBack {

        private final ApprovalType rollBack = BASE.approvalType("ROLL_BACK");

        @Test
        @DisplayName("000: the line manager comments, then the head of service decides (\"Manager Comments\", "
                + "\"Head of Service Comments\")")
        void stages() {
            assertThat(rollBack.stages()).containsExactly(
                    new ApprovalStage(ApprovalRole.LINE_MANAGER, Action.COMMENT, "Manager Comments"),
                    new ApprovalStage(ApprovalRole.HEAD_OF_SERVICE, Action.DECIDE, "Head of Service Comments"));
            assertThat(rollBack.hasComments()).isTrue();
            assertThat(rollBack.scope()).isEqualTo(ApprovalScope.SERVICE_AREA);
            assertThat(rollBack.reasonsRequired()).isTrue();
        }

        @Test
        @DisplayName("000: the form's fields, in its order, each required")
        void fields() {
            assertThat(rollBack.fields()).extracting(ApprovalField::name).containsExactly("caseNumber", "childName",
                    "allocatedWorker", "team", "localityOrService", "managerName", "requestedOn", "reason",
                    "whatIsRolledBack", "impact");
            assertThat(rollBack.fields()).allMatch(ApprovalField::required);
            assertThat(rollBack.field("requestedOn").orElseThrow().type()).isEqualTo(ApprovalField.Type.DATE);
            assertThat(rollBack.field("whatIsRolledBack").orElseThrow().label()).contains("events and dates");
        }
    }

    @Nested
    @DisplayName("002 s.11 \"Removal of Records must be an Exceptional Occurrence and must be Monitored\"")
    class RecordsOffSite {

        private final ApprovalType offSite = BASE.approvalType("RECORD_OFF_SITE");

        @Test
        @DisplayName("002 s.11: any member of staff asks their own line, through the API, no service owning paper "
                + "records")
        void askedThroughTheApi() {
            assertThat(offSite.askedBy()).containsExactly(ApprovalRequester.ANY_STAFF);
            assertThat(offSite.scope()).isEqualTo(ApprovalScope.LINE_MANAGER);
            assertThat(offSite.requestedThrough()).isEqualTo(RequestChannel.REST);
            assertThat(offSite.fields()).extracting(ApprovalField::name)
                    .containsExactly("what", "reason", "takenTo", "securityMeasures", "returnBy");
        }

        @Test
        @DisplayName("002 s.11: the manager must \"stipulate or agree how long\": a request without a return date is "
                + "refused")
        void returnByRequired() {
            ApprovalField returnBy = offSite.field("returnBy").orElseThrow();
            assertThat(returnBy.type()).isEqualTo(ApprovalField.Type.DATE);
            assertThat(returnBy.required()).isTrue();
            assertThat(offSite.fieldProblems(offSite(null))).extracting(FieldProblem::field)
                    .containsExactly("returnBy");
        }
    }

    @Nested
    @DisplayName("001 \"Risk Alerts\"")
    class RiskAlerts {

        @Test
        @DisplayName("001 \"Risk Alerts\": reviewed by a head of service within six months and at least six monthly "
                + "after, without being asked")
        void reviewEverySixMonths() {
            ApprovalType review = BASE.approvalType("RISK_ALERT_REVIEW");
            assertThat(review.reviewEvery()).contains(Period.ofMonths(6));
            assertThat(review.decidedBy()).isEqualTo(ApprovalRole.HEAD_OF_SERVICE);
            assertThat(review.directDecision()).isTrue();
            assertThat(review.source().quote()).contains("six monthly thereafter");
            assertThat(BASE.approvalType("RISK_ALERT").reviewEvery()).contains(Period.ofMonths(6));
        }

        @Test
        @DisplayName("001 \"Risk Alerts\": the start date and the description are mandatory")
        void mandatoryFields() {
            ApprovalType alert = BASE.approvalType("RISK_ALERT");
            assertThat(alert.fieldProblems(Map.of("type", "DANGEROUS_PET"))).extracting(FieldProblem::field)
                    .containsExactly("startedOn", "description");
        }
    }

    @Nested
    @DisplayName("A request's field values")
    class FieldCheck {

        private final ApprovalType offSite = BASE.approvalType("RECORD_OFF_SITE");

        @Test
        @DisplayName("A complete request has no problems")
        void complete() {
            assertThat(offSite.fieldProblems(offSite("2026-03-13"))).isEmpty();
        }

        @Test
        @DisplayName("A blank value is no value: a required field left empty is missing, named with its label")
        void blankIsMissing() {
            Map<String, String> request = new HashMap<>(offSite("2026-03-13"));
            request.put("takenTo", "  ");
            assertThat(offSite.fieldProblems(request)).containsExactly(
                    new FieldProblem("takenTo", "takenTo (Where it is taken) is required"));
        }

        @Test
        @DisplayName("A date that is not one, such as 30 February, is refused")
        void badDate() {
            assertThat(offSite.fieldProblems(offSite("2026-02-30"))).containsExactly(
                    new FieldProblem("returnBy", "returnBy '2026-02-30' is not a date written YYYY-MM-DD"));
            assertThat(offSite.fieldProblems(offSite("13/03/2026"))).extracting(FieldProblem::field)
                    .containsExactly("returnBy");
        }

        @Test
        @DisplayName("A value not in an ENUM's list is refused, naming the values allowed")
        void notInTheList() {
            ApprovalType priority = BASE.approvalType("CF_PRIORITY_CHANGE");
            assertThat(priority.fieldProblems(Map.of("priority", "20", "reason", "Complex family")))
                    .containsExactly(new FieldProblem("priority", "priority '20' is not one of [10, 30, 45]"));
        }

        @Test
        @DisplayName("A value longer than the field allows is refused")
        void tooLong() {
            ApprovalType extension = BASE.approvalType("DEADLINE_EXTENSION");
            assertThat(extension.fieldProblems(Map.of("dueDate", "2026-03-13", "reason", "x".repeat(1001))))
                    .containsExactly(new FieldProblem("reason", "reason is 1001 characters long; at most 1000"));
            assertThat(extension.fieldProblems(Map.of("dueDate", "2026-03-13", "reason", "x".repeat(1000)))).isEmpty();
        }

        @Test
        @DisplayName("A name that is no field of the kind is refused, after the kind's own fields")
        void unknownField() {
            ApprovalType extension = BASE.approvalType("DEADLINE_EXTENSION");
            assertThat(extension.fieldProblems(Map.of("reason", "Ill", "newDueDate", "2026-03-13")))
                    .extracting(FieldProblem::field).containsExactly("dueDate", "newDueDate");
        }

        @Test
        @DisplayName("A whole number is checked as one; an optional field may be left out")
        void integer() {
            ApprovalField copies = new ApprovalField("copies", "Copies taken", ApprovalField.Type.INTEGER, false,
                    List.of());
            assertThat(copies.problemOf("3")).isEmpty();
            assertThat(copies.problemOf(null)).isEmpty();
            assertThat(copies.problemOf("three")).contains("copies 'three' is not a whole number");
        }
    }

    @Nested
    @DisplayName("A malformed approval type is rejected, naming the file and the kind")
    class Malformed {

        private static final String OWN = """
                { "id": "TOWN_KEYS", "title": "Office keys", "description": "Keys to the records room taken home",
                  "decidedBy": "TEAM_MANAGER", "scope": "LINE_MANAGER", "askedBy": ["ANY_STAFF"],
                  "requestedThrough": "REST",
                  "fields": [ { "name": "returnBy", "label": "Return date", "type": "DATE", "required": true } ],
                  "source": { "document": "003", "section": "Security",
                              "quote": "monitored by the team manager" } }""";
        private static final String OVERRIDE = """
                { "id": "CASE_CLOSURE", "overrides": true, "title": "Case closure", "description": "Closing a case",
                  "decidedBy": "TEAM_MANAGER", "scope": "TEAM", "askedBy": ["ALLOCATED_WORKER"],
                  "requestedThrough": "EVENT", "reasonsRequired": true,
                  "source": { "document": "003", "section": "Closure", "quote": "closed by the team manager" } }""";

        private static RuleSetRegistry load(String... approvalTypes) {
            String town = """
                    { "authority": "town", "title": "Town", "document": "003", "extends": "lcs-practice-guide",
                      "rules": [ { "id": "town-rule", "what": "a task", "trigger": "an event",
                                   "timescale": { "amount": 1, "unit": "WORKING_DAYS" },
                                   "source": { "document": "003", "section": "s.4", "quote": "within a day" },
                                   "untrackedBecause": "a fixture" } ],
                      "approvalTypes": [ %s ] }""".formatted(String.join(", ", approvalTypes));
            return RuleSetRegistry.fromJson(Map.of("lcs-practice-guide.json", BASE_FILE, "town.json", town));
        }

        private static void assertRefused(String entry, String label, String fragment) {
            assertThatThrownBy(() -> load(entry)).isInstanceOf(RuleSetException.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains("town.json, approval type '" + label + "'")
                            .contains(fragment));
        }

        @Test
        @DisplayName("A well-formed file adds a kind of its own and replaces one of the base's by id")
        void wellFormed() {
            RuleSet town = load(OWN, OVERRIDE).ruleSet("town");
            assertThat(town.approvalType("TOWN_KEYS").origin()).isEqualTo("town");
            assertThat(town.approvalType("CASE_CLOSURE").decidedBy()).isEqualTo(ApprovalRole.TEAM_MANAGER);
            assertThat(town.approvalType("RISK_ALERT").origin()).isEqualTo(Authorities.LCS_PRACTICE_GUIDE);
            assertThat(town.findApprovalType("NO_SUCH_KIND")).isEmpty();
            assertThatThrownBy(() -> town.approvalType("NO_SUCH_KIND")).hasMessageContaining("NO_SUCH_KIND");
        }

        @Test
        @DisplayName("A base id reused without \"overrides\", or \"overrides\" on an id the base lacks")
        void overrides() {
            assertRefused(OVERRIDE.replace("\"overrides\": true, ", ""), "CASE_CLOSURE", "\"overrides\": true");
            assertRefused(OWN.replace("\"id\": \"TOWN_KEYS\",", "\"id\": \"TOWN_KEYS\", \"overrides\": true,"),
                    "TOWN_KEYS", "has no approval type with this id");
        }

        @Test
        @DisplayName("An unknown post, scope, requester or channel, and an id not written as the contracts' kinds")
        void unknownValues() {
            assertRefused(OWN.replace("\"TEAM_MANAGER\"", "\"DIRECTOR\""), "TOWN_KEYS", "\"decidedBy\" 'DIRECTOR'");
            assertRefused(OWN.replace("\"LINE_MANAGER\"", "\"COUNCIL\""), "TOWN_KEYS", "\"scope\" 'COUNCIL'");
            assertRefused(OWN.replace("\"ANY_STAFF\"", "\"PARENT\""), "TOWN_KEYS", "\"askedBy\" 'PARENT'");
            assertRefused(OWN.replace("\"REST\"", "\"EMAIL\""), "TOWN_KEYS", "\"requestedThrough\" 'EMAIL'");
            assertRefused(OWN.replace("TOWN_KEYS", "town-keys"), "town-keys", "upper-case words");
            assertRefused(OWN.replace("\"title\"", "\"titel\""), "TOWN_KEYS", "unknown field \"titel\"");
        }

        @Test
        @DisplayName("Stages that do not end in the decider's decision, or a line manager deciding")
        void stages() {
            String commentLast = OWN.replace("\"fields\"", "\"stages\": [ { \"role\": \"TEAM_MANAGER\", \"action\": "
                    + "\"DECIDE\", \"title\": \"Decision\" }, { \"role\": \"LINE_MANAGER\", \"action\": \"COMMENT\", "
                    + "\"title\": \"Comments\" } ], \"fields\"");
            assertRefused(commentLast, "TOWN_KEYS", "end in the one DECIDE step");
            String lineManagerDecides = OWN.replace("\"fields\"", "\"stages\": [ { \"role\": \"LINE_MANAGER\", "
                    + "\"action\": \"DECIDE\", \"title\": \"Decision\" } ], \"fields\"");
            assertRefused(lineManagerDecides, "TOWN_KEYS", "only a management post decides");
        }

        @Test
        @DisplayName("A REST kind with no fields, an ENUM with no values, a field without \"required\"")
        void fields() {
            assertRefused(OWN.replaceAll("\"fields\": \\[.*\\],", ""), "TOWN_KEYS", "names the \"fields\"");
            assertRefused(OWN.replace("\"DATE\"", "\"ENUM\""), "TOWN_KEYS", "an ENUM, and only an ENUM");
            assertRefused(OWN.replace(", \"required\": true", ""), "TOWN_KEYS", "\"fields[0].required\" is missing");
        }

        @Test
        @DisplayName("ANY_STAFF beside others, a service area's kind decided by a team's manager, a review period "
                + "that is no period")
        void contradictions() {
            assertRefused(OWN.replace("[\"ANY_STAFF\"]", "[\"ANY_STAFF\", \"ALLOCATED_WORKER\"]"), "TOWN_KEYS",
                    "covers everyone else");
            assertRefused(OWN.replace("\"LINE_MANAGER\"", "\"SERVICE_AREA\""), "TOWN_KEYS",
                    "by a SENIOR_MANAGER or HEAD_OF_SERVICE");
            assertRefused(OWN.replace("\"requestedThrough\"", "\"reviewEvery\": \"six months\", \"requestedThrough\""),
                    "TOWN_KEYS", "not an ISO-8601 period");
        }

        @Test
        @DisplayName("A timescale rule the rule set lacks, and an authority's kind quoting another authority's seed")
        void rulesAndSources() {
            assertRefused(OWN.replace("\"requestedThrough\"", "\"timescaleRule\": \"keys-returned\", "
                    + "\"requestedThrough\""), "TOWN_KEYS", "\"timescaleRule\" names 'keys-returned'");
            assertRefused(OWN.replace("\"document\": \"003\"", "\"document\": \"001\""), "TOWN_KEYS",
                    "the rule set is written from '003'");
        }
    }

    private static Map<String, String> offSite(String returnBy) {
        Map<String, String> request = new HashMap<>(Map.of("what", "Paper file, volume 2", "reason",
                "Court hearing at Manchester Civil Justice Centre", "takenTo", "Manchester Civil Justice Centre",
                "securityMeasures", "Carried in a locked case, never left in the car"));
        if (returnBy != null) {
            request.put("returnBy", returnBy);
        }
        return request;
    }

    private static final String BASE_FILE = ShippedFiles.read("timescales/lcs-practice-guide.json");
}
