package io.casework.system;

import io.casework.contracts.EventCodec;
import io.casework.contracts.EventEnvelope;
import io.casework.contracts.EventType;
import io.casework.contracts.Topics;
import io.casework.contracts.events.PathwayStepDecided;
import io.casework.contracts.events.PathwayStepEnded;
import io.casework.contracts.events.PathwayStepHeld;
import io.casework.contracts.events.PathwayStepScheduled;
import io.casework.contracts.events.PathwayStepStarted;
import io.casework.testing.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

import static io.casework.system.Suite.APPROVALS;
import static io.casework.system.Suite.CASE_NOTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case pathway's events are enough for the services that act on them (issue: "the events carry enough for
 * deadlines-service and visits-service to act without calling back"). Two children are taken along the pathway
 * through the running suite with real tokens, the outcomes authorised by the practice manager in approvals-service:
 * one from a contact through a strategy discussion, an S47 enquiry and an initial conference to a CP plan, one into
 * care with a placement and a looked-after review. A consumer that reads nothing but casework.case-notes.v1 then
 * rebuilds each child's pathway from the events alone, and it must match what case-notes-service shows: every step's
 * kind, dates, state, outcome, facts and what it is part of; and from the events alone it finds what visits-service
 * needs (a CP plan's category and start, a placement's type and its episode's legal status) and what deadlines-service
 * counts from (a strategy discussion's compliance, a review's scheduled time).
 */
class PathwayEventsTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final EventCodec CODEC = new EventCodec();

    @Test
    @DisplayName("004 \"Case Pathway\": a consumer of casework.case-notes.v1 alone rebuilds both children's pathways "
            + "as case-notes-service shows them, and finds a CP plan's category, a placement's type and legal status "
            + "and a review's time without calling back")
    void eventsAloneSuffice() {
        try (KafkaConsumer<String, String> consumer = fromTheEnd()) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            LocalDate today = LocalDate.now(LONDON);
            String protectedChild = register("CIN");
            String contact = CASE_NOTES.as("north.sw1").body(Map.of("source", "School designated safeguarding lead",
                    "receivedAt", now.minus(2, ChronoUnit.HOURS).toString()))
                    .post(pathway(protectedChild) + "/contacts").then().statusCode(201).extract().path("id");
            act(protectedChild, contact, "front-door-decision", Map.of("decision", "REFERRAL_TO_SOCIAL_CARE"));
            String referral = opened(protectedChild, contact);
            act(protectedChild, referral, "front-door-decision", Map.of("decision", "STRATEGY_DISCUSSION"));
            String discussion = opened(protectedChild, referral);
            act(protectedChild, discussion, "held", Map.of("heldAt", now.minus(10, ChronoUnit.MINUTES).toString(),
                    "participants", List.of(
                            participant("Alex Example", "CHILDRENS_SOCIAL_CARE", true),
                            participant("DC Priya Shah", "POLICE", false),
                            participant("Nurse Lee", "HEALTH", false)),
                    "details", Map.of("reasons", "Bruising seen at school", "allegedAbuseCategory", "PHYSICAL_ABUSE")));
            act(protectedChild, discussion, "outcome", outcome("S47_ENQUIRY", today, Map.of("toConference", true,
                    "furtherActions", List.of(Map.of("action", "Joint visit", "who", "DC Shah and the social worker",
                            "byWhen", today.toString())))));
            authorise(protectedChild, discussion);
            String enquiry = await().atMost(EVENTUALLY).until(() -> openedOrNull(protectedChild, discussion),
                    Objects::nonNull);
            act(protectedChild, enquiry, "outcome", outcome("INITIAL_CHILD_PROTECTION_CONFERENCE", today,
                    Map.of("method", "JOINT_AGENCY", "childSeen", true)));
            authorise(protectedChild, enquiry);
            String conference = await().atMost(EVENTUALLY).until(() -> openedOrNull(protectedChild, enquiry),
                    Objects::nonNull);
            Instant meeting = now.minus(5, ChronoUnit.MINUTES);
            act(protectedChild, conference, "schedule", Map.of("scheduledFor", meeting.toString(), "chair",
                    "Chris Chair"));
            act(protectedChild, conference, "held", Map.of("heldAt", meeting.toString(), "chair", "Chris Chair",
                    "participants", List.of(participant("Alex Example", "CHILDRENS_SOCIAL_CARE", true))));
            act(protectedChild, conference, "outcome", outcome("CHILD_PROTECTION_PLAN", today,
                    Map.of("category", "NEGLECT")));
            String plan = opened(protectedChild, conference);

            String lookedAfterChild = register("CLA");
            String episode = start(lookedAfterChild, Map.of("kind", "LOOKED_AFTER_EPISODE", "startDate",
                    today.minusDays(2).toString(), "details", Map.of("legalStatus", "C1")));
            String placement = start(lookedAfterChild, Map.of("kind", "PLACEMENT", "partOf", episode, "startDate",
                    today.minusDays(2).toString(), "details", Map.of("placementType", "U3")));
            String review = start(lookedAfterChild, Map.of("kind", "LOOKED_AFTER_REVIEW", "partOf", episode,
                    "startDate", today.toString()));
            Instant reviewAt = now.plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            act(lookedAfterChild, review, "schedule", Map.of("scheduledFor", reviewAt.toString(),
                    "chair", "Robin Example (IRO)"));

            // The consumer: casework.case-notes.v1 and nothing else, folded into each child's pathway until it
            // matches what case-notes-service shows.
            Map<String, Map<String, StepView>> rebuilt = new HashMap<>(Map.of(protectedChild, new LinkedHashMap<>(),
                    lookedAfterChild, new LinkedHashMap<>()));
            await().atMost(EVENTUALLY).pollDelay(Duration.ZERO).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null && rebuilt.containsKey(record.key())) {
                        fold(rebuilt.get(record.key()), CODEC.read(record.value()));
                    }
                }
                for (String child : rebuilt.keySet()) {
                    assertThat(rebuilt.get(child)).as("child %s rebuilt from the events", child)
                            .isEqualTo(shown(child));
                }
            });

            // What visits-service needs, from the events alone: the CP plan's category and start, the placement's
            // type and, through the step it is part of, its episode's legal status.
            StepView cpPlan = rebuilt.get(protectedChild).get(plan);
            assertThat(cpPlan.kind()).isEqualTo("CHILD_PROTECTION_PLAN");
            assertThat(cpPlan.details()).containsEntry("category", "NEGLECT");
            assertThat(cpPlan.startDate()).isEqualTo(today.toString());
            StepView placed = rebuilt.get(lookedAfterChild).get(placement);
            assertThat(placed.details()).containsEntry("placementType", "U3");
            assertThat(rebuilt.get(lookedAfterChild).get(placed.partOf()).details())
                    .containsEntry("legalStatus", "C1");
            // What deadlines-service counts from: the strategy discussion's compliance, and the review's date (001:
            // the social worker's report is due three working days before it).
            assertThat(rebuilt.get(protectedChild).get(discussion).nonCompliance()).isEmpty();
            assertThat(rebuilt.get(lookedAfterChild).get(review).scheduledFor()).isEqualTo(reviewAt.toString());
        }
    }

    /**
     * One step as the events make it, and as the API shows it: the same fields, so that the two compare whole.
     */
    record StepView(String kind, String openedFrom, String partOf, String startDate, String state,
            Map<String, Object> details, String scheduledFor, String heldAt, List<String> nonCompliance,
            String outcome, Map<String, Object> outcomeDetails, String endDate) {
    }

    private static void fold(Map<String, StepView> steps, EventEnvelope event) {
        EventType.of(event.type()).ifPresent(type -> {
            switch (type) {
                case PATHWAY_STEP_STARTED -> {
                    PathwayStepStarted s = CODEC.data(event, PathwayStepStarted.class);
                    steps.put(s.stepId().toString(), new StepView(s.kind(), text(s.openedFrom()), text(s.partOf()),
                            s.startDate().toString(), "OPEN", s.details(), text(s.scheduledFor()), null, null, null,
                            Map.of(), null));
                }
                case PATHWAY_STEP_SCHEDULED -> {
                    PathwayStepScheduled s = CODEC.data(event, PathwayStepScheduled.class);
                    steps.computeIfPresent(s.stepId().toString(), (id, v) -> new StepView(v.kind(), v.openedFrom(),
                            v.partOf(), v.startDate(), v.state(), v.details(), text(s.scheduledFor()), v.heldAt(),
                            v.nonCompliance(), v.outcome(), v.outcomeDetails(), v.endDate()));
                }
                case PATHWAY_STEP_HELD -> {
                    PathwayStepHeld h = CODEC.data(event, PathwayStepHeld.class);
                    steps.computeIfPresent(h.stepId().toString(), (id, v) -> new StepView(v.kind(), v.openedFrom(),
                            v.partOf(), v.startDate(), v.state(), h.details(), v.scheduledFor(), text(h.heldAt()),
                            h.nonCompliance(), v.outcome(), v.outcomeDetails(), v.endDate()));
                }
                case PATHWAY_OUTCOME_REQUESTED -> steps.computeIfPresent(event.data().path("stepId").asText(),
                        (id, v) -> new StepView(v.kind(), v.openedFrom(), v.partOf(), v.startDate(),
                                "AWAITING_AUTHORISATION", v.details(), v.scheduledFor(), v.heldAt(),
                                v.nonCompliance(), v.outcome(), v.outcomeDetails(), v.endDate()));
                case PATHWAY_STEP_DECIDED -> {
                    PathwayStepDecided d = CODEC.data(event, PathwayStepDecided.class);
                    steps.computeIfPresent(d.stepId().toString(), (id, v) -> new StepView(v.kind(), v.openedFrom(),
                            v.partOf(), v.startDate(), "DECIDED", v.details(), v.scheduledFor(), v.heldAt(),
                            v.nonCompliance(), d.outcome(), d.details(), v.endDate()));
                }
                case PATHWAY_STEP_ENDED -> {
                    PathwayStepEnded e = CODEC.data(event, PathwayStepEnded.class);
                    steps.computeIfPresent(e.stepId().toString(), (id, v) -> new StepView(v.kind(), v.openedFrom(),
                            v.partOf(), v.startDate(), "ENDED", v.details(), v.scheduledFor(), v.heldAt(),
                            v.nonCompliance(), v.outcome(), v.outcomeDetails(), e.endDate().toString()));
                }
                default -> {
                    // not a pathway event
                }
            }
        });
    }

    /** The child's pathway as case-notes-service shows it, in the same form. */
    private static Map<String, StepView> shown(String child) {
        List<Map<String, Object>> items = CASE_NOTES.as("north.sw1").queryParam("limit", "100").get(pathway(child))
                .then().statusCode(200).extract().path("items");
        Map<String, StepView> steps = new LinkedHashMap<>();
        for (Map<String, Object> s : items) {
            steps.put((String) s.get("id"), new StepView((String) s.get("kind"), (String) s.get("openedFrom"),
                    (String) s.get("partOf"), (String) s.get("startDate"), (String) s.get("state"),
                    map(s.get("details")), instant(s.get("scheduledFor")), instant(s.get("heldAt")),
                    list(s.get("nonCompliance")), (String) s.get("outcome"), map(s.get("outcomeDetails")),
                    (String) s.get("endDate")));
        }
        return steps;
    }

    private static KafkaConsumer<String, String> fromTheEnd() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TopicProbe.BOOTSTRAP);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_NOTES).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the positions now, before the journey publishes anything
        return consumer;
    }

    private static String register(String planType) {
        return CASE_NOTES.as("north.sw1").body(Map.of("givenName", "Pathway", "familyName", UniqueNames.next(),
                        "dateOfBirth", "2016-04-02", "planType", planType, "planStartDate",
                        LocalDate.now(LONDON).minusDays(7).toString()))
                .post("/children").then().statusCode(201).extract().path("id");
    }

    private static String pathway(String child) {
        return "/children/" + child + "/pathway";
    }

    private static String start(String child, Map<String, Object> body) {
        return CASE_NOTES.as("north.sw1").body(body).post(pathway(child) + "/steps").then().statusCode(201)
                .extract().path("id");
    }

    /** One act on a step, at the version the worker last read. */
    private static void act(String child, String step, String act, Map<String, Object> body) {
        String etag = CASE_NOTES.as("north.sw1").get(pathway(child) + "/steps/" + step).then().statusCode(200)
                .extract().header("ETag");
        CASE_NOTES.as("north.sw1").header("If-Match", etag).body(body)
                .put(pathway(child) + "/steps/" + step + "/" + act).then().statusCode(200);
    }

    private static Map<String, Object> outcome(String outcome, LocalDate completed, Map<String, Object> details) {
        return Map.of("outcome", outcome, "completedDate", completed.toString(), "reasons",
                "As agreed in supervision", "details", details);
    }

    private static Map<String, Object> participant(String name, String agency, boolean manager) {
        return Map.of("name", name, "role", "Attending for " + agency, "agency", agency, "manager", manager,
                "input", "Shared what the agency knows");
    }

    /** The practice manager authorises the step's waiting outcome in approvals-service, as they would in the console. */
    private static void authorise(String child, String step) {
        String requestId = CASE_NOTES.as("north.sw1").queryParam("act", "OUTCOME_REQUESTED")
                .get(pathway(child) + "/steps/" + step + "/entries").then().statusCode(200).extract()
                .path("items[0].facts.outcomeRequestId");
        String approval = await().atMost(EVENTUALLY).until(() -> {
            List<Map<String, Object>> items = APPROVALS.as("north.pm").queryParam("childId", child).get("/inbox")
                    .then().statusCode(200).extract().path("items");
            return items.stream().filter(i -> requestId.equals(i.get("subjectId"))).map(i -> (String) i.get("id"))
                    .findFirst().orElse(null);
        }, Objects::nonNull);
        APPROVALS.as("north.pm").body(Map.of("outcome", "APPROVED", "comments", "The right outcome"))
                .post("/approval-requests/" + approval + "/decision").then().statusCode(200);
    }

    private static String opened(String child, String step) {
        String id = openedOrNull(child, step);
        assertThat(id).as("a step opened by %s", step).isNotNull();
        return id;
    }

    private static String openedOrNull(String child, String step) {
        List<Map<String, Object>> items = CASE_NOTES.as("north.sw1").queryParam("limit", "100").get(pathway(child))
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(s -> step.equals(s.get("openedFrom"))).map(s -> (String) s.get("id"))
                .findFirst().orElse(null);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** An instant as the API writes it, read back to the same text the event's Instant gives. */
    private static String instant(Object value) {
        return value == null ? null : Instant.parse((String) value).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return (List<String>) value;
    }

    static {
        // A check that the fold covers every pathway event the contracts define: a new one must be folded here too.
        assertThat(List.of(EventType.values()).stream().filter(t -> t.type().contains(".pathway-")).toList())
                .containsExactlyInAnyOrder(EventType.PATHWAY_STEP_STARTED, EventType.PATHWAY_STEP_SCHEDULED,
                        EventType.PATHWAY_STEP_HELD, EventType.PATHWAY_STEP_PRIORITY_CHANGED,
                        EventType.PATHWAY_OUTCOME_REQUESTED, EventType.PATHWAY_STEP_DECIDED,
                        EventType.PATHWAY_STEP_ENDED);
    }
}
