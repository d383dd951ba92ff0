package dev.rebound.domain.policy;

import dev.rebound.api.catalogue.FeedbackQuestion;
import dev.rebound.api.catalogue.FeedbackQuestionCatalogue;
import dev.rebound.api.common.ToneIssue;
import dev.rebound.api.common.ToneWarning;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.rebound.api.common.ToneIssue.BLAMING;
import static dev.rebound.api.common.ToneIssue.DEFENSIVE;
import static dev.rebound.api.common.ToneIssue.DEMANDING_JUSTIFICATION;
import static dev.rebound.api.common.ToneIssue.HOSTILE;
import static dev.rebound.api.common.ToneIssue.INSULT;
import static dev.rebound.api.common.ToneIssue.SHOUTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ToneCheckTest {

    private final ToneCheck toneCheck = ToneCheck.standard();

    private List<ToneWarning> check(String text) {
        return toneCheck.check(text);
    }

    /** Asserts the exact warnings, in order, by issue and quoted phrase; advice is checked on its own. */
    private void assertWarnings(String text, Object... issuesAndPhrases) {
        Tuple[] expected = new Tuple[issuesAndPhrases.length / 2];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = tuple(issuesAndPhrases[2 * i], issuesAndPhrases[2 * i + 1]);
        }
        assertThat(check(text)).extracting(ToneWarning::issue, ToneWarning::phrase).containsExactly(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t "})
    void reportsNothingForMissingOrBlankText(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thank you for your time and the fair process.",
            "I understand the decision.",
            "I'd appreciate any advice on my weak areas.",
            "Could you share what I could improve?",
            "In my last role I wrote SQL every day and ran our services on AWS.",
            "The technical round was fairly demanding, and I enjoyed it.",
            "Thank you for an unbiased, well-organised panel; the feedback was not unfair at all.",
            "Leaving the company was a prudent choice; I now build crude-oil pricing models.",
            "I hope it isn't rude to ask: would you keep me in mind for future openings?",
            "I don't mean to be rude, but may I follow up next month?",
            "I don't want to waste your time, so just one short question.",
            "You should have received my portfolio by now; please tell me if it is missing.",
            "I will report back once I have practised the case interview.",
            "I will pursue the certification you mentioned.",
            "I admire NASA's work and enjoyed your CEO's talk; please reply ASAP if a role opens.",
            "I met the HR team and the IT lead, and we discussed HTML, JSON and REST APIs.",
            "We used AWS SQL API tooling.",
            "Thank you so much!",
            "I was not the strongest candidate this time, and that is fine.",
            "Your interview questions were excellent.",
    })
    void acceptsPoliteText(String text) {
        assertThat(check(text)).isEmpty();
    }

    @Test
    void acceptsAPoliteThankYouNote() {
        String note = """
                Dear Ms. Okafor,

                Thank you for letting me know, and for the time you and the panel gave me. I understand the
                decision. If you could share what I could improve, in particular in the system-design round,
                I would be grateful. I enjoyed meeting the team and would love to be kept in mind for future
                openings.

                Kind regards,
                Sam
                """;

        assertThat(check(note)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            That was unfair.                                  | unfair
            I was treated unfairly.                           | unfairly
            The unfairness of it stings.                      | unfairness
            It's not fair.                                    | not fair
            It wasn't really fair to me.                      | wasn't really fair
            You should have asked me about my Python work.    | You should have
            You shouldn't have cut the interview short.       | You shouldn't have
            The panel was biased.                             | biased
            This feels like discrimination.                   | discrimination
            I was discriminated against.                      | discriminated
            You never gave me a fair chance.                  | never gave me a fair chance
            """)
    void flagsBlamingLanguage(String text, String phrase) {
        assertWarnings(text, BLAMING, phrase);
    }

    @Test
    void flagsBlamingTheInterviewer() {
        assertWarnings("Your interviewer was rude and clueless.",
                BLAMING, "Your interviewer was", INSULT, "rude", INSULT, "clueless");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The take-home task was ridiculous.                | ridiculous
            The whole process was a waste of my time.         | waste of my time
            Five rounds were a waste of time.                 | waste of time
            You wasted my time.                               | wasted my time
            I'm done with you people.                         | you people
            I will report you to the labour board.            | I will report
            I'll sue.                                         | I'll sue
            I am going to report this.                        | I am going to report
            I am considering legal action.                    | legal action
            My lawyer will be in touch.                       | My lawyer
            Your loss.                                        | Your loss
            """)
    void flagsHostileLanguage(String text, String phrase) {
        assertWarnings(text, HOSTILE, phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Your recruiter is incompetent.                    | incompetent
            The hiring manager seemed clueless.               | clueless
            Only idiots would pass on me.                     | idiots
            What an idiot.                                    | idiot
            That was a stupid question.                       | stupid
            The recruiter was rude to me.                     | rude
            """)
    void flagsInsults(String text, String phrase) {
        assertWarnings(text, INSULT, phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I clearly had the skills for this role.           | I clearly had the skills
            I obviously have the relevant experience.         | I obviously have the relevant experience
            I was clearly the best candidate.                 | I was clearly the best
            I obviously was the best fit.                     | I obviously was the best
            I'm more qualified than whoever you hired.        | more qualified than
            I deserved the job.                               | I deserved the job
            Could you reconsider your decision?               | reconsider your decision
            """)
    void flagsDefensiveArguments(String text, String phrase) {
        assertWarnings(text, DEFENSIVE, phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Why didn't I get the job?                         | Why didn't I get the job
            Why did I not get the offer?                      | Why did I not get the offer
            I'd like to know why I didn't get the role.       | why I didn't get the role
            Why was I rejected?                               | Why was I rejected
            Why wasn't I selected?                            | Why wasn't I selected
            Why did you reject me?                            | Why did you reject me
            Why did you turn me down?                         | Why did you turn me down
            Why not me?                                       | Why not me
            Please justify your decision.                     | justify your decision
            """)
    void flagsDemandsForJustification(String text, String phrase) {
        assertWarnings(text, DEMANDING_JUSTIFICATION, phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            This is UNACCEPTABLE.                             | UNACCEPTABLE
            I am VERY disappointed.                           | VERY
            I AM VERY DISAPPOINTED.                           | I AM VERY DISAPPOINTED
            It is NOT FOR ME to say, but thanks.              | NOT FOR ME
            Please   READ   MY   CV again.                    | READ   MY   CV
            """)
    void flagsShouting(String text, String phrase) {
        assertWarnings(text, SHOUTING, phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Thanks so much!!                                  | !!
            I could not believe it!!!                         | !!!
            """)
    void flagsRepeatedExclamationMarksAsShouting(String text, String phrase) {
        assertWarnings(text, SHOUTING, phrase);
    }

    @Test
    void aShoutedPhraseCarriesEveryIssueItHas() {
        assertWarnings("WHY DIDN'T I GET THE JOB?",
                SHOUTING, "WHY DIDN'T I GET THE JOB", DEMANDING_JUSTIFICATION, "WHY DIDN'T I GET THE JOB");
    }

    @Test
    void quotesThePhraseWithItsOriginalCasing() {
        assertWarnings("That was UnFair, and Your Interviewer Was late.",
                BLAMING, "UnFair", BLAMING, "Your Interviewer Was");
    }

    static Stream<Arguments> curlyApostrophesAndVariedWhitespace() {
        return Stream.of(
                Arguments.of("Why didn’t I get the job?", DEMANDING_JUSTIFICATION, "Why didn’t I get the job"),
                Arguments.of("Why  didn't\nI get\tthe job?", DEMANDING_JUSTIFICATION, "Why  didn't\nI get\tthe job"),
                Arguments.of("It wasn’t fair.", BLAMING, "wasn’t fair"),
                Arguments.of("you should’ve told me", BLAMING, "you should’ve"),
                Arguments.of("I’ll\u00a0sue.", HOSTILE, "I’ll\u00a0sue"),
                Arguments.of("a waste\n of my\r\ntime", HOSTILE, "waste\n of my\r\ntime"),
                Arguments.of("I’m clearly the best candidate.", DEFENSIVE, "I’m clearly the best"));
    }

    @ParameterizedTest
    @MethodSource("curlyApostrophesAndVariedWhitespace")
    void toleratesCurlyApostrophesAndVariedWhitespace(String text, ToneIssue issue, String phrase) {
        assertWarnings(text, issue, phrase);
    }

    @Test
    void ordersWarningsByPositionInTheText() {
        assertWarnings("Why didn't I get the job? Your interviewer was rude, it was unfair and a waste of my time!!",
                DEMANDING_JUSTIFICATION, "Why didn't I get the job",
                BLAMING, "Your interviewer was",
                INSULT, "rude",
                BLAMING, "unfair",
                HOSTILE, "waste of my time",
                SHOUTING, "!!");
    }

    @Test
    void reportsEachSpanOncePerIssue() {
        assertWarnings("UNFAIR. Unfair, unfair!",
                BLAMING, "UNFAIR", SHOUTING, "UNFAIR", BLAMING, "Unfair", BLAMING, "unfair");
    }

    @Test
    void everyWarningQuotesTheTextAndSaysWhatToWriteInstead() {
        String text = "Why was I rejected? It's not fair. You people are incompetent, I clearly had the skills, "
                + "and this was RIDICULOUS!!";

        List<ToneWarning> warnings = check(text);

        assertThat(warnings).extracting(ToneWarning::issue).contains(ToneIssue.values());
        assertThat(warnings).allSatisfy(warning -> {
            assertThat(text).contains(warning.phrase());
            assertThat(warning.advice()).isNotBlank();
        });
    }

    static Stream<FeedbackQuestion> nonConstructiveQuestions() {
        return FeedbackQuestionCatalogue.questions().stream().filter(question -> !question.constructive());
    }

    static Stream<FeedbackQuestion> constructiveQuestions() {
        return FeedbackQuestionCatalogue.questions().stream().filter(FeedbackQuestion::constructive);
    }

    @ParameterizedTest
    @MethodSource("nonConstructiveQuestions")
    void flagsEveryNonConstructiveCatalogueQuestion(FeedbackQuestion question) {
        assertThat(check(question.text())).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("constructiveQuestions")
    void acceptsEveryConstructiveCatalogueQuestion(FeedbackQuestion question) {
        assertThat(check(question.text())).isEmpty();
    }
}
