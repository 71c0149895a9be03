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

    private static volatile RuleSetRegistry standard;

    private final Map<String, RuleSet> ruleSets;
    private final WorkingDayCalendar calendar;
    private final String version;

    private RuleSetRegistry(Map<String, RuleSet> ruleSets, WorkingDayCalendar calendar, String version) {
        this.ruleSets = Collections.unmodifiableMap(new LinkedHashMap<>(ruleSets));
        this.calendar = calendar;
        this.version = version;
    }

    /**
     * The rule sets shipped in this library, on the shared {@link WorkingDayCalendar#englandAndWales()} calendar,
     * loaded on first use and shared.
     */
    public static RuleSetRegistry standard() {
        RuleSetRegistry registry = standard;
        if (registry == null) {
            // Not a holder class: a bad rule or bank holiday file must reach the caller as itself, naming the
            // file, not wrapped in an ExceptionInInitializerError.
            synchronized (RuleSetRegistry.class) {
                if (standard == null) {
                    standard = load(RuleSetRegistry.class.getClassLoader(), DEFAULT_DIRECTORY,
                            WorkingDayCalendar.englandAndWales());
                }
                registry = standard;
            }
        }
        return registry;
    }

    /** Loads the files listed in {@code directory/index.json}, on the shared calendar. */
    public static RuleSetRegistry load(ClassLoader loader, String directory) {
        return load(loader, directory, WorkingDayCalendar.englandAndWales());
    }

    /** Loads the files listed in {@code directory/index.json} (a JSON array of file names), counted on {@code calendar}. */
    public static RuleSetRegistry load(ClassLoader loader, String directory, WorkingDayCalendar calendar) {
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
        return fromJson(files, calendar);
    }

    /** {@link #fromJson(Map, WorkingDayCalendar)} on the shared calendar. */
    public static RuleSetRegistry fromJson(Map<String, String> contentByFileName) {
        return fromJson(contentByFileName, WorkingDayCalendar.englandAndWales());
    }

    /**
     * Builds a registry from file contents keyed by file name (the name without {@code .json} must
     * be the file's authority id), counted on {@code calendar}. For tests, and for a service that
     * keeps rule sets elsewhere.
     */
    public static RuleSetRegistry fromJson(Map<String, String> contentByFileName, WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        List<String> problems = new ArrayList<>();
        RuleSetReader reader = new RuleSetReader();
        List<CheckedFile> checked = new ArrayList<>();
        contentByFileName.forEach((name, content) -> reader.read(name, content, problems).ifPresent(checked::add));
        Map<String, RuleSet> resolved = new RuleSetResolver(checked, problems).resolveAll();
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return new RuleSetRegistry(resolved, calendar, versionOf(contentByFileName, calendar));
    }

    /**
     * The version of the rules and the calendar together: a digest of every rule file's name and content and of
     * what the calendar was built from (jollyday's release, this library's extra bank holidays and the
     * deployment's own bank holiday file). Every service and replica running the same data reports the same
     * version, and a changed rule or a newly added bank holiday gives a new one, since either can move a due
     * date. A due date or a late mark records the version it was judged by. It keeps the {@code rules-} prefix
     * it had before the calendar counted, so stored versions all read alike.
     */
    public String version() {
        return version;
    }

    /** The calendar these rules count working days on: the one {@link #version()} covers. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    private static String versionOf(Map<String, String> contentByFileName, WorkingDayCalendar calendar) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(contentByFileName).forEach((name, content) -> update(digest, name, content));
            // Prefixed so that no calendar label can stand for a rule file's name. In the calendar's own order:
            // the order files are read in decides which entry is kept for a day listed twice.
            calendar.data().forEach((label, content) -> update(digest, "calendar:" + label, content));
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

    private static void update(MessageDigest digest, String name, String content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
