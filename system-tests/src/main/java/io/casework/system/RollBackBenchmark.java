package io.casework.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A roll-back of a child with many pathway entries while other children's notes are written at a steady rate (000:
 * roll-backs "cause the LCS system to be paused briefly and this puts additional strain on the system"). Builds a
 * child whose contact, received two days ago, has {@code entries} entries (the contact's start and a case note linked
 * to it, again and again); starts {@code writers} writers, each writing a note on a child of its own every
 * {@code interval} ms; times their writes for {@code seconds} s; then, for each such child in turn, asks for a
 * roll-back to three days ago, has the team manager comment and the head of service approve it in approvals-service,
 * and times from the approval's answer until the request reads APPROVED, and the other writers' writes meanwhile. A benchmark, not a test: it asserts
 * nothing.
 *
 * <p>Usage: {@code RollBackBenchmark [entries] [writers] [interval ms] [seconds] [rounds]} (default 1000, 4, 100,
 * 20, 10): {@code rounds} roll-backs one after the other, each of its own child, so that the writes during them are
 * enough to read a p99 from; on the running suite with case-notes-service's per-person rate limit lifted (as {@code scripts/bench-notes.sh} does).
 */
public final class RollBackBenchmark {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final Map<String, Object> NOTE = Map.of("noteType", "CASE_NOTE", "eventTime", "09:15",
            "title", "Steady writer", "narrative", "A note written while another child's record is rolled back.");

    private RollBackBenchmark() {
    }

    /** One write of another writer: when it started and how long it took, in nanoseconds. */
    private record Write(long startedAt, long took) {
    }

    public static void main(String[] args) throws Exception {
        int entries = ManyNotes.arg(args, 0, 1000);
        int writers = ManyNotes.arg(args, 1, 4);
        int interval = ManyNotes.arg(args, 2, 100);
        int seconds = ManyNotes.arg(args, 3, 20);
        int rounds = ManyNotes.arg(args, 4, 10);
        LocalDate today = LocalDate.now(ENGLAND);

        // The control: the same roll-back of a contact with its start alone, so that what the size of the record costs
        // is told apart from what any decision's journey (approvals, three Kafka hops, the evidencing note, the other
        // services' consumers) costs on this machine.
        List<String[]> rolled = new ArrayList<>();
        List<String[]> control = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            rolled.add(childWithEntries(entries, today));
            control.add(childWithEntries(1, today));
        }
        System.out.printf("%d children with a contact of %d entries, %d with a contact of 1%n", rounds, entries,
                rounds);

        List<String> others = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            others.add(ManyNotes.child());
        }
        List<Write> writes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService steady = Executors.newFixedThreadPool(writers);
        for (String other : others) {
            steady.submit(() -> {
                long next = System.nanoTime();
                while (writing.get()) {
                    long start = System.nanoTime();
                    Suite.CASE_NOTES.as(ManyNotes.WORKER).body(note(today)).post("/children/" + other
                            + "/case-notes").then().statusCode(201);
                    writes.add(new Write(start, System.nanoTime() - start));
                    next += TimeUnit.MILLISECONDS.toNanos(interval);
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                return null;
            });
        }
        TimeUnit.SECONDS.sleep(seconds);
        long quietEnd = System.nanoTime();

        // Each round: asked, commented, approved by the head of service, and timed until the request reads APPROVED.
        List<long[]> windows = new ArrayList<>();
        List<long[]> controlWindows = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            windows.add(rollBack(rolled.get(round)[0], today));
            TimeUnit.SECONDS.sleep(1);
            controlWindows.add(rollBack(control.get(round)[0], today));
            TimeUnit.SECONDS.sleep(1);
        }
        writing.set(false);
        steady.shutdown();
        steady.awaitTermination(30, TimeUnit.SECONDS);

        List<Long> quiet = new ArrayList<>();
        synchronized (writes) {
            writes.stream().filter(write -> write.startedAt() + write.took() < quietEnd)
                    .forEach(write -> quiet.add(write.took()));
        }
        int kept = Suite.CASE_NOTES.as(ManyNotes.WORKER).get("/children/" + rolled.get(0)[0] + "/pathway").then()
                .statusCode(200).extract().path("items.size()");
        System.out.printf("%d writers, a note every %d ms each; before, %d writes: %s%n", writers, interval,
                quiet.size(), Percentiles.of(quiet));
        report(rounds + " roll-backs of a contact with " + entries + " entries", windows, writes);
        report(rounds + " roll-backs of a contact with 1 entry (the control)", controlWindows, writes);
        System.out.printf("%d steps left in the first child's current pathway%n", kept);
    }

    /**
     * The roll-backs' times, and the writes that overlapped one (from its approval until it read APPROVED): a write
     * slowed by a roll-back counts even when it started just before.
     */
    private static void report(String what, List<long[]> windows, List<Write> writes) {
        List<Long> answers = windows.stream().map(w -> w[1] - w[0]).toList();
        List<Long> applications = windows.stream().map(w -> w[2] - w[1]).toList();
        List<Long> during = new ArrayList<>();
        synchronized (writes) {
            for (Write write : writes) {
                long end = write.startedAt() + write.took();
                if (windows.stream().anyMatch(w -> write.startedAt() <= w[2] && end >= w[0])) {
                    during.add(write.took());
                }
            }
        }
        System.out.printf("%s: approval answered in %s; applied (request reads APPROVED) after the answer in %s; "
                + "the writers meanwhile, %d writes: %s%n", what, Percentiles.of(answers),
                Percentiles.of(applications), during.size(), Percentiles.of(during));
    }

    /** A child whose contact, received two days ago, has {@code entries} entries: its start and linked notes. */
    private static String[] childWithEntries(int entries, LocalDate today) throws Exception {
        String child = ManyNotes.child();
        String contact = Suite.CASE_NOTES.as(ManyNotes.WORKER).body(Map.of("source", "Benchmark", "receivedAt",
                        today.minusDays(2).atTime(10, 0).atZone(ENGLAND).toInstant().toString()))
                .post("/children/" + child + "/pathway/contacts").then().statusCode(201).extract().path("id");
        ExecutorService linking = Executors.newFixedThreadPool(8);
        List<Future<?>> linked = new ArrayList<>();
        for (int i = 1; i < entries; i++) {
            linked.add(linking.submit(() -> {
                String note = Suite.CASE_NOTES.as(ManyNotes.WORKER).body(note(today))
                        .post("/children/" + child + "/case-notes").then().statusCode(201).extract().path("id");
                Suite.CASE_NOTES.as(ManyNotes.WORKER).put("/children/" + child + "/pathway/steps/" + contact
                        + "/case-notes/" + note).then().statusCode(204);
            }));
        }
        for (Future<?> future : linked) {
            future.get();
        }
        linking.shutdown();
        return new String[] {child, contact};
    }

    /**
     * Asks for the child's roll-back to three days ago, has the team manager comment and the head of service approve
     * it; answers when the approval was sent, when it was answered, and when the request first read APPROVED
     * (nanoTime).
     */
    private static long[] rollBack(String child, LocalDate today) throws InterruptedException {
        String requestId = Suite.CASE_NOTES.as(ManyNotes.WORKER).body(Map.of("reason", "Benchmark roll-back",
                        "rollBackTo", today.minusDays(3).toString(), "impact", "None: a benchmark"))
                .post("/children/" + child + "/roll-back-requests").then().statusCode(201).extract().path("id");
        Suite.CASE_NOTES.as("north.tm").body(Map.of("comments", "Benchmark"))
                .put("/children/" + child + "/roll-back-requests/" + requestId + "/comments").then().statusCode(200);
        String approval = null;
        while (approval == null) {
            List<String> waiting = Suite.APPROVALS.as("head.of.service").queryParam("childId", child).get("/inbox")
                    .then().statusCode(200).extract().path("items.id");
            approval = waiting.isEmpty() ? null : waiting.get(0);
            if (approval == null) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
        long decided = System.nanoTime();
        Suite.APPROVALS.as("head.of.service").body(Map.of("outcome", "APPROVED", "comments", "Benchmark"))
                .post("/approval-requests/" + approval + "/decision").then().statusCode(200);
        long answered = System.nanoTime();
        // Polled every 10 ms, not in a tight loop: on two cores a tight loop of reads would itself slow the writers.
        String state = null;
        while (!"APPROVED".equals(state)) {
            TimeUnit.MILLISECONDS.sleep(10);
            state = Suite.CASE_NOTES.as(ManyNotes.WORKER).get("/children/" + child + "/roll-back-requests/"
                    + requestId).then().statusCode(200).extract().path("state");
        }
        return new long[] {decided, answered, System.nanoTime()};
    }

    private static Map<String, Object> note(LocalDate today) {
        Map<String, Object> note = new java.util.HashMap<>(NOTE);
        note.put("eventDate", today.toString());
        return note;
    }
}
