package io.casework.backbone.access;

import io.casework.contracts.Post;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.casework.backbone.access.AccessClass.RECORD_AUDIT;
import static io.casework.backbone.access.AccessClass.RECORD_MANAGE;
import static io.casework.backbone.access.AccessClass.RECORD_READ;
import static io.casework.backbone.access.AccessClass.RECORD_WRITE;
import static io.casework.backbone.access.AccessDecision.Outcome.ALLOWED;
import static io.casework.backbone.access.AccessDecision.Outcome.ALLOWED_WITH_PURPOSE;
import static io.casework.backbone.access.AccessDecision.Outcome.PURPOSE_REQUIRED;
import static io.casework.backbone.access.AccessDecision.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy against ACCESS-RULES.md, person by person in a small organisation: two service areas, each with teams,
 * a line, and IROs. The system tests drive the same table through every operation with real tokens.
 */
class AccessPolicyTest {

    static final List<StaffMember> STAFF = List.of(
            new StaffMember("n.sw1", "Worker One", Post.SOCIAL_WORKER, "north", "area-1", "n.sp"),
            new StaffMember("n.sw2", "Worker Two", Post.SOCIAL_WORKER, "north", "area-1", "n.pm"),
            new StaffMember("n.sp", "Senior", Post.SENIOR_PRACTITIONER, "north", "area-1", "n.pm"),
            new StaffMember("n.sp2", "Other Senior", Post.SENIOR_PRACTITIONER, "north", "area-1", "n.pm"),
            new StaffMember("n.pm", "Practice Manager", Post.PRACTICE_MANAGER, "north", "area-1", "n.tm"),
            new StaffMember("n.tm", "Team Manager", Post.TEAM_MANAGER, "north", "area-1", null),
            new StaffMember("s.sw1", "South Worker", Post.SOCIAL_WORKER, "south", "area-1", null),
            new StaffMember("s.tm", "South Manager", Post.TEAM_MANAGER, "south", "area-1", null),
            new StaffMember("a1.sm", "Senior Manager", Post.SENIOR_MANAGER, null, "area-1", null),
            new StaffMember("a1.hos", "Head of Service", Post.HEAD_OF_SERVICE, null, "area-1", null),
            new StaffMember("e.sw1", "East Worker", Post.SOCIAL_WORKER, "east", "area-2", null),
            new StaffMember("a2.hos", "Other Head", Post.HEAD_OF_SERVICE, null, "area-2", null),
            new StaffMember("iro.1", "Reviewing Officer", Post.IRO, null, null, null),
            new StaffMember("iro.2", "Other Officer", Post.IRO, null, null, null),
            new StaffMember("adopt", "Adoption Manager", Post.ADOPTION_TEAM_MANAGER, null, null, null));

    static final Organisation ORGANISATION = new Organisation() {
        final Map<String, StaffMember> byName = STAFF.stream()
                .collect(Collectors.toMap(StaffMember::username, Function.identity()));

        @Override
        public Optional<StaffMember> member(String username) {
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public Optional<String> serviceAreaOf(String team) {
            return Optional.ofNullable(Map.of("north", "area-1", "south", "area-1", "east", "area-2").get(team));
        }
    };

    static ChildFacts child(Restriction restriction, boolean lookedAfter, boolean adoptionPlan) {
        return new ChildFacts(UUID.randomUUID(), "north", "area-1", "n.sw1", "iro.1", lookedAfter, adoptionPlan,
                restriction);
    }

    static AccessDecision decide(AccessClass accessClass, String who, ChildFacts child, boolean purpose) {
        return AccessPolicy.decide(accessClass, who, child, ORGANISATION, purpose);
    }

    @Nested
    @DisplayName("ACCESS-RULES \"Unrestricted child\": the table, row by row")
    class Unrestricted {

        @ParameterizedTest(name = "{0} is {1}: read {2}, write {3}, manage {4}, audit {5}")
        @CsvSource({
                "n.sw1,  allocated,    Y, Y, N, N",
                "n.sp,   supervisor,   Y, Y, N, N",
                "n.sw2,  team,         P, P, N, N",
                "n.sp2,  team,         P, P, N, N",
                "n.pm,   team-line,    Y, Y, Y, Y",
                "n.tm,   team-line,    Y, Y, Y, Y",
                "a1.sm,  area-line,    P, N, Y, Y",
                "a1.hos, area-line,    P, N, Y, Y",
                "s.sw1,  area,         N, N, N, N",
                "s.tm,   area,         N, N, N, N",
                "e.sw1,  other-area,   N, N, N, N",
                "a2.hos, other-area,   N, N, N, N",
                "iro.1,  iro-assigned, Y, Y, N, N",
                "iro.2,  iro-other,    N, N, N, N",
                "adopt,  other-area,   N, N, N, N",
                "gone,   none,         N, N, N, N"})
        void eachRelationGetsItsRow(String who, String relation, String read, String write, String manage,
                String audit) {
            ChildFacts child = child(Restriction.NONE, true, false);
            List<AccessClass> classes = List.of(RECORD_READ, RECORD_WRITE, RECORD_MANAGE, RECORD_AUDIT);
            List<String> expected = List.of(read, write, manage, audit);
            for (int i = 0; i < classes.size(); i++) {
                AccessDecision without = decide(classes.get(i), who, child, false);
                AccessDecision with = decide(classes.get(i), who, child, true);
                assertThat(without.relation().wire()).isEqualTo(relation);
                String cell = switch (expected.get(i)) {
                    case "Y" -> {
                        assertThat(without.outcome()).isEqualTo(ALLOWED);
                        yield "Y";
                    }
                    case "P" -> {
                        assertThat(without.outcome()).isEqualTo(PURPOSE_REQUIRED);
                        assertThat(with.outcome()).isEqualTo(ALLOWED_WITH_PURPOSE);
                        yield "P";
                    }
                    default -> {
                        assertThat(without.outcome()).isEqualTo(REFUSED);
                        assertThat(with.outcome()).isEqualTo(REFUSED);
                        yield "N";
                    }
                };
                assertThat(cell).as("%s %s", who, classes.get(i)).isEqualTo(expected.get(i));
            }
        }

        @Test
        @DisplayName("adoption: the adoption team manager reads a child with a plan for adoption only with a purpose")
        void adoptionTeamManagerForAChildWithAnAdoptionPlan() {
            ChildFacts child = child(Restriction.NONE, true, true);
            assertThat(decide(RECORD_READ, "adopt", child, false).outcome()).isEqualTo(PURPOSE_REQUIRED);
            assertThat(decide(RECORD_READ, "adopt", child, true).relation()).isEqualTo(Relation.ADOPTION);
            assertThat(decide(RECORD_WRITE, "adopt", child, true).outcome()).isEqualTo(REFUSED);
        }

        @Test
        @DisplayName("a child whose team the model does not know is nobody's but the allocated worker's and supervisor's")
        void unknownTeam() {
            ChildFacts child = new ChildFacts(UUID.randomUUID(), "gone-team", null, "n.sw1", null, false, false, null);
            assertThat(decide(RECORD_READ, "n.sw1", child, false).outcome()).isEqualTo(ALLOWED);
            assertThat(decide(RECORD_READ, "n.sp", child, false).outcome()).isEqualTo(ALLOWED);
            assertThat(decide(RECORD_READ, "a1.hos", child, true).relation()).isEqualTo(Relation.OTHER_AREA);
        }
    }

    @Nested
    @DisplayName("ACCESS-RULES \"Restricted child\" (DOMAIN.md rule 9): only the people on the list")
    class Restricted {

        @ParameterizedTest(name = "adoption record: {0} reads {1}")
        @CsvSource({"n.sw1, Y", "n.tm, Y", "n.sp, Y", "n.sp2, P", "adopt, P", "iro.1, Y",
                "n.sw2, N", "n.pm, N", "a1.sm, N", "a1.hos, N", "iro.2, N", "s.tm, N"})
        void adoptionRecord(String who, String read) {
            ChildFacts child = child(Restriction.ADOPTION, true, true);
            assertThat(cell(decide(RECORD_READ, who, child, false))).isEqualTo(read);
        }

        @ParameterizedTest(name = "restricted record, looked after {2}: {0} reads {1}")
        @CsvSource({"n.sw1, Y, true", "n.tm, Y, true", "n.sp, Y, true", "iro.1, Y, true", "iro.1, N, false",
                "n.sp2, N, true", "n.sw2, N, true", "n.pm, N, true", "a1.hos, N, true", "adopt, N, true"})
        void otherRestrictedRecord(String who, String read, boolean lookedAfter) {
            ChildFacts child = child(Restriction.OTHER, lookedAfter, false);
            assertThat(cell(decide(RECORD_READ, who, child, false))).isEqualTo(read);
        }

        @Test
        @DisplayName("on the list, the table applies: the team manager may audit, the allocated worker may not manage")
        void onTheListTheTableApplies() {
            ChildFacts child = child(Restriction.OTHER, true, false);
            assertThat(decide(RECORD_AUDIT, "n.tm", child, false).outcome()).isEqualTo(ALLOWED);
            assertThat(decide(RECORD_MANAGE, "n.sw1", child, false).outcome()).isEqualTo(REFUSED);
        }

        @ParameterizedTest(name = "{0} on {1}: off the list {2}")
        @CsvSource({"n.sw1, ADOPTION, false", "n.tm, ADOPTION, false", "n.sp2, ADOPTION, false",
                "adopt, ADOPTION, false", "n.pm, ADOPTION, true", "a1.sm, ADOPTION, true", "nobody, ADOPTION, true",
                "n.sp, OTHER, false", "n.sp2, OTHER, true", "n.pm, OTHER, true", "a1.hos, OTHER, true",
                "n.pm, NONE, false", "e.sw1, NONE, false"})
        @DisplayName("ACCESS-RULES \"Restricted child\": who is off the list, as rerouting and alerts ask; nobody is "
                + "off the list of a record that is not restricted")
        void offTheList(String who, Restriction restriction, boolean off) {
            ChildFacts child = child(restriction, true, restriction == Restriction.ADOPTION);
            assertThat(AccessPolicy.offRestrictedList(who, child, ORGANISATION)).isEqualTo(off);
        }

        private static String cell(AccessDecision decision) {
            return switch (decision.outcome()) {
                case ALLOWED -> "Y";
                case PURPOSE_REQUIRED, ALLOWED_WITH_PURPOSE -> "P";
                case REFUSED -> "N";
            };
        }
    }
}
