package io.casework.approvals.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A team and who holds each post on its management line; null while a post is vacant (table {@code team}). Formed
 * by {@link #form} and changed only by {@link #reorganise}, which replaces its name, service area and whole line as
 * one new version stamped with who made the change and when. That each manager named holds the post is the
 * organisation service's to check, against the staff it holds.
 */
@Entity
@Table(name = "team")
public class Team extends Versioned {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "practice_manager")
    private String practiceManager;

    @Column(name = "team_manager")
    private String teamManager;

    @Column(name = "senior_manager")
    private String seniorManager;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_area")
    private ServiceArea serviceArea;

    protected Team() {
        // for Hibernate
    }

    /** A new team with its management line: version 1, formed by {@code by} at {@code at}. */
    public static Team form(String id, String name, ServiceArea serviceArea, String practiceManager,
                            String teamManager, String seniorManager, String by, Instant at) {
        Team team = new Team();
        team.id = id;
        team.reorganise(name, serviceArea, practiceManager, teamManager, seniorManager, by, at);
        return team;
    }

    /** The team's name, service area and whole management line are replaced; null leaves a post vacant. */
    public void reorganise(String name, ServiceArea serviceArea, String practiceManager, String teamManager,
                           String seniorManager, String by, Instant at) {
        this.name = name;
        this.serviceArea = serviceArea;
        this.practiceManager = practiceManager;
        this.teamManager = teamManager;
        this.seniorManager = seniorManager;
        changed(by, at);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPracticeManager() {
        return practiceManager;
    }

    public String getTeamManager() {
        return teamManager;
    }

    public String getSeniorManager() {
        return seniorManager;
    }

    public ServiceArea getServiceArea() {
        return serviceArea;
    }
}
