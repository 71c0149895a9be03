package io.casework.backbone.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who wrote or decided something, as it is shown on the record: name, designation and team. Every response of every
 * service names a person with this one object, never a bare username, so that a screen shows people one way.
 */
@Schema(description = "A member of staff named by a response: who wrote, decided, holds or changed something. "
        + "Only the username is always present; the other fields are null where the service cannot know them (for "
        + "instance someone who has since left the authority); each field that names a person says which.")
public record Person(
        @Schema(description = "The person's username in the council's sign-in realm; the key to use when sending "
                + "a person back (allocation, team management line, supervisor)",
                example = "north.sw1", maxLength = 100)
        String username,
        @Schema(description = "Full name as the record shows it; null when the service does not know it",
                example = "Sam Example", maxLength = 200)
        String fullName,
        @Schema(description = "Job title as the record shows it (Social Worker, Practice Manager, Head of Service, "
                + "Independent Reviewing Officer...); null when the service does not know it",
                example = "Social Worker", maxLength = 200)
        String designation,
        @Schema(description = "The id of the person's team. Where a record kept the person as they were (a note's "
                + "author, the access log), someone whose post is over a service area (senior manager, head of "
                + "service) shows that area's id here instead; otherwise it is null for a post not held in a team "
                + "(senior manager, head of service, IRO, adoption team manager). Null or empty when the service "
                + "does not know it", example = "north", maxLength = 100)
        String team) {

    /**
     * Examples for the fields that name a person, one per post, so that each field's example is someone who could
     * hold it. Fictitious names; the usernames are the demo realm's.
     */
    public static final class Examples {

        public static final String SOCIAL_WORKER = "{\"username\": \"north.sw1\", \"fullName\": \"Sam Example\", "
                + "\"designation\": \"Social Worker\", \"team\": \"north\"}";
        public static final String PRACTICE_MANAGER = "{\"username\": \"north.pm\", \"fullName\": \"Alex Example\", "
                + "\"designation\": \"Practice Manager\", \"team\": \"north\"}";
        public static final String TEAM_MANAGER = "{\"username\": \"north.tm\", \"fullName\": \"Jo Example\", "
                + "\"designation\": \"Team Manager\", \"team\": \"north\"}";
        public static final String SENIOR_MANAGER = "{\"username\": \"senior.manager\", \"fullName\": "
                + "\"Chris Example\", \"designation\": \"Senior Manager\", \"team\": null}";
        public static final String HEAD_OF_SERVICE = "{\"username\": \"head.of.service\", \"fullName\": "
                + "\"Pat Example\", \"designation\": \"Head of Service\", \"team\": null}";
        public static final String IRO = "{\"username\": \"iro.one\", \"fullName\": \"Robin Example\", "
                + "\"designation\": \"Independent Reviewing Officer\", \"team\": null}";

        private Examples() {
        }
    }

    /** Someone the service knows only by username: the other fields stay null, as the schema says they may. */
    public static Person known(String username) {
        return username == null ? null : new Person(username, null, null, null);
    }
}
