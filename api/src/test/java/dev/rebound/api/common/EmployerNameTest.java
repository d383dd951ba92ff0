package dev.rebound.api.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmployerNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme Analytics, Inc.   | acme analytics",
            "  ACME analytics       | acme analytics",
            "Acme-Analytics LLC     | acme analytics",
            "Société Générale S.A.  | societe generale s a",
            "Ben & Jerry's          | ben and jerry s",
            "Company                | company",
            "Siemens AG             | siemens",
    })
    void normalizesCaseAccentsPunctuationAndLegalForms(String name, String expected) {
        assertThat(EmployerName.normalize(name)).isEqualTo(expected);
    }

    @Test
    void sameEmployerForTheSameCandidateHasTheSameId() {
        CandidateId candidate = CandidateId.random();
        assertThat(EmployerId.forCandidate(candidate, "Acme Analytics, Inc."))
                .isEqualTo(EmployerId.forCandidate(candidate, "acme analytics"));
    }

    @Test
    void sameEmployerNameForAnotherCandidateIsAnotherEmployer() {
        assertThat(EmployerId.forCandidate(CandidateId.random(), "Acme"))
                .isNotEqualTo(EmployerId.forCandidate(CandidateId.random(), "Acme"));
    }
}
