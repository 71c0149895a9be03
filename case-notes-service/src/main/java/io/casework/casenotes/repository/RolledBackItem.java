package io.casework.casenotes.repository;

import io.casework.casenotes.domain.rollback.RolledBackKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A pathway step or step entry a roll-back moved out of the current record (table {@code rolled_back_item}, V23): the
 * item itself is untouched and still held; this mark says which roll-back moved it and, once re-added, the step that
 * carries its content now.
 */
@Entity
@Table(name = "rolled_back_item")
@IdClass(RolledBackItem.Key.class)
public class RolledBackItem {

    /** The mark's key: the roll-back, the kind and the item. */
    public static class Key implements Serializable {
        UUID rollBackId;
        RolledBackKind kind;
        UUID itemId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(rollBackId, key.rollBackId) && kind == key.kind
                    && Objects.equals(itemId, key.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rollBackId, kind, itemId);
        }
    }

    @Id
    @Column(name = "roll_back_id", updatable = false)
    private UUID rollBackId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private RolledBackKind kind;

    @Id
    @Column(name = "item_id", updatable = false)
    private UUID itemId;

    @Column(name = "child_id", nullable = false, updatable = false)
    private UUID childId;

    @Column(name = "step_id", updatable = false)
    private UUID stepId;

    @Column(name = "re_added_as")
    private UUID reAddedAs;

    @Column(name = "re_added_by")
    private String reAddedBy;

    @Column(name = "re_added_at")
    private Instant reAddedAt;

    protected RolledBackItem() {
        // for Hibernate
    }

    public static RolledBackItem step(UUID rollBackId, UUID childId, UUID stepId) {
        RolledBackItem item = new RolledBackItem();
        item.rollBackId = rollBackId;
        item.kind = RolledBackKind.PATHWAY_STEP;
        item.itemId = stepId;
        item.childId = childId;
        return item;
    }

    public static RolledBackItem entry(UUID rollBackId, UUID childId, UUID stepId, UUID entryId) {
        RolledBackItem item = new RolledBackItem();
        item.rollBackId = rollBackId;
        item.kind = RolledBackKind.PATHWAY_STEP_ENTRY;
        item.itemId = entryId;
        item.childId = childId;
        item.stepId = stepId;
        return item;
    }

    /** The step {@code as} now carries this step's content (re-added by {@code by}). */
    public void reAdded(UUID as, String by, Instant at) {
        if (kind != RolledBackKind.PATHWAY_STEP || reAddedAs != null) {
            throw new IllegalStateException("item " + itemId + " cannot be re-added");
        }
        reAddedAs = as;
        reAddedBy = by;
        reAddedAt = at;
    }

    public UUID getRollBackId() {
        return rollBackId;
    }

    public RolledBackKind getKind() {
        return kind;
    }

    public UUID getItemId() {
        return itemId;
    }

    public UUID getChildId() {
        return childId;
    }

    public UUID getStepId() {
        return stepId;
    }

    public UUID getReAddedAs() {
        return reAddedAs;
    }

    public String getReAddedBy() {
        return reAddedBy;
    }

    public Instant getReAddedAt() {
        return reAddedAt;
    }
}
