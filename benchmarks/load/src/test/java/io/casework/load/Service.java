package io.casework.load;

/**
 * The suite's four services as the load reaches them: each on its own port under its path prefix
 * (docs/api-conventions.md), on this machine unless {@code -D<prefix>.url} names another origin (the front at
 * 127.0.0.1:8080 serves all four).
 */
enum Service {

    CASE_NOTES("case-notes", 8081),
    VISITS("visits", 8082),
    DEADLINES("deadlines", 8083),
    APPROVALS("approvals", 8084);

    private final String prefix;
    private final int port;

    Service(String prefix, int port) {
        this.prefix = prefix;
        this.port = port;
    }

    /** Scheme, host and port, to which the paths below are added. */
    String origin() {
        return System.getProperty(prefix + ".url", "http://127.0.0.1:" + port);
    }

    @Override
    public String toString() {
        return prefix + "-service";
    }

    /** The base of the service's API, such as {@code http://127.0.0.1:8081/case-notes/v1}. */
    String api() {
        return origin() + "/" + prefix + "/v1";
    }
}
