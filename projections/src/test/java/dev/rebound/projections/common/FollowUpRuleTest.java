package dev.rebound.projections.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.rebound.projections.common.FollowUpRule.dueAt;
import static org.assertj.core.api.Assertions.assertThat;

class FollowUpRuleTest {

    private static final Instant SENT = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void isDueAWeekAfterTheFirstRequest() {
        assertThat(dueAt(SENT, 1, false, false, false)).isEqualTo(Instant.parse("2026-03-08T09:00:00Z"));
    }

    @Test
    void noFirstRequestNoFollowUp() {
        assertThat(dueAt(null, 0, false, false, false)).isNull();
    }

    @Test
    void theSecondRequestFeedbackOrADeclineCloseIt() {
        assertThat(dueAt(SENT, 2, false, false, false)).isNull();
        assertThat(dueAt(SENT, 1, true, false, false)).isNull();
        assertThat(dueAt(SENT, 1, false, true, false)).isNull();
    }

    @Test
    void doNotContactHidesIt() {
        assertThat(dueAt(SENT, 1, false, false, true)).isNull();
    }
}
