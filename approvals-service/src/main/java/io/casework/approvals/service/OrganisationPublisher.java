package io.casework.approvals.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * At start, publishes the parts of the organisation model no event has announced yet (the demo organisation, rows a
 * migration wrote), so that every other service's read model starts from the same model. Two replicas starting at
 * once may both publish a version; read models apply a version once.
 */
@ApplicationScoped
public class OrganisationPublisher {

    private static final Logger LOG = Logger.getLogger(OrganisationPublisher.class);

    @Inject
    OrganisationService organisation;

    void onStart(@Observes StartupEvent start) {
        int published = organisation.publishPending();
        if (published > 0) {
            LOG.infof("Published %d organisation model entries for the other services' read models", published);
        }
    }
}
