package io.casework.approvals.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A senior manager's group of teams, under a head of service (table {@code service_area}). Formed by {@link #form}
 * and changed only by {@link #reorganise}, which replaces its name and head of service as one new version stamped
 * with who made the change and when. That the head of service holds the post is the organisation service's to check.
 */
@Entity
@Table(name = "service_area")
public class ServiceArea extends Versioned {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "head_of_service")
    private String headOfService;

    protected ServiceArea() {
        // for Hibernate
    }

    /** A new service area: version 1, formed by {@code by} at {@code at}. */
    public static ServiceArea form(String id, String name, String headOfService, String by, Instant at) {
        ServiceArea area = new ServiceArea();
        area.id = id;
        area.reorganise(name, headOfService, by, at);
        return area;
    }

    /** Its name and head of service are replaced; null leaves the post vacant. */
    public void reorganise(String name, String headOfService, String by, Instant at) {
        this.name = name;
        this.headOfService = headOfService;
        changed(by, at);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getHeadOfService() {
        return headOfService;
    }
}
