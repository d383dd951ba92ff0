package dev.rebound.projections.common;

import dev.rebound.api.improvement.WeaknessStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.rebound.projections.common.WeaknessStatusRule.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

class WeaknessStatusRuleTest {

    private static final Instant MENTION = Instant.parse("2026-03-10T15:00:00Z");

    @Test
    void mentionedAndNothingDoneIsOpen() {
        assertThat(statusOf(MENTION, null, List.of(MENTION), List.of())).isEqualTo(WeaknessStatus.OPEN);
    }

    @Test
    void practiceBeforeTheLastMentionLeavesItOpen() {
        assertThat(statusOf(MENTION, null, List.of(MENTION), List.of(LocalDate.parse("2026-03-09"))))
                .isEqualTo(WeaknessStatus.OPEN);
    }

    @Test
    void practiceOnOrAfterTheDayOfTheLastMentionIsImproving() {
        assertThat(statusOf(MENTION, null, List.of(), List.of(LocalDate.parse("2026-03-10"))))
                .isEqualTo(WeaknessStatus.IMPROVING);
        assertThat(statusOf(MENTION, null, List.of(), List.of(LocalDate.parse("2026-04-01"))))
                .isEqualTo(WeaknessStatus.IMPROVING);
    }

    @Test
    void threeLaterEvaluationsWithoutItAddressIt() {
        List<Instant> evaluations = List.of(MENTION, MENTION.plusSeconds(1), MENTION.plusSeconds(2),
                MENTION.plusSeconds(3));
        assertThat(statusOf(MENTION, null, evaluations, List.of())).isEqualTo(WeaknessStatus.ADDRESSED);
    }

    @Test
    void twoLaterEvaluationsAreNotEnough() {
        List<Instant> evaluations = List.of(MENTION.minusSeconds(9), MENTION, MENTION.plusSeconds(1),
                MENTION.plusSeconds(2));
        assertThat(statusOf(MENTION, null, evaluations, List.of(LocalDate.parse("2026-03-11"))))
                .isEqualTo(WeaknessStatus.IMPROVING);
    }

    @Test
    void markedAddressedAfterTheLastMentionIsAddressed() {
        assertThat(statusOf(MENTION, MENTION.plusSeconds(60), List.of(), List.of()))
                .isEqualTo(WeaknessStatus.ADDRESSED);
    }

    @Test
    void aMentionAfterTheMarkReopensIt() {
        assertThat(statusOf(MENTION, MENTION.minusSeconds(60), List.of(), List.of()))
                .isEqualTo(WeaknessStatus.OPEN);
    }

    @Test
    void practisedButNeverMentionedIsImproving() {
        assertThat(statusOf(null, null, List.of(), List.of(LocalDate.parse("2026-03-01"))))
                .isEqualTo(WeaknessStatus.IMPROVING);
    }
}
