package io.casework.approvals.repository;

import io.casework.approvals.domain.ManagementRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the catalogue of decisions that need approval, with the seed it comes from. */
@Entity
@Table(name = "decision_kind")
public class DecisionKind extends PanacheEntityBase {

    @Id
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false)
    public ManagementRole decidedBy;

    @Column(nullable = false)
    public String description;

    @Column(name = "source_document", nullable = false)
    public String sourceDocument;

    @Column(name = "source_section", nullable = false)
    public String sourceSection;

    @Column(name = "source_quote", nullable = false)
    public String sourceQuote;

    public String reading;

    @Column(name = "timescale_rule")
    public String timescaleRule;
}
