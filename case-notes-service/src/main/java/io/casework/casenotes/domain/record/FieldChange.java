package io.casework.casenotes.domain.record;

/**
 * One field of the child's record as it was and as it became: the unit of the record's history (002 s.5). Values
 * are text as {@link RecordValues} writes them, null for nothing recorded.
 */
public record FieldChange(String field, String before, String after) {
}
