package io.casework.casenotes.domain.record;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The child's basic record as a worker writes it (001 "The Basic Record", 002 s.6): names, dates of birth, the
 * equality details, language, status, disability, identifiers, and the people and places around the child. Whether
 * the child is unborn is not here: only recording the birth changes that ({@code Child.recordBirth}).
 *
 * <p>Lists are never null (an absent list is an empty one), so that "nothing recorded" has one form and a change from
 * absent to empty is no change.
 */
public record ChildDetails(
        String givenName,
        String middleNames,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth,
        String gender,
        String ethnicity,
        String religion,
        String language,
        Boolean interpreterNeeded,
        String immigrationStatus,
        String nationality,
        Boolean disabled,
        String disabilityDetails,
        List<ChildIdentifier> identifiers,
        List<Address> addresses,
        List<HouseholdMember> household,
        List<SignificantPerson> significantPeople,
        List<School> schools) {

    public ChildDetails {
        givenName = text(givenName);
        middleNames = text(middleNames);
        familyName = text(familyName);
        preferredName = text(preferredName);
        gender = text(gender);
        ethnicity = text(ethnicity);
        religion = text(religion);
        language = text(language);
        immigrationStatus = text(immigrationStatus);
        nationality = text(nationality);
        disabilityDetails = text(disabilityDetails);
        identifiers = list(identifiers);
        addresses = list(addresses);
        household = list(household);
        significantPeople = list(significantPeople);
        schools = list(schools);
    }

    /**
     * Every field by the name the API gives it, in the API's order: what a change is compared on, field by field, and
     * what the history names.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("givenName", givenName);
        fields.put("middleNames", middleNames);
        fields.put("familyName", familyName);
        fields.put("preferredName", preferredName);
        fields.put("dateOfBirth", dateOfBirth);
        fields.put("expectedDateOfBirth", expectedDateOfBirth);
        fields.put("gender", gender);
        fields.put("ethnicity", ethnicity);
        fields.put("religion", religion);
        fields.put("language", language);
        fields.put("interpreterNeeded", interpreterNeeded);
        fields.put("immigrationStatus", immigrationStatus);
        fields.put("nationality", nationality);
        fields.put("disabled", disabled);
        fields.put("disabilityDetails", disabilityDetails);
        fields.put("identifiers", identifiers);
        fields.put("addresses", addresses);
        fields.put("household", household);
        fields.put("significantPeople", significantPeople);
        fields.put("schools", schools);
        return fields;
    }

    /** The same details with the equality details given (an unborn child's are always not yet obtained). */
    public ChildDetails withEqualityDetails(String gender, String ethnicity, String religion) {
        return new ChildDetails(givenName, middleNames, familyName, preferredName, dateOfBirth, expectedDateOfBirth,
                gender, ethnicity, religion, language, interpreterNeeded, immigrationStatus, nationality, disabled,
                disabilityDetails, identifiers, addresses, household, significantPeople, schools);
    }

    // Surrounding spaces are never meant; an empty text is nothing recorded.
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
