package dev.rebound.domain.policy;

import dev.rebound.api.common.ToneIssue;
import dev.rebound.api.common.ToneWarning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.rebound.api.common.ToneIssue.BLAMING;
import static dev.rebound.api.common.ToneIssue.DEFENSIVE;
import static dev.rebound.api.common.ToneIssue.DEMANDING_JUSTIFICATION;
import static dev.rebound.api.common.ToneIssue.HOSTILE;
import static dev.rebound.api.common.ToneIssue.INSULT;
import static dev.rebound.api.common.ToneIssue.SHOUTING;

/**
 * Checks text a candidate sends to an employer (thank-you notes, follow-ups, free-text feedback questions) for the
 * language career advice warns against: blaming the employer or the interviewer, hostility, insults, arguing the
 * decision, shouting, and asking the employer to justify the decision.
 *
 * <p>The check only advises: it never blocks a message. Each warning quotes the phrase exactly as written, so that
 * a screen can highlight it, and says what to write instead. Warnings come in the order of the text; a span of text
 * is reported at most once per issue, but may carry several issues ("UNFAIR" is both blaming and shouting), because
 * each issue has its own advice.
 *
 * <p>Repeated exclamation marks ("!!") count as {@link ToneIssue#SHOUTING}, not as hostility: they turn up just as
 * often in over-eager friendly notes ("Thanks so much!!"), where calling them hostile would be wrong, and the
 * advice is the same either way.
 */
public final class ToneCheck {

    /**
     * Phrases as data. Each phrase is a regular expression in which a space stands for any run of whitespace and an
     * apostrophe for any apostrophe, straight or curly; it is matched as whole words, ignoring case.
     */
    private static final List<Rule> RULES = List.of(
            Rule.words(BLAMING,
                    "Leave fairness out of it: thank them for the process and ask what would make your next application"
                            + " stronger.",
                    // "not unfair" is a compliment, however clumsy.
                    "(?<!not\\s)unfair(?:ly|ness)?",
                    "(?:not|(?:is|was|were)n't) (?:really |very |entirely |quite |at all )?fair"),
            Rule.words(BLAMING,
                    "Don't tell them what they should have done; say what you learned, or ask what you could do"
                            + " differently.",
                    // "You should have received my portfolio" is logistics, not blame.
                    "you should(?:n't| not)?(?: have|'ve)(?! (?:received|got|gotten)\\b)"),
            Rule.words(BLAMING,
                    "Don't judge the interviewer; thank them for their time and ask for advice on your interviewing.",
                    "your interviewers? (?:was|were|is|are)"),
            Rule.words(BLAMING,
                    "Don't allege bias in a note to the employer; if you believe you were discriminated against, use a"
                            + " formal complaint channel or get advice.",
                    "bias(?:ed)?",
                    "discriminat\\w*"),
            Rule.words(BLAMING,
                    "Instead of saying you had no chance, ask what would make you a stronger candidate next time.",
                    "(?:didn't|did not|never) (?:give|gave) me a (?:fair |real |proper )?chance"),

            Rule.words(HOSTILE,
                    "Drop the verdict on their process; say you were disappointed and ask what you could improve.",
                    "ridiculous(?:ly)?",
                    "absurd",
                    "outrageous"),
            Rule.words(HOSTILE,
                    "Thank them for their time instead; the people who interviewed you spent theirs too.",
                    "waste of (?:my |our )?time",
                    "wasted (?:my|our) time"),
            Rule.words(HOSTILE,
                    "Address the person by name; \"you people\" reads as contempt.",
                    "you people"),
            Rule.words(HOSTILE,
                    "Leave threats out of it; if you have a real grievance, use a formal complaint channel or get legal"
                            + " advice.",
                    // "I will report back on my progress" is a promise, not a threat.
                    "I(?: will|'ll| am going to|'m going to| shall) (?:report(?! back)|sue)",
                    "legal action",
                    "my (?:lawyer|attorney)"),
            Rule.words(HOSTILE,
                    "Drop the parting shot; close by asking to be kept in mind for future openings.",
                    "your loss"),

            Rule.words(INSULT,
                    "Don't call anyone names; describe the specific thing you would like to understand, or leave it"
                            + " out.",
                    "incompeten(?:t|ce|cy)",
                    "clueless",
                    "idiot(?:s|ic)?",
                    "stupid(?:ity)?",
                    "moron(?:s|ic)?",
                    "pathetic"),
            Rule.words(INSULT,
                    "Don't label the people you met; if something bothered you, describe it neutrally or leave it out.",
                    // Polite notes say "I hope this isn't rude to ask"; only a judgement of others is an insult.
                    "(?<!not\\s|n't\\s|be\\s)rude(?:ly|ness)?(?! to ask| of me)"),

            Rule.words(DEFENSIVE,
                    "Don't argue your case; ask which skills or experience would make you a stronger candidate.",
                    "I (?:clearly|obviously|definitely|certainly) (?:had|have) (?:all )?(?:the |my )?(?:\\w+ )?"
                            + "(?:skills|experience|qualifications)",
                    "I(?: was|'m| am) (?:clearly|obviously|definitely|certainly) the"
                            + " (?:best|most qualified|strongest|right)",
                    "I (?:clearly|obviously|definitely|certainly) (?:was|am) the"
                            + " (?:best|most qualified|strongest|right)",
                    "(?:more|better) qualified than",
                    "I deserved? (?:the|this|that) (?:job|role|offer|position)"),
            Rule.words(DEFENSIVE,
                    "The decision is made; ask to be kept in mind for future openings instead.",
                    "reconsider(?:ing)? (?:your|the|this|that) (?:decision|choice)",
                    "reconsider (?:me|my candidacy)"),

            Rule.words(DEMANDING_JUSTIFICATION,
                    "Don't ask them to justify the decision; ask \"What were my weak areas?\" or \"How could I"
                            + " improve?\"",
                    "why (?:(?:did|do)(?:n't| not) I|(?:did|do) I not|I (?:did|do)(?:n't| not)) (?:get|receive|land"
                            + "|win|earn) (?:(?:the |this |that |an? )?(?:job|offer|role|position)|it)",
                    "why (?:was I|I was) (?:rejected|turned down|passed over|unsuccessful)",
                    "why (?:was(?:n't| not) I|was I not|I was(?:n't| not)) (?:selected|chosen|hired|picked|offered"
                            + "|successful|shortlisted)",
                    "why did you (?:reject|turn down|pass on|pass over) me",
                    "why did you turn me down",
                    "why (?:didn't you|did not you|did you not) (?:hire|select|choose|pick|offer) me",
                    "why you (?:rejected|turned down|passed on|passed over) me",
                    "why not me",
                    "justify (?:your|the|this|that) decision"),

            Rule.raw(SHOUTING,
                    "Use one exclamation mark at most; several read as shouting, even when you mean to sound keen.",
                    "!{2,}"));

    /**
     * Capitalised words that are names or acronyms, not shouting. Words of three letters or fewer are never shouting
     * on their own; the short ones are listed only so that a run like "AWS SQL API" is not read as a shouted phrase.
     */
    private static final Set<String> ACRONYMS = Set.of(
            // technology
            "AJAX", "ANSI", "ASCII", "CRUD", "GDPR", "HTML", "HTTP", "HTTPS", "JSON", "OAUTH", "POSIX", "REST",
            "SOAP", "SOLID", "UNIX", "YAML", "SCRUM", "COBOL", "FORTRAN", "MATLAB", "CCNA", "CCNP", "CISSP", "ITIL",
            "TOGAF", "HIPAA",
            "AI", "ML", "BI", "QA", "UI", "UX", "IT", "HR", "PM", "API", "AWS", "CSS", "CRM", "ERP", "ETL", "GCP",
            "JVM", "JDK", "KPI", "PHP", "SAP", "SDK", "SEO", "SNS", "SQL", "SQS", "XML",
            // business, organisations, places, exams
            "ASAP", "FAANG", "NASA", "NATO", "OECD", "IEEE", "UNESCO", "UNICEF", "NASDAQ", "NYSE", "FTSE", "EMEA",
            "APAC", "LATAM", "DACH", "ACCA", "CIMA", "SHRM", "IELTS", "TOEFL", "GMAT", "LSAT", "MCAT",
            "CEO", "CFO", "COO", "CTO", "CIO", "VP", "MBA", "CPA", "CFA", "NHS", "USA", "UK", "EU", "US", "OK");

    private static final String SHOUTING_ADVICE = "Write in normal sentence case; capitals read as shouting.";

    /** An all-capital word, possibly a contraction ("DIDN'T"), not part of a longer mixed-case word ("APIs"). */
    private static final String CAPITALISED_WORD = "(?<![\\p{L}\\p{N}])\\p{Lu}+(?:['’‘ʼ]\\p{Lu}+)?(?![\\p{L}\\p{N}])";

    /** Consecutive capitalised words on one line; punctuation ends a run, so that sentences are judged apart. */
    private static final Pattern CAPITALISED_RUN =
            Pattern.compile(CAPITALISED_WORD + "(?:\\h+" + CAPITALISED_WORD + ")*");

    private static final int SHOUTED_WORD_LETTERS = 4;
    private static final int SHOUTED_RUN_WORDS = 3;

    private static final ToneCheck STANDARD = new ToneCheck(RULES, ACRONYMS);

    private final List<Rule> rules;
    private final Set<String> acronyms;

    private ToneCheck(List<Rule> rules, Set<String> acronyms) {
        this.rules = rules;
        this.acronyms = acronyms;
    }

    /** The check with Rebound's phrase rules and acronym allow-list. It holds no state, so share it freely. */
    public static ToneCheck standard() {
        return STANDARD;
    }

    /**
     * @param text outbound text as the candidate wrote it; may be {@code null}
     * @return the warnings in order of their position in the text; empty when the text is {@code null}, blank or
     *         fine
     */
    public List<ToneWarning> check(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                findings.add(new Finding(matcher.start(), matcher.end(), rule.issue(), rule.advice()));
            }
        }
        findShouting(text, findings);
        return withoutOverlaps(findings).stream()
                .map(finding -> new ToneWarning(finding.issue(), text.substring(finding.start(), finding.end()),
                        finding.advice()))
                .toList();
    }

    private void findShouting(String text, List<Finding> findings) {
        Matcher run = CAPITALISED_RUN.matcher(text);
        while (run.find()) {
            List<String> words = Arrays.asList(run.group().split("\\h+"));
            boolean shoutedWord = words.stream()
                    .anyMatch(word -> letters(word) >= SHOUTED_WORD_LETTERS && !acronyms.contains(word));
            // "I" and "A" are capitals by grammar, so they may lengthen a run but never make it loud.
            long loudWords = words.stream().filter(word -> letters(word) >= 2 && !acronyms.contains(word)).count();
            if (shoutedWord || (words.size() >= SHOUTED_RUN_WORDS && loudWords >= 2)) {
                findings.add(new Finding(run.start(), run.end(), SHOUTING, SHOUTING_ADVICE));
            }
        }
    }

    private static long letters(String word) {
        return word.codePoints().filter(Character::isLetter).count();
    }

    /**
     * Two rules of one issue may match overlapping words as the phrase lists grow; the reader needs one warning per
     * issue for a stretch of text. The first match in the text wins, and of those starting together the longest,
     * because it quotes the most.
     */
    private static List<Finding> withoutOverlaps(List<Finding> findings) {
        List<Finding> byPosition = findings.stream()
                .sorted(Comparator.comparingInt(Finding::start)
                        .thenComparing(Comparator.comparingInt(Finding::end).reversed())
                        .thenComparing(Finding::issue))
                .toList();
        List<Finding> kept = new ArrayList<>();
        for (Finding candidate : byPosition) {
            boolean covered = kept.stream().anyMatch(finding -> finding.issue() == candidate.issue()
                    && finding.start() < candidate.end() && candidate.start() < finding.end());
            if (!covered) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** One rule of the phrase list: what it matches, what kind of tone that is, and what to write instead. */
    private record Rule(ToneIssue issue, Pattern pattern, String advice) {

        private static final int FLAGS =
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

        static Rule words(ToneIssue issue, String advice, String... phrases) {
            String alternatives = Arrays.stream(phrases)
                    .map(phrase -> phrase.replace("'", "['’‘ʼ]").replace(" ", "\\s+"))
                    .collect(Collectors.joining("|"));
            return new Rule(issue, Pattern.compile("\\b(?:" + alternatives + ")\\b", FLAGS), advice);
        }

        static Rule raw(ToneIssue issue, String advice, String regex) {
            return new Rule(issue, Pattern.compile(regex, FLAGS), advice);
        }
    }

    private record Finding(int start, int end, ToneIssue issue, String advice) {
    }
}
