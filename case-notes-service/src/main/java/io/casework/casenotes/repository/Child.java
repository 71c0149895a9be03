package io.casework.casenotes.repository;

import io.casework.backbone.access.Restriction;
import io.casework.casenotes.domain.record.Address;
import io.casework.casenotes.domain.record.Birth;
import io.casework.casenotes.domain.record.ChildDetails;
import io.casework.casenotes.domain.record.ChildIdentifier;
import io.casework.casenotes.domain.record.FieldChange;
import io.casework.casenotes.domain.record.HouseholdMember;
import io.casework.casenotes.domain.record.NameMatching;
import io.casework.casenotes.domain.record.RecordRules;
import io.casework.casenotes.domain.record.RecordValues;
import io.casework.casenotes.domain.record.School;
import io.casework.casenotes.domain.record.SignificantPerson;
import io.casework.contracts.PlanType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The child's record as it stands now (table {@code child}): one row, read in one go. Opened by {@link #register};
 * changed only by the named transitions ({@link #correct}, {@link #recordBirth}, {@link #allocate},
 * {@link #appointIro}, {@link #restrict}), each of which answers the fields it changed, as they were and as they became, for the
 * record's history ({@link ChildRecordChange}), and raises {@link #getVersion() the version} (the record's ETag) when
 * anything changed, so that no change can leave an If-Match that named the old record still matching.
 */
@Entity
@Table(name = "child")
public class Child {

    /** 002 s.6: what an unborn child's ethnicity, religion and gender are recorded as, and any not given. */
    public static final String NOT_YET_OBTAINED = RecordRules.NOT_YET_OBTAINED;

    @Id
    private UUID id;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "middle_names")
    private String middleNames;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "preferred_name")
    private String preferredName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(nullable = false)
    private boolean unborn;

    @Column(name = "expected_date_of_birth")
    private LocalDate expectedDateOfBirth;

    @Column(nullable = false)
    private String gender;

    @Column(nullable = false)
    private String ethnicity;

    @Column(nullable = false)
    private String religion;

    private String language;

    @Column(name = "interpreter_needed")
    private Boolean interpreterNeeded;

    @Column(name = "immigration_status")
    private String immigrationStatus;

    private String nationality;

    private Boolean disabled;

    @Column(name = "disability_details")
    private String disabilityDetails;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<ChildIdentifier> identifiers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Address> addresses;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<HouseholdMember> household;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "significant_people", nullable = false, columnDefinition = "jsonb")
    private List<SignificantPerson> significantPeople;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<School> schools;

    /** Every word of every name, as a name search finds it ({@link NameMatching#searchWords}). */
    @Column(name = "search_names", nullable = false)
    private String searchNames;

    /** How each of those words sounds ({@link NameMatching#searchSounds}). */
    @Column(name = "search_sounds", nullable = false)
    private String searchSounds;

    @Column(nullable = false)
    private String authority;

    @Column(nullable = false)
    private String team;

    @Column(name = "allocated_worker", nullable = false)
    private String allocatedWorker;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type", nullable = false)
    private PlanType planType;

    @Column(name = "plan_start_date", nullable = false)
    private LocalDate planStartDate;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** Raised by every change of the record's own facts: its ETag, see Preconditions. */
    @Column(nullable = false)
    private long version;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    /** The IRO assigned to review the child's plan, or null. */
    private String iro;

    /** Whether the head of service restricted the record, and how (001 "Restricted Records"). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Restriction restriction = Restriction.NONE;

    protected Child() {
        // for Hibernate
    }

    /**
     * Opens the record of the child {@code details} describe, in {@code team} of {@code authority}, allocated to
     * {@code allocatedWorker}, at version 1. For an unborn child gender, ethnicity and religion are not known yet,
     * whatever was given (002 s.6); for any child, one not given is recorded as not yet obtained.
     */
    public static Child register(ChildDetails details, boolean unborn, PlanType planType, LocalDate planStartDate,
                                 String authority, String team, String allocatedWorker, String registeredBy,
                                 Instant registeredAt) {
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.unborn = unborn;
        child.apply(details);
        child.authority = authority;
        child.team = team;
        child.allocatedWorker = allocatedWorker;
        child.planType = planType;
        child.planStartDate = planStartDate;
        child.registeredBy = registeredBy;
        child.registeredAt = registeredAt;
        child.version = 1;
        return child;
    }

    /** Everything the record was opened with, as the first entry of its history. */
    public List<FieldChange> opening() {
        return RecordValues.changes(Map.of(), recordFields());
    }

    /**
     * The details are corrected or completed: they replace the record's (the unborn rule of 002 s.6 applied).
     *
     * @return what changed; nothing (and the version stays) when they say what the record says
     */
    public List<FieldChange> correct(ChildDetails details) {
        return change(() -> apply(details));
    }

    /**
     * The unborn child was born (002 s.6): the date of birth replaces the expected one, which the history keeps,
     * and the equality details and any new names are recorded.
     *
     * @throws IllegalStateException when the child's birth is recorded already
     */
    public List<FieldChange> recordBirth(Birth birth) {
        if (!unborn) {
            throw new IllegalStateException("the birth of child " + id + " is recorded already");
        }
        return change(() -> {
            unborn = false;
            ChildDetails now = details();
            apply(new ChildDetails(or(birth.givenName(), now.givenName()), or(birth.middleNames(), now.middleNames()),
                    or(birth.familyName(), now.familyName()), or(birth.preferredName(), now.preferredName()),
                    birth.dateOfBirth(), null, birth.gender(), birth.ethnicity(), birth.religion(), now.language(),
                    now.interpreterNeeded(), now.immigrationStatus(), now.nationality(), now.disabled(),
                    now.disabilityDetails(), now.identifiers(), now.addresses(), now.household(),
                    now.significantPeople(), now.schools()));
        });
    }

    /** The case is allocated to {@code worker} of {@code team}: a transfer when the team is another. */
    public List<FieldChange> allocate(String team, String worker) {
        return change(() -> {
            this.team = team;
            this.allocatedWorker = worker;
        });
    }

    /** {@code iro} is appointed to review the child's plan; null ends the appointment. */
    public List<FieldChange> appointIro(String iro) {
        return change(() -> this.iro = iro);
    }

    /**
     * The head of service restricts the record ({@code ADOPTION} or {@code OTHER}) or lifts the restriction
     * ({@code NONE}): DOMAIN.md rule 9. Not one of the record's fields a worker reads, so not in its opening.
     *
     * @return the change, or nothing (and the version stays) when the record is restricted so already
     */
    public List<FieldChange> restrict(Restriction to) {
        if (to == restriction) {
            return List.of();
        }
        FieldChange change = new FieldChange("restriction", restriction.name(), to.name());
        restriction = to;
        version++;
        return List.of(change);
    }

    /** The details as a worker reads and corrects them. */
    public ChildDetails details() {
        return new ChildDetails(givenName, middleNames, familyName, preferredName, dateOfBirth, expectedDateOfBirth,
                gender, ethnicity, religion, language, interpreterNeeded, immigrationStatus, nationality, disabled,
                disabilityDetails, identifiers, addresses, household, significantPeople, schools);
    }

    public String displayName() {
        return givenName + " " + familyName;
    }

    private List<FieldChange> change(Runnable transition) {
        Map<String, Object> before = recordFields();
        transition.run();
        List<FieldChange> changes = RecordValues.changes(before, recordFields());
        if (!changes.isEmpty()) {
            version++;
        }
        return changes;
    }

    // Every field the history names: the details, whether unborn, who holds the case and who reviews it.
    private Map<String, Object> recordFields() {
        Map<String, Object> fields = new LinkedHashMap<>(details().fields());
        fields.put("unborn", unborn);
        fields.put("team", team);
        fields.put("allocatedWorker", allocatedWorker);
        fields.put("iro", iro);
        return fields;
    }

    private void apply(ChildDetails details) {
        ChildDetails given = details.withEqualityDetails(equalityDetail(details.gender()),
                equalityDetail(details.ethnicity()), equalityDetail(details.religion()));
        givenName = given.givenName();
        middleNames = given.middleNames();
        familyName = given.familyName();
        preferredName = given.preferredName();
        dateOfBirth = given.dateOfBirth();
        expectedDateOfBirth = given.expectedDateOfBirth();
        gender = given.gender();
        ethnicity = given.ethnicity();
        religion = given.religion();
        language = given.language();
        interpreterNeeded = given.interpreterNeeded();
        immigrationStatus = given.immigrationStatus();
        nationality = given.nationality();
        disabled = given.disabled();
        disabilityDetails = given.disabilityDetails();
        identifiers = given.identifiers();
        addresses = given.addresses();
        household = given.household();
        significantPeople = given.significantPeople();
        schools = given.schools();
        searchNames = NameMatching.searchWords(givenName, middleNames, familyName, preferredName);
        searchSounds = NameMatching.searchSounds(givenName, middleNames, familyName, preferredName);
    }

    private String equalityDetail(String given) {
        return unborn || given == null ? NOT_YET_OBTAINED : given;
    }

    private static String or(String given, String kept) {
        return given == null || given.isBlank() ? kept : given;
    }

    public UUID getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getMiddleNames() {
        return middleNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public boolean isUnborn() {
        return unborn;
    }

    public LocalDate getExpectedDateOfBirth() {
        return expectedDateOfBirth;
    }

    public String getGender() {
        return gender;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getReligion() {
        return religion;
    }

    public String getLanguage() {
        return language;
    }

    public Boolean getInterpreterNeeded() {
        return interpreterNeeded;
    }

    public String getImmigrationStatus() {
        return immigrationStatus;
    }

    public String getNationality() {
        return nationality;
    }

    public Boolean getDisabled() {
        return disabled;
    }

    public String getDisabilityDetails() {
        return disabilityDetails;
    }

    public List<ChildIdentifier> getIdentifiers() {
        return identifiers;
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    public List<HouseholdMember> getHousehold() {
        return household;
    }

    public List<SignificantPerson> getSignificantPeople() {
        return significantPeople;
    }

    public List<School> getSchools() {
        return schools;
    }

    public String getAuthority() {
        return authority;
    }

    public String getTeam() {
        return team;
    }

    public String getAllocatedWorker() {
        return allocatedWorker;
    }

    public PlanType getPlanType() {
        return planType;
    }

    public LocalDate getPlanStartDate() {
        return planStartDate;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public String getIro() {
        return iro;
    }

    public Restriction getRestriction() {
        return restriction;
    }
}
