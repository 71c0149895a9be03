package io.casework.backbone.security;

/** Who wrote or decided something, as it is shown on the record: name, designation and team. */
public record Person(String username, String fullName, String designation, String team) {
}
