package io.casework.backbone.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** This service's incoming channels, each registered (with its meters) the first time it applies a record. */
@ApplicationScoped
public class InboundChannels {

    @Inject
    MeterRegistry registry;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private final Map<String, InboundChannel> channels = new ConcurrentHashMap<>();

    InboundChannel of(String channel) {
        return channels.computeIfAbsent(channel, name -> new InboundChannel(name, groupOf(name), registry, clock));
    }

    public Collection<InboundChannel> all() {
        return List.copyOf(channels.values());
    }

    // The connector's own default for a channel without a group.id is the application's name.
    private String groupOf(String channel) {
        return config.getOptionalValue("mp.messaging.incoming." + channel + ".group.id", String.class)
                .or(() -> config.getOptionalValue("quarkus.application.name", String.class))
                .orElse("");
    }
}
