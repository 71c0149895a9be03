package io.casework.casenotes.domain;

import io.casework.contracts.DocumentType;
import io.casework.timescales.RuleSetRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypesTest {

    private static final RuleSetRegistry RULES = RuleSetRegistry.standard();

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    @DisplayName("003 Appendix A: the upload timescale a document type names is one that an authority's rule file "
            + "holds, so that the deadlines the event starts can be found")
    void uploadTimescaleIsInTheRules(DocumentType type) {
        type.uploadTimescale().ifPresent(id -> assertThat(RULES.authorities())
                .as(type + " names " + id)
                .anyMatch(authority -> RULES.findRule(authority, id).isPresent()));
    }
}
