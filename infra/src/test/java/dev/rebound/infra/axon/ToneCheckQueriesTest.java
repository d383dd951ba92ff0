package dev.rebound.infra.axon;

import dev.rebound.api.common.ToneIssue;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.tone.query.CheckTone;
import dev.rebound.api.tone.query.ToneWarnings;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The tone check as a query: a screen sees the very warnings that recording the message would record. */
class ToneCheckQueriesTest {

    private final QueryGateway queries = gateway();

    private static QueryGateway gateway() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new ToneCheckQueries()).subscribe(bus);
        return DefaultQueryGateway.builder().queryBus(bus).build();
    }

    @Test
    void answersTheWarningsOfAHarshMessageInTheOrderOfTheText() {
        ToneWarnings warnings = queries.query(new CheckTone("That was unfair and a waste of my time."),
                ToneWarnings.class).join();

        assertThat(warnings.items()).extracting(ToneWarning::issue, ToneWarning::phrase)
                .containsExactly(tuple(ToneIssue.BLAMING, "unfair"),
                        tuple(ToneIssue.HOSTILE, "waste of my time"));
        assertThat(warnings.items()).allSatisfy(warning -> assertThat(warning.advice()).isNotBlank());
    }

    @Test
    void answersNoWarningForAFriendlyOrEmptyText() {
        assertThat(queries.query(new CheckTone("Thank you for your time."), ToneWarnings.class).join().items())
                .isEmpty();
        assertThat(queries.query(new CheckTone(null), ToneWarnings.class).join().items()).isEmpty();
    }

    @Test
    void cannotCheckATextLongerThanAMessage() {
        assertThatThrownBy(() -> new CheckTone("a".repeat(CheckTone.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
