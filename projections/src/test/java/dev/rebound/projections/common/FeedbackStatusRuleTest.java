package dev.rebound.projections.common;

import dev.rebound.api.application.FeedbackStatus;
import org.junit.jupiter.api.Test;

import static dev.rebound.projections.common.FeedbackStatusRule.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

class FeedbackStatusRuleTest {

    @Test
    void noRequestIsNone() {
        assertThat(statusOf(false, false, false, 0, 0)).isEqualTo(FeedbackStatus.NONE);
    }

    @Test
    void anOpenRequestIsRequested() {
        assertThat(statusOf(false, false, false, 1, 0)).isEqualTo(FeedbackStatus.REQUESTED);
    }

    @Test
    void onlyATimeoutOfTheLatestRequestIsTimedOut() {
        assertThat(statusOf(false, false, false, 1, 1)).isEqualTo(FeedbackStatus.TIMED_OUT);
        assertThat(statusOf(false, false, false, 2, 1)).isEqualTo(FeedbackStatus.REQUESTED);
        assertThat(statusOf(false, false, false, 2, 2)).isEqualTo(FeedbackStatus.TIMED_OUT);
    }

    @Test
    void declinedWinsOverATimeout() {
        assertThat(statusOf(false, false, true, 1, 1)).isEqualTo(FeedbackStatus.DECLINED);
    }

    @Test
    void receivedWinsOverADeclineAndATimeout() {
        assertThat(statusOf(false, true, true, 2, 2)).isEqualTo(FeedbackStatus.RECEIVED);
    }

    @Test
    void evaluatedWinsOverEverything() {
        assertThat(statusOf(true, true, true, 2, 2)).isEqualTo(FeedbackStatus.EVALUATED);
    }
}
