package io.casework.backbone.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** The first response given to a creating request sent with an Idempotency-Key. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    public Integer status;

    public String location;

    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Keys are scoped to the caller: two people may choose the same key without colliding. */
    @Embeddable
    public record Key(String principal, @Column(name = "idempotency_key") String idempotencyKey)
            implements Serializable {
    }
}
