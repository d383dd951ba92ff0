package dev.rebound.api.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageTest {

    @Test
    void stagesRankFromScreeningToFinalWithOtherLowest() {
        assertThat(Stage.OTHER.rank()).isLessThan(Stage.SCREENING.rank());
        assertThat(Stage.SCREENING.rank()).isLessThan(Stage.TECHNICAL.rank());
        assertThat(Stage.TECHNICAL.rank()).isLessThan(Stage.ONSITE.rank());
        assertThat(Stage.ONSITE.rank()).isLessThan(Stage.PANEL.rank());
        assertThat(Stage.PANEL.rank()).isLessThan(Stage.FINAL.rank());
    }

    @Test
    void furthestOfTwoStagesIsTheHigherRankedOne() {
        assertThat(Stage.furthest(Stage.ONSITE, Stage.TECHNICAL)).isEqualTo(Stage.ONSITE);
        assertThat(Stage.furthest(Stage.OTHER, Stage.SCREENING)).isEqualTo(Stage.SCREENING);
        assertThat(Stage.furthest(null, Stage.PANEL)).isEqualTo(Stage.PANEL);
        assertThat(Stage.furthest(Stage.FINAL, null)).isEqualTo(Stage.FINAL);
    }
}
