package io.casework.timescales;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casework.timescales.RuleSetFile.CheckedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every authority's rule set, loaded and checked once. Immutable and thread-safe after loading.
 *
 * <p>The rule sets are data: {@code timescales/index.json} on the classpath lists the files
 * (one per seed document), and adding an authority means adding a file and a line there, not
 * code. Loading fails with a {@link RuleSetException} naming every bad file and rule.
 */
public final class RuleSetRegistry {

    /** Where the shipped rule sets live on the classpath. */
    public static final String DEFAULT_DIRECTORY = "timescales";
    private static final String INDEX = "index.json";

    private final Map<String, RuleSet> ruleSets;
    private final String version;

    private RuleSetRegistry(Map<String, RuleSet> ruleSets, String version) {
        this.ruleSets = Collections.unmodifiableMap(new LinkedHashMap<>(ruleSets));
        this.version = version;
    }

    /** The rule sets shipped in this library, loaded on first use and shared. */
    public static RuleSetRegistry standard() {
        return Standard.REGISTRY;
    }

    /** Loads the files listed in {@code directory/index.json} (a JSON array of file names). */
    public static RuleSetRegistry load(ClassLoader loader, String directory) {
        String indexName = directory + "/" + INDEX;
        List<String> names;
        try {
            names = List.of(new ObjectMapper().readValue(read(loader, indexName), String[].class));
        } catch (JsonProcessingException e) {
            throw new RuleSetException(List.of(indexName + ": not a JSON array of file names: " + e.getOriginalMessage()));
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(directory + "/" + name, read(loader, directory + "/" + name));
        }
        return fromJson(files);
    }

    /**
     * Builds a registry from file contents keyed by file name (the name without {@code .json} must
     * be the file's authority id). For tests, and for a service that keeps rule sets elsewhere.
     */
    public static RuleSetRegistry fromJson(Map<String, String> contentByFileName) {
        List<String> problems = new ArrayList<>();
        RuleSetReader reader = new RuleSetReader();
        List<CheckedFile> checked = new ArrayList<>();
        contentByFileName.forEach((name, content) -> reader.read(name, content, problems).ifPresent(checked::add));
        Map<String, RuleSet> resolved = new RuleSetResolver(checked, problems).resolveAll();
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RuleSetRegistry(resolved, versionOf(contentByFileName));
    }

    /**
     * The version of the rule data: a digest of every file's name and content, so that every service and replica
     * running the same data reports the same version, and any change to a rule gives a new one. A due date or a late
     * mark records the version it was judged by.
     */
    public String version() {
        return version;
    }

    private static String versionOf(Map<String, String> contentByFileName) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(contentByFileName).forEach((name, content) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return "rules-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The authority ids, sorted. */
    public Set<String> authorities() {
        return Collections.unmodifiableSet(new TreeSet<>(ruleSets.keySet()));
    }

    public Optional<RuleSet> findRuleSet(String authority) {
        return Optional.ofNullable(ruleSets.get(authority));
    }

    /** The authority's resolved rule set; an unknown authority is a configuration error. */
    public RuleSet ruleSet(String authority) {
        Objects.requireNonNull(authority, "authority");
        return findRuleSet(authority).orElseThrow(() -> new NoSuchElementException(
                "no timescale rule set for authority '" + authority + "'; known: " + authorities()));
    }

    /** The rule in force for the authority (its own, or the one it inherits from the base). */
    public TimescaleRule rule(String authority, String ruleId) {
        return ruleSet(authority).rule(ruleId);
    }

    public Optional<TimescaleRule> findRule(String authority, String ruleId) {
        return findRuleSet(authority).flatMap(ruleSet -> ruleSet.findRule(ruleId));
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleSetException(List.of(resource + ": not found on the classpath"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Holder idiom: loaded once, on first use, without locking on every call. */
    private static final class Standard {
        static final RuleSetRegistry REGISTRY = load(RuleSetRegistry.class.getClassLoader(), DEFAULT_DIRECTORY);
    }
}
