package io.casework.backbone.access.enforce;

/** Who accessed a child's data, as the access log shows them: name, job title and team (002 s.5). */
public record AccessingPerson(String username, String fullName, String designation, String team) {
}
