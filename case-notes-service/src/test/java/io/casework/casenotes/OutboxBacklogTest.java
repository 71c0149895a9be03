package io.casework.casenotes;

import io.casework.backbone.outbox.OutboxBacklog;
import io.casework.backbone.outbox.OutboxRelay;
import io.casework.testing.ManagementInterface;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.casework.casenotes.CaseNotesApi.registerChild;
import static org.assertj.core.api.Assertions.assertThat;

/** What waits in the outbox is measured, and a row left unpublished too long is reported in the events group. */
@QuarkusTest
@TestProfile(ManualRelay.class)
class OutboxBacklogTest {

    @Inject
    OutboxBacklog backlog;

    @Inject
    OutboxRelay relay;

    @Test
    @DisplayName("An unpublished row shows as backlog, its age grows, and past the threshold the events group is DOWN")
    void unpublishedRowIsBacklog() throws InterruptedException {
        drain();
        registerChild("north.sw1", "CIN");
        backlog.refresh();
        assertThat(backlog.size()).isEqualTo(1);
        Thread.sleep(1_100);
        assertThat(backlog.age(Instant.now()).toMillis()).isGreaterThan(1_000);
        assertThat(metrics()).contains("casework_outbox_backlog_size 1.0");

        JsonPath health = ManagementInterface.given().get("/q/health/group/events").then().statusCode(503)
                .extract().jsonPath();
        assertThat(health.getString("status")).isEqualTo("DOWN");
        assertThat(health.getInt("checks[0].data.'outbox.backlogSize'")).isEqualTo(1);

        drain();
        assertThat(backlog.size()).isZero();
        assertThat(backlog.age(Instant.now())).isZero();
        ManagementInterface.given().get("/q/health/group/events").then().statusCode(200);
    }

    private void drain() {
        while (relay.publishBatch() > 0) {
            // publish everything written so far
        }
        backlog.refresh();
    }

    private static String metrics() {
        return ManagementInterface.metrics();
    }
}
