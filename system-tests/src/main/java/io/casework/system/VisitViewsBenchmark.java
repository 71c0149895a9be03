package io.casework.system;

import io.restassured.path.json.JsonPath;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.casework.system.TimedReads.read;
import static io.casework.system.TimedReads.timed;

/**
 * How long the visit views take for an authority with 10,000 open children (issue 16): a worker's own visits
 * (overdue, due soon, the next 90 days and a walk through them by cursor), a team manager's children not seen within
 * their timescale (and a walk), the team's visit compliance over the last 90 days, and one child's visit plan; each
 * list also at a page of five. The children are seeded straight into visits-service's database by
 * {@code scripts/bench-visits.sh}, which runs this class and removes what it seeded afterwards. A benchmark, not a
 * test: it prints numbers and asserts nothing.
 *
 * <p>Usage: {@code VisitViewsBenchmark [samples] [page size] [pages walked] [warm-up reads] [child id] [team]}
 * (default 1000, 50, 200, 2000, the first child of the worker's list, north). The worker and the manager are the
 * team's demo users, {@code <team>.sw1} and {@code <team>.tm}, whose posts the organisation model and the realm both
 * hold. Each list page is also an access logged for every child shown (002 s.5), as in production: that is part of
 * what is timed. The compliance view names no child and logs nothing.
 */
public final class VisitViewsBenchmark {


    /** The size of the small page each list is also timed at. */
    private static final int FEW = 5;

    /** A view as its reader opens it; a list walked is also read page after page by its cursor. */
    private record View(String name, String user, String path, boolean list, boolean walked) {
    }

    private VisitViewsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int samples = ManyNotes.arg(args, 0, 1_000);
        int pageSize = ManyNotes.arg(args, 1, 50);
        int walk = ManyNotes.arg(args, 2, 200);
        int warmUp = ManyNotes.arg(args, 3, 2_000);
        String base = Suite.VISITS.url();
        // The service's "today" is England's: a run near midnight UTC in summer must ask for the same days it counts.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String page = "&limit=" + pageSize;
        String team = args.length > 5 ? args[5] : "north";
        String worker = team + ".sw1";
        String manager = team + ".tm";
        String child = args.length > 4 && !args[4].isBlank() ? args[4] : firstChild(worker,
                base + "/visits/due?allocatedTo=me&until=" + today.plusDays(90) + page);

        List<View> views = List.of(
                new View("worker: my overdue visits (" + worker + ")", worker,
                        "/visits/due?allocatedTo=me&status=OVERDUE" + page, true, false),
                new View("worker: my visits due soon (" + worker + ")", worker,
                        "/visits/due?allocatedTo=me&status=DUE_SOON" + page, true, false),
                new View("worker: my visits due in the next 90 days (" + worker + ")", worker,
                        "/visits/due?allocatedTo=me&until=" + today.plusDays(90) + page, true, true),
                new View("manager: team " + team + "'s children not seen within their timescale (" + manager + ")",
                        manager, "/visits/due?team=" + team + "&status=OVERDUE" + page, true, true),
                new View("manager: team " + team + "'s visit compliance, last 90 days (" + manager + ")", manager,
                        "/teams/" + team + "/visit-compliance?from=" + today.minusDays(90) + "&to=" + today, false,
                        false),
                new View("worker: a child's visit plan (" + worker + ", child " + child + ")", worker,
                        "/children/" + child + "/visit-plan", false, false));

        // Warmed up as a working day would: timing the first reads on two cores would measure the JIT compiler.
        for (int i = 0; i < warmUp; i++) {
            View view = views.get(i % views.size());
            read(view.user(), base + view.path());
        }
        for (View view : views) {
            String uri = base + view.path();
            System.out.printf("== %s%n", view.name());
            System.out.printf("%d times: %s%n", samples, Percentiles.withP95(timed(view.user(), uri, samples)));
            JsonPath body = JsonPath.from(read(view.user(), uri));
            if (view.list()) {
                System.out.printf("first page: %d items%s%n", body.getList("items").size(),
                        body.getString("next") == null ? ", the last" : "");
                // The same list a few children at a time: what a page costs whatever it shows, against what each
                // child shown adds (checked, logged, its last visit and failed access looked up).
                String few = uri.replace(page, "&limit=" + FEW);
                System.out.printf("first page of %d, %d times: %s%n", FEW, samples / 4,
                        Percentiles.withP95(timed(view.user(), few, samples / 4)));
            } else if (view.path().contains("visit-compliance")) {
                System.out.printf("compliance: %s, not seen within timescale %s%n", body.getMap("total"),
                        body.getString("childrenNotSeenInTimescale"));
            }
            if (view.walked()) {
                TimedReads.Walk walked = TimedReads.walk(view.user(), uri, walk);
                System.out.printf("%d pages by their cursor (%d items shown): %s%n", walked.times().size(),
                        walked.items(), Percentiles.withP95(walked.times()));
            }
        }
    }

    /** A child of the worker's to open the visit plan of, when the caller names none. */
    private static String firstChild(String worker, String workerList) throws Exception {
        List<String> children = JsonPath.from(read(worker, workerList)).getList("items.childId");
        if (children.isEmpty()) {
            throw new IllegalStateException(worker + " has no visits due: seed the children first");
        }
        return children.get(0);
    }
}
