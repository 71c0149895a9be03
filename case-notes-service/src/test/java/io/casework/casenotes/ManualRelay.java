package io.casework.casenotes;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The outbox relay driven by the test (so that rows can be left unpublished on purpose), published rows kept only
 * 0.1 s, and an unpublished row reported stuck after 1 s.
 */
public class ManualRelay implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("casework.outbox.relay.enabled", "false",
                "casework.outbox.relay.retention", "PT0.1S",
                "casework.outbox.backlog.stuck-after", "PT1S");
    }
}
