package io.casework.casenotes.domain.record;

import java.time.LocalDate;
import java.util.List;

/**
 * A request that carries the child's details as fields of its own (registration, a correction): what it says, as the
 * record's {@link ChildDetails}.
 */
public interface ChildDetailsFields {

    String givenName();

    String middleNames();

    String familyName();

    String preferredName();

    LocalDate dateOfBirth();

    LocalDate expectedDateOfBirth();

    String gender();

    String ethnicity();

    String religion();

    String language();

    Boolean interpreterNeeded();

    String immigrationStatus();

    String nationality();

    Boolean disabled();

    String disabilityDetails();

    List<ChildIdentifier> identifiers();

    List<Address> addresses();

    List<HouseholdMember> household();

    List<SignificantPerson> significantPeople();

    List<School> schools();

    default ChildDetails details() {
        return new ChildDetails(givenName(), middleNames(), familyName(), preferredName(), dateOfBirth(),
                expectedDateOfBirth(), gender(), ethnicity(), religion(), language(), interpreterNeeded(),
                immigrationStatus(), nationality(), disabled(), disabilityDetails(), identifiers(), addresses(),
                household(), significantPeople(), schools());
    }
}
