package io.casework.visits.config;

import io.casework.contracts.PlanType;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VisitsConfigTest {

    private static VisitsConfig mapping(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(VisitsConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(VisitsConfig.class);
    }

    @Test
    @DisplayName("Local standard: every plan type is visited every 10 working days when nothing is configured")
    void tenWorkingDaysByDefault() {
        VisitsConfig config = mapping(Map.of());
        for (PlanType planType : PlanType.values()) {
            assertThat(config.frequencyFor(planType)).as("%s", planType).isEqualTo(10);
        }
    }

    @Test
    @DisplayName("An authority sets its own frequency per plan type; the others keep the default")
    void configuredPerPlanType() {
        VisitsConfig config = mapping(Map.of("casework.visits.frequency.CP", "5"));
        assertThat(config.frequencyFor(PlanType.CP)).isEqualTo(5);
        assertThat(config.frequencyFor(PlanType.CLA)).isEqualTo(10);
    }
}
