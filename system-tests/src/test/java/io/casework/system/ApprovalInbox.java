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
final class ApprovalInbox {

    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private ApprovalInbox() {
    }

    /** The id of the child's request of {@code kind} once it waits in {@code approver}'s inbox. */
    static String awaitRequest(String approver, String childId, String kind) {
        return await().atMost(EVENTUALLY).until(() -> {
            List<Map<String, Object>> waiting = APPROVALS.as(approver).queryParam("childId", childId).get("/inbox")
                    .then().statusCode(200).extract().path("items");
            return waiting.stream().filter(r -> kind.equals(r.get("kind"))).map(r -> (String) r.get("id"))
                    .findFirst().orElse(null);
        }, Objects::nonNull);
    }

    /** {@code approver} approves the request, giving {@code reasons}. */
    static void approve(String approver, String requestId, String reasons) {
        APPROVALS.as(approver).body(Map.of("outcome", "APPROVED", "comments", reasons))
                .post("/approval-requests/" + requestId + "/decision").then().statusCode(200);
    }
}
