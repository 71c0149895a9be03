package io.casework.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.casework.contracts.EventCodec;
import io.casework.contracts.events.StaffMemberChanged;
import io.casework.contracts.events.TeamChanged;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.awaitility.Awaitility.await;

/**
 * The demo organisation (two service areas, their teams and staff, the IROs and the adoption team manager), as
 * approvals-service's migration seeds it and the demo realm's users match (approvals-service's tests check both).
 * A service other than approvals-service learns it from approvals-service's events; its tests publish them here, on
 * the run's approvals topic, and wait until the service's read model holds them, exactly as in production.
 */
public final class DemoOrganisation {

    private static final EventCodec CODEC = new EventCodec();
    private static final Instant SEEDED = Instant.parse("2025-01-01T00:00:00Z");
    private static String seededRun;

    private DemoOrganisation() {
    }

    /** The organisation as data: {@code teams[]} and {@code staff[]}, in the events' field names. */
    public static JsonNode data() {
        try (InputStream in = DemoOrganisation.class.getClassLoader().getResourceAsStream("demo-organisation.json")) {
            return CODEC.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("demo-organisation.json is unreadable", e);
        }
    }

    /**
     * Publishes the organisation once per test run of the service under test, and waits until its read model holds
     * every member. Cheap to call before every request.
     */
    public static synchronized void ensure() {
        String run = ConfigProvider.getConfig().getValue("casework.test-run", String.class);
        if (run.equals(seededRun)) {
            return;
        }
        JsonNode data = data();
        String topic = "test-" + run + ".approvals";
        for (JsonNode team : data.path("teams")) {
            TeamChanged event = new TeamChanged(team.path("team").asText(), team.path("name").asText(),
                    team.path("serviceArea").asText(), text(team, "practiceManager"), text(team, "teamManager"),
                    text(team, "seniorManager"), 1, "migration", SEEDED);
            TopicProbe.send(topic, event.team(), CODEC.write(CODEC.wrap(event, "/approvals-service", event.team(),
                    null)));
        }
        for (JsonNode member : data.path("staff")) {
            StaffMemberChanged event = new StaffMemberChanged(member.path("username").asText(),
                    member.path("fullName").asText(), member.path("post").asText(), text(member, "team"),
                    text(member, "serviceArea"), text(member, "supervisor"), false, 1, "migration", SEEDED);
            TopicProbe.send(topic, event.username(), CODEC.write(CODEC.wrap(event, "/approvals-service",
                    event.username(), null)));
        }
        int members = data.path("staff").size();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("org_member") >= members);
        seededRun = run;
    }

    private static long count(String table) throws SQLException {
        try (Connection db = DatabaseOwner.connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}
