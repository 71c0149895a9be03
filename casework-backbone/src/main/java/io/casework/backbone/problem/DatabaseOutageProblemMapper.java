package io.casework.backbone.problem;

import io.casework.backbone.logging.Causes;
import io.casework.backbone.logging.RateLimitedLog;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Duration;
import java.util.Optional;

/**
 * A request that failed because the database would not serve it (see {@link DatabaseOutage}) is a 503 problem with
 * {@code Retry-After}: nothing was saved, and the same request will work once the database is back. Without this it
 * would be a 500, which tells a client the request itself broke something. Any other failure is left to the mapper
 * that handled it before.
 */
public class DatabaseOutageProblemMapper {

    public static final String TYPE = "service-unavailable";
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(DatabaseOutageProblemMapper.class);
    // During an outage every request fails the same way: one line a minute says so.
    private static final RateLimitedLog OUTAGE_LOG = new RateLimitedLog(LOG, Duration.ofMinutes(1));

    @Inject
    Providers providers;

    @ServerExceptionMapper(RuntimeException.class)
    public Response databaseOutage(RuntimeException e) {
        Optional<String> outage = DatabaseOutage.behind(e);
        if (outage.isEmpty()) {
            return otherwise(e);
        }
        OUTAGE_LOG.warnf("database", "Answering 503: the database refused the request (%s): %s",
                outage.get(), Causes.root(e));
        return Problems.builder(503, TYPE, "Service Unavailable",
                        "The database is unavailable: nothing was saved. Retry the request in a few seconds.")
                .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build()
                .toResponse();
    }

    // The mapper this one stands in front of: the problem extension's, for every exception without its own.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Response otherwise(RuntimeException e) {
        ExceptionMapper mapper = providers.getExceptionMapper(Exception.class);
        return mapper.toResponse(e);
    }
}
