package io.casework.approvals.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * At start, announces the whole organisation model (a few hundred rows for a council), so that every other service's
 * read model holds the same model even if it missed or lost events. Two replicas starting at once both announce;
 * read models apply a version once.
 */
@ApplicationScoped
public class OrganisationPublisher {

    private static final Logger LOG = Logger.getLogger(OrganisationPublisher.class);

    @Inject
    OrganisationService organisation;

    void onStart(@Observes StartupEvent start) {
        int published = organisation.announce();
        LOG.infof("Announced the organisation model (%d teams and members) to the other services' read models",
                published);
    }
}
