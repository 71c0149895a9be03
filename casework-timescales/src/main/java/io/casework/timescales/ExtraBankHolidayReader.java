package io.casework.timescales;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads one bank holiday file: a JSON array of entries, each
 * {@code {"date", "name", "replaces" (optional), "source"}}. Problems are collected, not thrown one at
 * a time, and each names the file, the entry and the field, so a bad file is fixed in one pass.
 */
final class ExtraBankHolidayReader {

    private static final Set<String> FIELDS = Set.of("date", "name", "replaces", "source");

    private final ObjectMapper json = new ObjectMapper();
    private final Predicate<LocalDate> jollydayKeeps;

    /** @param jollydayKeeps whether jollyday already keeps a day as a bank holiday, to check {@code replaces} */
    ExtraBankHolidayReader(Predicate<LocalDate> jollydayKeeps) {
        this.jollydayKeeps = jollydayKeeps;
    }

    /** The file's entries, or none with the reasons added to {@code problems}. */
    List<ExtraBankHoliday> read(String fileName, String content, List<String> problems) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            problems.add(fileName + ": not valid JSON" + where + ": " + e.getOriginalMessage());
            return List.of();
        }
        if (root == null || root.isMissingNode() || !root.isArray()) {
            problems.add(fileName + ": must be a JSON array of bank holidays, [] when there are none");
            return List.of();
        }
        int before = problems.size();
        List<ExtraBankHoliday> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            String label = fileName + ", entry " + (i + 1) + name(node);
            readEntry(label, node, fileName, problems).ifPresent(day -> {
                if (!seen.add(day.date())) {
                    problems.add(label + ": \"date\" " + day.date() + " is listed more than once in the file");
                }
                days.add(day);
            });
        }
        return problems.size() == before ? days : List.of();
    }

    private Optional<ExtraBankHoliday> readEntry(String label, JsonNode node, String fileName, List<String> problems) {
        if (!node.isObject()) {
            problems.add(label + ": must be an object with \"date\", \"name\", \"source\" and optionally \"replaces\"");
            return Optional.empty();
        }
        int before = problems.size();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                // A misspelt "replaces" must not be ignored: the day it names would stay a bank holiday.
                problems.add(label + ": unknown field \"" + field + "\"");
            }
        }
        LocalDate date = date(label, node, "date", true, problems);
        String name = text(label, node, "name", problems);
        String source = text(label, node, "source", problems);
        LocalDate replaces = date(label, node, "replaces", false, problems);
        if (date != null && (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            problems.add(label + ": \"date\" " + date + " is a " + date.getDayOfWeek().toString().toLowerCase()
                    + "; a bank holiday is kept on a weekday, so enter the weekday offices close");
        }
        if (date != null && replaces != null) {
            if (replaces.equals(date)) {
                problems.add(label + ": \"replaces\" is the same day as \"date\"");
            } else if (!jollydayKeeps.test(replaces) && !jollydayKeeps.test(date)) {
                // When jollyday keeps neither day the entry moves nothing: most likely a mistyped date.
                problems.add(label + ": \"replaces\" " + replaces + " is not a bank holiday the calendar keeps");
            }
        }
        if (problems.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new ExtraBankHoliday(date, name, Optional.ofNullable(replaces), source, fileName));
    }

    private static LocalDate date(String label, JsonNode node, String field, boolean required, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(label + ": \"" + field + "\" is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add(label + ": \"" + field + "\" must be a date written YYYY-MM-DD in quotes");
            return null;
        }
        try {
            // ISO_LOCAL_DATE resolves strictly: 2022-02-30 is refused, not moved to 2 March.
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            problems.add(label + ": \"" + field + "\" '" + value.asText() + "' is not a date written YYYY-MM-DD");
            return null;
        }
    }

    private static String text(String label, JsonNode node, String field, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problems.add(label + ": \"" + field + "\" is missing"
                    + (field.equals("source") ? "; every day names where it was announced" : ""));
            return null;
        }
        return value.asText();
    }

    private static String name(JsonNode node) {
        JsonNode name = node.isObject() ? node.get("name") : null;
        return name != null && name.isTextual() && !name.asText().isBlank() ? " (\"" + name.asText() + "\")" : "";
    }
}
