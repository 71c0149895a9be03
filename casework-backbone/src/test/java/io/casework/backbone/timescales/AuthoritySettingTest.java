package io.casework.backbone.timescales;

import io.casework.timescales.Authorities;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthoritySettingTest {

    private static final Set<String> KNOWN = Set.of(Authorities.TRAFFORD, Authorities.ROCHDALE,
            Authorities.LCS_PRACTICE_GUIDE, Authorities.HERTFORDSHIRE);

    @Test
    @DisplayName("DOMAIN 18: a configured authority with a rule set is accepted, surrounding spaces ignored")
    void accepted() {
        assertThat(AuthoritySetting.require(Optional.of("rochdale"), KNOWN)).isEqualTo(Authorities.ROCHDALE);
        assertThat(AuthoritySetting.require(Optional.of(" trafford "), KNOWN)).isEqualTo(Authorities.TRAFFORD);
    }

    @Test
    @DisplayName("DOMAIN 18: no authority, or a blank one, refuses to start, naming the setting and every authority")
    void missing() {
        for (Optional<String> unset : List.of(Optional.<String>empty(), Optional.of("  "))) {
            assertThatThrownBy(() -> AuthoritySetting.require(unset, KNOWN))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("CASEWORK_AUTHORITY")
                    .hasMessageContaining("casework.timescales.authority")
                    .hasMessageContaining("hertfordshire, lcs-practice-guide, rochdale, trafford");
        }
    }

    @Test
    @DisplayName("DOMAIN 18: an authority without a rule set refuses to start, naming what was set and what is available")
    void unknown() {
        assertThatThrownBy(() -> AuthoritySetting.require(Optional.of("rochdal"), KNOWN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'rochdal'")
                .hasMessageContaining("CASEWORK_AUTHORITY")
                .hasMessageContaining("hertfordshire, lcs-practice-guide, rochdale, trafford");
    }
}
