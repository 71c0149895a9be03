package io.casework.casenotes.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.casework.casenotes.domain.VisitSection;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.casenotes.domain.LegacyVisitSection;
import io.casework.casenotes.domain.NoteSections;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The fields of each kind of chained entry, as canonical strings: the one place that says what a seal covers. The
 * writer builds them from the entity it is about to insert, the verifier and the migration that chained existing
 * rows from the row as stored; both pass the same values here, so they cannot disagree on a format.
 */
public final class ChainFields {

    // Sorted properties and ISO times: the same section always gives the same text. Unknown properties are refused,
    // so a key added to the stored JSON behind the service's back is a change, not something silently dropped.
    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    // The sections as sealed leave out what is absent, so that a section or field added later (absent on every
    // version saved before) leaves the text of those versions, and so their seals, as they were.
    private static final JsonMapper SECTIONS_JSON = JSON.rebuild()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    // A pathway entry's facts are maps that jsonb reorders: sorted keys at every depth give one text for one meaning.
    private static final JsonMapper FACTS_JSON = JSON.rebuild()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ChainFields() {
    }

    /**
     * A note version's fields. {@code sections} is covered only when the version has them: a version saved before
     * sections existed was sealed without the field, and still verifies.
     */
    public static SortedMap<String, String> noteVersion(UUID noteId, int version, String title, String narrative,
            String childsWords, String childsWordsHow, LegacyVisitSection visit, NoteSections sections,
            String returnComments, Instant savedAt, String savedBy) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("noteId", text(noteId));
        fields.put("version", Integer.toString(version));
        fields.put("title", title);
        fields.put("narrative", narrative);
        fields.put("childsWords", childsWords);
        fields.put("childsWordsHow", childsWordsHow);
        fields.put("visit", visit == null ? null : json(JSON, visit));
        if (sections != null) {
            fields.put("sections", json(SECTIONS_JSON, sections));
        }
        fields.put("returnComments", returnComments);
        fields.put("savedAt", time(savedAt));
        fields.put("savedBy", savedBy);
        return Collections.unmodifiableSortedMap(fields);
    }

    public static SortedMap<String, String> managementEntry(UUID id, UUID noteId, String kind, String outcome,
            String comments, String managerUsername, String managerName, String managerDesignation,
            Instant decidedAt, Instant recordedAt, UUID approvalRequestId) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("id", text(id));
        fields.put("noteId", text(noteId));
        fields.put("kind", kind);
        fields.put("outcome", outcome);
        fields.put("comments", comments);
        fields.put("managerUsername", managerUsername);
        fields.put("managerName", managerName);
        fields.put("managerDesignation", managerDesignation);
        fields.put("decidedAt", time(decidedAt));
        fields.put("recordedAt", time(recordedAt));
        fields.put("approvalRequestId", text(approvalRequestId));
        return Collections.unmodifiableSortedMap(fields);
    }

    public static SortedMap<String, String> accessLog(String username, String fullName, String designation,
            String team, String action, String purpose, String outcome, String basis, Instant at) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("username", username);
        fields.put("fullName", fullName);
        fields.put("designation", designation);
        fields.put("team", team);
        fields.put("action", action);
        fields.put("purpose", purpose);
        fields.put("outcome", outcome);
        fields.put("basis", basis);
        fields.put("at", time(at));
        return Collections.unmodifiableSortedMap(fields);
    }

    public static SortedMap<String, String> recordChange(String kind, Long recordVersion, String changedBy,
            String changedByName, String changedByDesignation, String changedByTeam, Instant changedAt, String reason,
            List<FieldChange> changes) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("kind", kind);
        fields.put("recordVersion", recordVersion == null ? null : recordVersion.toString());
        fields.put("changedBy", changedBy);
        fields.put("changedByName", changedByName);
        fields.put("changedByDesignation", changedByDesignation);
        fields.put("changedByTeam", changedByTeam);
        fields.put("changedAt", time(changedAt));
        fields.put("reason", reason);
        fields.put("changes", json(changes));
        return Collections.unmodifiableSortedMap(fields);
    }

    /**
     * A removal of factually inaccurate personal information from one note version: the parts removed and, in the
     * same order, the digest each had before ({@link RemovedContent}), the digest of the version's sections as it left
     * them when it took any, with who asked, on whose decision and when. {@code sectionsLeftDigest} is covered only
     * when set: a removal sealed before sections could be removed was sealed without the field, and still verifies.
     */
    public static SortedMap<String, String> informationRemoval(UUID id, UUID noteId, int noteVersion,
            UUID removalRequestId, List<String> parts, List<String> originalDigests, String sectionsLeftDigest,
            String informationKind, String concerns, String ground, String requestedBy, String requestedByName,
            Instant requestedAt, UUID approvalRequestId, String decidedBy, String decidedByName,
            String decidedByDesignation, Instant decidedAt, Instant removedAt) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("id", text(id));
        fields.put("noteId", text(noteId));
        fields.put("noteVersion", Integer.toString(noteVersion));
        fields.put("removalRequestId", text(removalRequestId));
        fields.put("fields", String.join(",", parts));
        fields.put("originalDigests", String.join(",", originalDigests));
        if (sectionsLeftDigest != null) {
            fields.put("sectionsLeftDigest", sectionsLeftDigest);
        }
        fields.put("informationKind", informationKind);
        fields.put("concerns", concerns);
        fields.put("ground", ground);
        fields.put("requestedBy", requestedBy);
        fields.put("requestedByName", requestedByName);
        fields.put("requestedAt", time(requestedAt));
        fields.put("approvalRequestId", text(approvalRequestId));
        fields.put("decidedBy", decidedBy);
        fields.put("decidedByName", decidedByName);
        fields.put("decidedByDesignation", decidedByDesignation);
        fields.put("decidedAt", time(decidedAt));
        fields.put("removedAt", time(removedAt));
        return Collections.unmodifiableSortedMap(fields);
    }

    /**
     * A document added to the record: what it is, who added it and when, and its content's SHA-256 and size, so that
     * a verification of the chain also proves which bytes were added. Where the bytes are kept (the storage key) is
     * left out: it says where, not what, and the digest already names the content.
     */
    public static SortedMap<String, String> document(UUID id, UUID noteId, String documentType, String title,
            String direction, LocalDate dated, String fileName, String mediaType, long sizeBytes, String sha256,
            UUID supersedes, String addedBy, String addedByName, String addedByDesignation, Instant addedAt) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("id", text(id));
        fields.put("noteId", text(noteId));
        fields.put("documentType", documentType);
        fields.put("title", title);
        fields.put("direction", direction);
        fields.put("dated", dated == null ? null : dated.toString());
        fields.put("fileName", fileName);
        fields.put("mediaType", mediaType);
        fields.put("sizeBytes", Long.toString(sizeBytes));
        fields.put("sha256", sha256);
        fields.put("supersedes", text(supersedes));
        fields.put("addedBy", addedBy);
        fields.put("addedByName", addedByName);
        fields.put("addedByDesignation", addedByDesignation);
        fields.put("addedAt", time(addedAt));
        return Collections.unmodifiableSortedMap(fields);
    }

    /** A record change's field changes as stored (JSON), read strictly, as {@link #visitFromStored} reads a visit. */
    public static List<FieldChange> changesFromStored(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<FieldChange>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("changes are not field changes any more: " + e.getOriginalMessage());
        }
    }

    /**
     * An act on a pathway step: which step, what was done, its facts (as canonical JSON: keys sorted at every depth),
     * who did it, as they were then, and when.
     */
    public static SortedMap<String, String> pathwayEntry(UUID id, UUID stepId, String act, Map<String, Object> facts,
            String by, String byName, String byDesignation, Instant at) {
        return actEntry(id, "stepId", stepId, act, facts, by, byName, byDesignation, at);
    }

    /**
     * An act on the closure of a child's case: which closure, what was done, its facts (canonical JSON, as a pathway
     * entry's), who did it, as they were then, and when.
     */
    public static SortedMap<String, String> closureEntry(UUID id, UUID closureId, String act, Map<String, Object> facts,
            String by, String byName, String byDesignation, Instant at) {
        return actEntry(id, "closureId", closureId, act, facts, by, byName, byDesignation, at);
    }

    /** An act on something of the record ({@code ownerField} names what), with its facts as canonical JSON. */
    private static SortedMap<String, String> actEntry(UUID id, String ownerField, UUID owner, String act,
            Map<String, Object> facts, String by, String byName, String byDesignation, Instant at) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("id", text(id));
        fields.put(ownerField, text(owner));
        fields.put("act", act);
        fields.put("facts", json(FACTS_JSON, facts));
        fields.put("by", by);
        fields.put("byName", byName);
        fields.put("byDesignation", byDesignation);
        fields.put("at", time(at));
        return Collections.unmodifiableSortedMap(fields);
    }

    /** An act on a risk alert (001 "Risk Alerts"), its facts as a pathway entry's are sealed. */
    public static SortedMap<String, String> riskAlertEntry(UUID id, UUID alertId, String act,
            Map<String, Object> facts, String by, String byName, String byDesignation, Instant at) {
        SortedMap<String, String> fields = new TreeMap<>();
        fields.put("id", text(id));
        fields.put("alertId", text(alertId));
        fields.put("act", act);
        fields.put("facts", json(FACTS_JSON, facts));
        fields.put("by", by);
        fields.put("byName", byName);
        fields.put("byDesignation", byDesignation);
        fields.put("at", time(at));
        return Collections.unmodifiableSortedMap(fields);
    }

    /** A pathway entry's facts as stored (jsonb, which orders keys its own way), read back as a map. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> factsFromStored(String json) {
        return fromStored(json, Map.class, "pathway facts");
    }

    /** A visit section as stored (JSON), read strictly; a section that no longer reads is itself a change. */
    public static LegacyVisitSection visitFromStored(String json) {
        return fromStored(json, LegacyVisitSection.class, "visit section");
    }

    /** A version's sections as stored (JSON), read strictly, as {@link #visitFromStored} reads a visit section. */
    public static NoteSections sectionsFromStored(String json) {
        return fromStored(json, NoteSections.class, "note sections");
    }

    /**
     * A version's sections as sealed ({@link #noteVersion}) less the sections stored under {@code keys}: the text the
     * version's {@code sections} field has once a removal takes them. Read back into the sections and written again as
     * the seal covers them, so that it is the text the verifier reads from the redacted row.
     */
    public static String sectionsWithout(String sections, Collection<String> keys) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(sections);
            tree.remove(keys);
            return json(SECTIONS_JSON, JSON.treeToValue(tree, NoteSections.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("note sections are not note sections any more: "
                    + e.getOriginalMessage());
        }
    }

    /** Whether a version's sections as sealed hold something under {@code key}: present, and not an empty list. */
    public static boolean holdsSection(String sections, String key) {
        try {
            JsonNode section = JSON.readTree(sections).get(key);
            return section != null && !section.isNull() && !(section.isContainerNode() && section.isEmpty());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("note sections are not note sections any more: "
                    + e.getOriginalMessage());
        }
    }

    private static <T> T fromStored(String json, Class<T> type, String what) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " are not " + what + " any more: " + e.getOriginalMessage());
        }
    }

    /**
     * A time as PostgreSQL keeps it (microseconds). Every chained time is cut to this before it is stored, so the
     * seal made before the insert matches the row read back.
     */
    public static Instant storable(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    private static String time(Instant time) {
        return time == null ? null : storable(time).toString();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chained value always serialises", e);
        }
    }

    private static String json(JsonMapper mapper, Object section) {
        try {
            return mapper.writeValueAsString(section);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a note's sections always serialise", e);
        }
    }
}
