package io.casework.visits.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A care leaver's keep-in-touch contact as its note's latest version says (004 "Recording KIT Visits": in touch, main
 * activity, accommodation), and the birthday that puts it on the SSDA903 return, if any.
 */
@Entity
@Table(name = "kit_contact")
public class KitContact {

    @Id
    @Column(name = "note_id")
    private UUID noteId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "contact_date", nullable = false)
    private LocalDate contactDate;

    @Column(name = "note_version", nullable = false)
    private int noteVersion;

    @Column(name = "in_touch", nullable = false)
    private boolean inTouch;

    @Column(name = "main_activity", nullable = false)
    private String mainActivity;

    @Column(nullable = false)
    private String accommodation;

    @Column(name = "ssda903_birthday")
    private Integer ssda903Birthday;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected KitContact() {
        // for Hibernate
    }

    public static KitContact of(UUID noteId, UUID childId, Instant at) {
        KitContact contact = new KitContact();
        contact.noteId = noteId;
        contact.childId = childId;
        contact.recordedAt = at;
        return contact;
    }

    /** The facts of the note's {@code version}, replacing those of an earlier one. */
    public void facts(int version, LocalDate date, boolean inTouch, String mainActivity, String accommodation,
                      Optional<Integer> ssda903Birthday) {
        this.noteVersion = version;
        this.contactDate = date;
        this.inTouch = inTouch;
        this.mainActivity = mainActivity;
        this.accommodation = accommodation;
        this.ssda903Birthday = ssda903Birthday.orElse(null);
    }

    public UUID getNoteId() {
        return noteId;
    }

    public UUID getChildId() {
        return childId;
    }

    public LocalDate getContactDate() {
        return contactDate;
    }

    public int getNoteVersion() {
        return noteVersion;
    }

    public boolean isInTouch() {
        return inTouch;
    }

    public String getMainActivity() {
        return mainActivity;
    }

    public String getAccommodation() {
        return accommodation;
    }

    public Optional<Integer> getSsda903Birthday() {
        return Optional.ofNullable(ssda903Birthday);
    }
}
