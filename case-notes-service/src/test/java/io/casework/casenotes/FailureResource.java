package io.casework.casenotes;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.sql.SQLException;

/** Test only: a request failing in a chosen way, to see which problem it is answered with. */
@Path("/test-failures")
@PermitAll
public class FailureResource {

    @GET
    @Path("/{kind}")
    public String fail(@PathParam("kind") String kind) {
        throw switch (kind) {
            case "connection-lost" -> new PersistenceException(new SQLException("I/O error", "08006"));
            case "duplicate" -> new PersistenceException(new SQLException("duplicate key", "23505"));
            default -> new IllegalStateException("a bug");
        };
    }
}
