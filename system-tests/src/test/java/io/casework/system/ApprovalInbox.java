package io.casework.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.casework.system.Suite.APPROVALS;
import static org.awaitility.Awaitility.await;

/**
 * An approver's side of a journey across the services, in approvals-service with their real token: the child's request
 * of a kind as it reaches their inbox, and their decision on it with reasons.
 */
public final class ApprovalInbox {

    public static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private ApprovalInbox() {
    }

    /** The id of the child's request of {@code kind} once it waits in {@code approver}'s inbox. */
    public static String awaitRequest(String approver, String childId, String kind) {
        return awaitFirst(approver, childId, "kind", kind);
    }

    /** The id of the child's request about {@code subjectId} (a note) once it waits in {@code approver}'s inbox. */
    public static String awaitRequestAbout(String approver, String childId, String subjectId) {
        return awaitFirst(approver, childId, "subjectId", subjectId);
    }

    private static String awaitFirst(String approver, String childId, String field, String value) {
        return await().atMost(EVENTUALLY).until(() -> {
            List<Map<String, Object>> waiting = APPROVALS.as(approver).queryParam("childId", childId).get("/inbox")
                    .then().statusCode(200).extract().path("items");
            return waiting.stream().filter(r -> value.equals(r.get(field))).map(r -> (String) r.get("id"))
                    .findFirst().orElse(null);
        }, Objects::nonNull);
    }

    /** {@code approver} approves the request, giving {@code reasons}. */
    public static void approve(String approver, String requestId, String reasons) {
        APPROVALS.as(approver).body(Map.of("outcome", "APPROVED", "comments", reasons))
                .post("/approval-requests/" + requestId + "/decision").then().statusCode(200);
    }
}
