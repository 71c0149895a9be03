package io.casework.approvals.repository;

import io.casework.approvals.domain.ManagementRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.Locale;

/**
 * One entry of the catalogue of decisions that need approval, with the seed it comes from (table
 * {@code decision_kind}). Reference data: the catalogue is written by the migrations from the seed policies and
 * read here, never created or changed by the service, so the entity has neither a factory nor transitions, and is
 * immutable to Hibernate.
 */
@Entity
@Immutable
@Table(name = "decision_kind")
public class DecisionKind {

    @Id
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false)
    private ManagementRole decidedBy;

    @Column(nullable = false)
    private String description;

    @Column(name = "source_document", nullable = false)
    private String sourceDocument;

    @Column(name = "source_section", nullable = false)
    private String sourceSection;

    @Column(name = "source_quote", nullable = false)
    private String sourceQuote;

    private String reading;

    @Column(name = "timescale_rule")
    private String timescaleRule;

    /** Whether the decision must give its reasons whatever the outcome, not only when it returns work. */
    @Column(name = "reasons_required", nullable = false)
    private boolean reasonsRequired;

    protected DecisionKind() {
        // for Hibernate
    }

    /** The kind as a notification names it: {@code STATUTORY_VISIT_OVERSIGHT} is "Statutory visit oversight". */
    public String title() {
        String words = kind.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String getKind() {
        return kind;
    }

    public ManagementRole getDecidedBy() {
        return decidedBy;
    }

    public String getDescription() {
        return description;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public String getSourceSection() {
        return sourceSection;
    }

    public String getSourceQuote() {
        return sourceQuote;
    }

    public String getReading() {
        return reading;
    }

    public String getTimescaleRule() {
        return timescaleRule;
    }

    public boolean isReasonsRequired() {
        return reasonsRequired;
    }
}
