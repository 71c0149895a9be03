package io.casework.testing;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQL run as the service database's owner, the role Flyway migrates as, from a {@code @QuarkusTest}: for a test that
 * takes a right away from the runtime role and gives it back, or writes what only an operator writes. The service
 * itself connects as its runtime role, which can do neither.
 */
public final class DatabaseOwner {

    private DatabaseOwner() {
    }

    /** The role the service connects as, for statements that grant or revoke its rights. */
    public static String runtimeRole() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
    }

    /** A connection as the owner, for a test that reads and rewrites rows itself. */
    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }

    /** Runs each statement in its own autocommitted step, as the owner. */
    public static void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("As the database owner: " + String.join("; ", statements), e);
        }
    }
}
