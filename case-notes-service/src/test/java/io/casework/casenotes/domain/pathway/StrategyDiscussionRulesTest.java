package io.casework.casenotes.domain.pathway;

import io.casework.casenotes.domain.pathway.StrategyDiscussionRules.NonCompliance;
import io.casework.casenotes.domain.pathway.StrategyDiscussionRules.Taking;
import io.casework.contracts.ParticipantAgency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StrategyDiscussionRulesTest {

    private static final Instant REFERRAL = Instant.parse("2026-12-18T16:40:00Z");
    private static final List<Taking> ALL_THREE = List.of(new Taking(ParticipantAgency.CHILDRENS_SOCIAL_CARE, true),
            new Taking(ParticipantAgency.POLICE, false), new Taking(ParticipantAgency.HEALTH, false));

    @Test
    @DisplayName("004 \"Strategy Discussions\": held 24 hours to the minute after the referral, over a weekend, with "
            + "a CSC manager, police and health, it is compliant; a minute later it is not")
    void twentyFourHours() {
        assertThat(StrategyDiscussionRules.nonCompliance(REFERRAL, Instant.parse("2026-12-19T16:40:00Z"),
                ALL_THREE)).isEmpty();
        assertThat(StrategyDiscussionRules.nonCompliance(REFERRAL, Instant.parse("2026-12-19T16:41:00Z"),
                ALL_THREE)).containsExactly(NonCompliance.HELD_AFTER_24_HOURS);
    }

    @Test
    @DisplayName("004 \"Strategy Discussions\": a social worker is not a CSC manager; police and health must each take "
            + "part; each missing one is its own reason")
    void whoTakesPart() {
        Instant held = REFERRAL.plusSeconds(3600);
        assertThat(StrategyDiscussionRules.nonCompliance(REFERRAL, held, List.of(
                new Taking(ParticipantAgency.CHILDRENS_SOCIAL_CARE, false),
                new Taking(ParticipantAgency.EDUCATION, true)))).containsExactly(NonCompliance.NO_CSC_MANAGER,
                        NonCompliance.NO_POLICE, NonCompliance.NO_HEALTH);
        assertThat(StrategyDiscussionRules.nonCompliance(REFERRAL, held, List.of(
                new Taking(ParticipantAgency.POLICE, true), new Taking(ParticipantAgency.HEALTH, false))))
                .containsExactly(NonCompliance.NO_CSC_MANAGER);
    }
}
