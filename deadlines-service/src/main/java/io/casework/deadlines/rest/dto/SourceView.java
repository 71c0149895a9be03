package io.casework.deadlines.rest.dto;

public record SourceView(String document, String section, String quote) {
}
