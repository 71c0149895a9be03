package io.casework.backbone.rest;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class PatternLengthsTest {

    @Test
    @DisplayName("the longest match of the suite's parameter patterns is the length their values can have")
    void boundedPatterns() {
        assertThat(PatternLengths.longestMatch(RequestParams.UUID_PATTERN)).hasValue(36);
        assertThat(PatternLengths.longestMatch(RequestParams.DATE_PATTERN)).hasValue(10);
        assertThat(PatternLengths.longestMatch(PageCursor.PATTERN)).hasValue(PageCursor.MAX_LENGTH);
        assertThat(PatternLengths.longestMatch("[a-z0-9][a-z0-9._-]{0,99}")).hasValue(100);
        assertThat(PatternLengths.longestMatch("SERVICE_AREA|TEAM|STAFF_MEMBER")).hasValue(12);
        assertThat(PatternLengths.longestMatch("^(?:ab|c)?d{2}$")).hasValue(4);
        assertThat(PatternLengths.longestMatch("[]a]x")).hasValue(2);
    }

    @Test
    @DisplayName("a pattern with unbounded repetition has no longest match")
    void unboundedPatterns() {
        assertThat(PatternLengths.longestMatch("a+")).isEqualTo(OptionalInt.empty());
        assertThat(PatternLengths.longestMatch("[a-z]*")).isEqualTo(OptionalInt.empty());
        assertThat(PatternLengths.longestMatch("x{2,}")).isEqualTo(OptionalInt.empty());
        assertThat(PatternLengths.longestMatch("(unclosed")).isEqualTo(OptionalInt.empty());
    }
}
