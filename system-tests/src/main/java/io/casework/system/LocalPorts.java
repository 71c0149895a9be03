package io.casework.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The port each service answers on locally, read from the list that starts the suite and its front
 * ({@code scripts/services.sh}), so that the system tests never keep a second copy of it.
 */
final class LocalPorts {

    /** Each service's management port is this much above its API port (scripts/services.sh says so too). */
    static final int MANAGEMENT_OFFSET = 1000;

    private static final Pattern ENTRY = Pattern.compile("([a-z-]+-service):(\\d+)");

    private static final Map<String, Integer> PORTS = read();

    private LocalPorts() {
    }

    static int of(String service) {
        Integer port = PORTS.get(service);
        if (port == null) {
            throw new IllegalStateException(service + " is not in scripts/services.sh");
        }
        return port;
    }

    private static Map<String, Integer> read() {
        Path list = servicesList();
        try {
            String line = Files.readAllLines(list).stream()
                    .filter(l -> l.startsWith("CASEWORK_SERVICES=("))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no CASEWORK_SERVICES in " + list));
            Matcher entry = ENTRY.matcher(line);
            return entry.results().collect(Collectors.toMap(m -> m.group(1), m -> Integer.parseInt(m.group(2))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The tests run from the system-tests module or the repository root; walk up to the folder that has scripts/.
    private static Path servicesList() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scripts/services.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("scripts/services.sh not found above " + Path.of("").toAbsolutePath());
    }
}
