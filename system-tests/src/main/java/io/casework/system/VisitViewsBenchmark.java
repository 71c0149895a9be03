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
 * their timescale (and a walk), the team's visit compliance over the last 90 days, and one child's visit plan. The
 * children are seeded straight into visits-service's database by {@code scripts/bench-visits.sh}, which runs this
 * class and removes what it seeded afterwards. A benchmark, not a test: it prints numbers and asserts nothing.
 *
 * <p>Usage: {@code VisitViewsBenchmark [samples] [page size] [pages walked] [warm-up reads] [child id]} (default
 * 1000, 50, 200, 2000, and the first child of the worker's list). Each list page is also an access logged for every
 * child shown (002 s.5), as in production: that is part of what is timed. The compliance view names no child and
 * logs nothing.
 */
public final class VisitViewsBenchmark {

    /** The worker and the manager: demo users, whose posts the organisation model and the realm both hold. */
    private static final String WORKER = "north.sw1";
    private static final String MANAGER = "north.tm";
    private static final String TEAM = "north";

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
        String child = args.length > 4 ? args[4] : firstChild(base + "/visits/due?allocatedTo=me&until="
                + today.plusDays(90) + page);

        List<View> views = List.of(
                new View("worker: my overdue visits (" + WORKER + ")", WORKER,
                        "/visits/due?allocatedTo=me&status=OVERDUE" + page, true, false),
                new View("worker: my visits due soon (" + WORKER + ")", WORKER,
                        "/visits/due?allocatedTo=me&status=DUE_SOON" + page, true, false),
                new View("worker: my visits due in the next 90 days (" + WORKER + ")", WORKER,
                        "/visits/due?allocatedTo=me&until=" + today.plusDays(90) + page, true, true),
                new View("manager: team " + TEAM + "'s children not seen within their timescale (" + MANAGER + ")",
                        MANAGER, "/visits/due?team=" + TEAM + "&status=OVERDUE" + page, true, true),
                new View("manager: team " + TEAM + "'s visit compliance, last 90 days (" + MANAGER + ")", MANAGER,
                        "/teams/" + TEAM + "/visit-compliance?from=" + today.minusDays(90) + "&to=" + today, false,
                        false),
                new View("worker: a child's visit plan (" + WORKER + ", child " + child + ")", WORKER,
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
    private static String firstChild(String workerList) throws Exception {
        List<String> children = JsonPath.from(read(WORKER, workerList)).getList("items.childId");
        if (children.isEmpty()) {
            throw new IllegalStateException(WORKER + " has no visits due: seed the children first");
        }
        return children.get(0);
    }
}
