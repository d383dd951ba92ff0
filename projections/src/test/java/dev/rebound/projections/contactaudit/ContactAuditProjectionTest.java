package dev.rebound.projections.contactaudit;

import dev.rebound.projections.ReadModelDatabase;
import dev.rebound.api.application.RequestedQuestion;
import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.FeedbackRequested;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.ContactId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.ToneIssue;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.contactaudit.query.ContactAuditBatch;
import dev.rebound.api.contactaudit.query.ContactAuditCriteria;
import dev.rebound.api.contactaudit.query.ContactAuditEntry;
import dev.rebound.api.contactaudit.query.ContactAuditPage;
import dev.rebound.api.contactaudit.query.ContactKind;
import dev.rebound.api.contactaudit.query.ExportContactAudit;
import dev.rebound.api.contactaudit.query.FindContactAudit;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import dev.rebound.api.employer.event.EmployerContacted;
import dev.rebound.api.employer.event.EmployerRelationshipStarted;
import dev.rebound.api.organization.event.PersonalDataErased;
import dev.rebound.api.privacy.PersonalData;
import dev.rebound.api.privacy.Redaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The employer-contact audit on a real PostgreSQL, fed with hand-built events. */
class ContactAuditProjectionTest {

    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ToneWarning UNFAIR = new ToneWarning(ToneIssue.BLAMING, "unfair",
            "Describe what you would like to learn instead of judging the decision.");
    private static final ToneWarning RUDE = new ToneWarning(ToneIssue.INSULT, "rude",
            "Leave out judgements of people.");

    private ContactAuditProjection projection;
    private JdbcClient jdbc;

    @BeforeEach
    void freshReadModel() {
        jdbc = ReadModelDatabase.fresh("contact_audit");
        projection = new ContactAuditProjection(jdbc);
    }

    @Test
    void keepsEveryFeedbackRequestAndEveryEmployerContactNewestFirst() {
        ApplicationId application = ApplicationId.random();
        EmployerId acme = known(CANDIDATE, "Acme Analytics, Inc.", application);
        projection.on(requested(application, acme, hours(2), 1, true, List.of(),
                "What were my weak areas?", "Which project should I have explained better?"), "request-1", hours(3));
        ContactId thanks = ContactId.random();
        projection.on(contacted(CANDIDATE, acme, thanks, hours(5), ContactPurpose.THANK_YOU,
                "That was unfair and rude, but thank you.", List.of(UNFAIR, RUDE)), hours(6));

        ContactAuditPage page = read(ContactAuditCriteria.everything(), 0, 50);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).containsExactly(
                new ContactAuditEntry(thanks.toString(), ContactKind.EMPLOYER_CONTACT, hours(5), hours(6), CANDIDATE,
                        acme, "Acme Analytics, Inc.", null, ContactDirection.OUTBOUND, Channel.EMAIL, "THANK_YOU",
                        "Dana", null, null, List.of(UNFAIR, RUDE), "That was unfair and rude, but thank you."),
                new ContactAuditEntry("request-1", ContactKind.FEEDBACK_REQUEST, hours(2), hours(3), CANDIDATE, acme,
                        "Acme Analytics, Inc.", application, ContactDirection.OUTBOUND, Channel.EMAIL,
                        "FEEDBACK_REQUEST", "Dana Recruiter", 1, true, List.of(),
                        "What were my weak areas?\nWhich project should I have explained better?"));
    }

    @Test
    void erasureScrubsNamesMessagesAndQuotedPhrasesToWhatAReplayOfTheErasedEventsWrites() {
        ApplicationId application = ApplicationId.random();
        EmployerId acme = known(CANDIDATE, "Acme", application);
        FeedbackRequested request = requested(application, acme, hours(2), 1, true, List.of(UNFAIR),
                "What were my weak areas?");
        EmployerContacted contact = contacted(CANDIDATE, acme, ContactId.random(), hours(5),
                ContactPurpose.THANK_YOU, "That was unfair, but thank you.", List.of(UNFAIR));
        projection.on(request, "request-1", hours(3));
        projection.on(contact, hours(6));
        PersonalDataErased erased = new PersonalDataErased(CANDIDATE, ORG, hours(7));

        projection.on(erased);

        ContactAuditPage scrubbed = read(ContactAuditCriteria.everything(), 0, 50);
        assertThat(scrubbed.items()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.contactName()).isEqualTo(PersonalData.ERASED);
            assertThat(entry.message()).isEqualTo(PersonalData.ERASED);
            assertThat(entry.toneWarnings()).extracting(ToneWarning::phrase).containsExactly(PersonalData.ERASED);
        });

        jdbc = ReadModelDatabase.fresh("contact_audit");
        projection = new ContactAuditProjection(jdbc);
        known(CANDIDATE, "Acme", application);
        projection.on(Redaction.redact(request), "request-1", hours(3));
        projection.on(Redaction.redact(contact), hours(6));
        projection.on(erased);
        assertThat(read(ContactAuditCriteria.everything(), 0, 50)).isEqualTo(scrubbed);
    }

    @Test
    void anEmployerKeepsTheNameOfItsFirstApplicationWhateverSpellingCameLater() {
        ApplicationId first = ApplicationId.random();
        EmployerId acme = known(CANDIDATE, "Acme Analytics, Inc.", first);
        projection.on(tracked(CANDIDATE, "acme analytics", ApplicationId.random()));
        projection.on(contacted(CANDIDATE, acme, ContactId.random(), hours(1), ContactPurpose.KEEP_IN_TOUCH, "Hi",
                List.of()), hours(1));

        assertThat(read(ContactAuditCriteria.everything(), 0, 50).items())
                .extracting(ContactAuditEntry::employerName).containsExactly("Acme Analytics, Inc.");
    }

    @Test
    void aContactShowsItsEmployersNameEvenWhenTheNameArrivedAfterIt() {
        EmployerId globex = EmployerId.forCandidate(CANDIDATE, "Globex");
        projection.on(contacted(CANDIDATE, globex, ContactId.random(), hours(1), ContactPurpose.OTHER, "Hi",
                List.of()), hours(1));
        assertThat(read(ContactAuditCriteria.everything(), 0, 50).items().getFirst().employerName()).isNull();

        projection.on(new EmployerRelationshipStarted(globex, ORG, CANDIDATE, "Globex"));

        assertThat(read(ContactAuditCriteria.everything(), 0, 50).items().getFirst().employerName())
                .isEqualTo("Globex");
    }

    @Test
    void fromIsInclusiveAndToIsExclusiveOnTheOccurredAtTime() {
        EmployerId acme = known(CANDIDATE, "Acme", ApplicationId.random());
        for (int hour = 1; hour <= 4; hour++) {
            projection.on(contacted(CANDIDATE, acme, ContactId.random(), hours(hour), ContactPurpose.OTHER,
                    "at " + hour, List.of()), T0);
        }

        ContactAuditPage page = read(new ContactAuditCriteria(hours(2), hours(4), null, null, null), 0, 50);

        assertThat(page.items()).extracting(ContactAuditEntry::message).containsExactly("at 3", "at 2");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void filtersByEmployerIdOrByAPartOfItsNameIgnoringCase() {
        EmployerId soda = known(CANDIDATE, "Évian Søda & Co", ApplicationId.random());
        EmployerId acme = known(CANDIDATE, "Acme 100% Analytics", ApplicationId.random());
        EmployerId globex = known(CANDIDATE, "Globex", ApplicationId.random());
        projection.on(contacted(CANDIDATE, soda, ContactId.random(), hours(1), ContactPurpose.OTHER, "soda",
                List.of()), T0);
        projection.on(contacted(CANDIDATE, acme, ContactId.random(), hours(2), ContactPurpose.OTHER, "acme",
                List.of()), T0);
        projection.on(contacted(CANDIDATE, globex, ContactId.random(), hours(3), ContactPurpose.OTHER, "globex",
                List.of()), T0);

        assertThat(messages(new ContactAuditCriteria(null, null, globex, null, null))).containsExactly("globex");
        assertThat(messages(byName("SØDA"))).containsExactly("soda");
        assertThat(messages(byName("évian"))).containsExactly("soda");
        assertThat(messages(byName("100%"))).containsExactly("acme");
        assertThat(messages(byName("%"))).containsExactly("acme");
        assertThat(messages(byName("_"))).isEmpty();
        assertThat(messages(byName("o"))).containsExactly("globex", "soda");
        assertThat(messages(byName("  "))).containsExactly("globex", "acme", "soda");
    }

    @Test
    void filtersByCandidate() {
        CandidateId other = CandidateId.random();
        EmployerId mine = known(CANDIDATE, "Acme", ApplicationId.random());
        EmployerId theirs = known(other, "Acme", ApplicationId.random());
        projection.on(contacted(CANDIDATE, mine, ContactId.random(), hours(1), ContactPurpose.OTHER, "mine",
                List.of()), T0);
        projection.on(contacted(other, theirs, ContactId.random(), hours(2), ContactPurpose.OTHER, "theirs",
                List.of()), T0);

        assertThat(messages(new ContactAuditCriteria(null, null, null, null, other))).containsExactly("theirs");
        assertThat(messages(new ContactAuditCriteria(null, null, null, "acme", CANDIDATE))).containsExactly("mine");
    }

    @Test
    void paginatesNewestFirstWithTheTotal() {
        EmployerId acme = known(CANDIDATE, "Acme", ApplicationId.random());
        for (int hour = 1; hour <= 5; hour++) {
            projection.on(contacted(CANDIDATE, acme, ContactId.random(), hours(hour), ContactPurpose.OTHER,
                    "at " + hour, List.of()), T0);
        }

        ContactAuditPage second = read(ContactAuditCriteria.everything(), 1, 2);

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.items()).extracting(ContactAuditEntry::message).containsExactly("at 3", "at 2");
    }

    @Test
    void exportsEveryMatchingContactBatchByBatchInTheAuditsOrder() {
        EmployerId acme = known(CANDIDATE, "Acme", ApplicationId.random());
        for (int number = 1; number <= 7; number++) {
            // pairs of contacts share their occurred-at time, and some their recorded-at time too
            projection.on(contacted(CANDIDATE, acme, ContactId.random(), hours(number / 2), ContactPurpose.OTHER,
                    "contact " + number, List.of(RUDE)), T0.plusSeconds(number % 3));
        }
        List<ContactAuditEntry> page = read(ContactAuditCriteria.everything(), 0, 200).items();

        List<ContactAuditEntry> exported = new ArrayList<>();
        ContactAuditBatch batch = projection.handle(new ExportContactAudit(ORG, ContactAuditCriteria.everything(),
                null, 3));
        int batches = 1;
        exported.addAll(batch.items());
        while (batch.next() != null) {
            batch = projection.handle(new ExportContactAudit(ORG, ContactAuditCriteria.everything(), batch.next(), 3));
            exported.addAll(batch.items());
            batches++;
        }

        assertThat(exported).hasSize(7).isEqualTo(page);
        assertThat(exported).allSatisfy(entry -> assertThat(entry.toneWarnings()).containsExactly(RUDE));
        assertThat(batches).isEqualTo(3);
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        ApplicationId application = ApplicationId.random();
        EmployerId acme = EmployerId.forCandidate(CANDIDATE, "Acme");
        ApplicationTracked tracked = tracked(CANDIDATE, "Acme", application);
        EmployerRelationshipStarted started = new EmployerRelationshipStarted(acme, ORG, CANDIDATE, "Acme");
        FeedbackRequested request = requested(application, acme, hours(1), 1, false, List.of(UNFAIR),
                "Why was that unfair?");
        EmployerContacted contact = contacted(CANDIDATE, acme, ContactId.random(), hours(2),
                ContactPurpose.THANK_YOU, "Thanks", List.of(RUDE, UNFAIR));
        projection.on(tracked);
        projection.on(started);
        projection.on(request, "request-1", hours(1));
        projection.on(contact, hours(2));
        ContactAuditPage once = read(ContactAuditCriteria.everything(), 0, 50);

        projection.on(tracked);
        projection.on(started);
        projection.on(request, "request-1", hours(1));
        projection.on(contact, hours(2));

        assertThat(read(ContactAuditCriteria.everything(), 0, 50)).isEqualTo(once);
        assertThat(once.total()).isEqualTo(2);
        assertThat(count("contact_audit_contact")).isEqualTo(2);
        assertThat(count("contact_audit_tone_warning")).isEqualTo(3);
        assertThat(count("contact_audit_employer")).isEqualTo(1);
    }

    @Test
    void neverShowsAnotherOrganizationsContacts() {
        OrganizationId other = OrganizationId.random();
        CandidateId foreigner = CandidateId.random();
        EmployerId foreignEmployer = EmployerId.forCandidate(foreigner, "Acme");
        projection.on(new EmployerRelationshipStarted(foreignEmployer, other, foreigner, "Acme"));
        projection.on(new EmployerContacted(foreignEmployer, other, foreigner, ContactId.random(), hours(1),
                ContactDirection.OUTBOUND, Channel.EMAIL, ContactPurpose.OTHER, "Dana", "foreign", List.of(RUDE)),
                hours(1));
        EmployerId acme = known(CANDIDATE, "Acme", ApplicationId.random());
        projection.on(contacted(CANDIDATE, acme, ContactId.random(), hours(2), ContactPurpose.OTHER, "ours",
                List.of()), hours(2));

        assertThat(messages(ContactAuditCriteria.everything())).containsExactly("ours");
        assertThat(messages(new ContactAuditCriteria(null, null, foreignEmployer, null, null))).isEmpty();
        assertThat(messages(new ContactAuditCriteria(null, null, null, null, foreigner))).isEmpty();
        assertThat(projection.handle(new ExportContactAudit(ORG, ContactAuditCriteria.everything(), null, 10))
                .items()).extracting(ContactAuditEntry::message).containsExactly("ours");
        assertThat(projection.handle(new FindContactAudit(other, ContactAuditCriteria.everything(), 0, 10)).items())
                .extracting(ContactAuditEntry::message).containsExactly("foreign");
    }

    @Test
    void resetEmptiesTheReadModel() {
        EmployerId acme = known(CANDIDATE, "Acme", ApplicationId.random());
        projection.on(contacted(CANDIDATE, acme, ContactId.random(), hours(1), ContactPurpose.OTHER, "Hi",
                List.of(RUDE)), hours(1));

        projection.reset();

        assertThat(read(ContactAuditCriteria.everything(), 0, 50).total()).isZero();
        assertThat(count("contact_audit_contact")).isZero();
        assertThat(count("contact_audit_tone_warning")).isZero();
        assertThat(count("contact_audit_employer")).isZero();
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private static Instant hours(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private ContactAuditPage read(ContactAuditCriteria criteria, int page, int size) {
        return projection.handle(new FindContactAudit(ORG, criteria, page, size));
    }

    private List<String> messages(ContactAuditCriteria criteria) {
        return read(criteria, 0, 50).items().stream().map(ContactAuditEntry::message).toList();
    }

    private static ContactAuditCriteria byName(String part) {
        return new ContactAuditCriteria(null, null, null, part, null);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** Tracks an application and starts the relationship, as the first application to an employer does. */
    private EmployerId known(CandidateId candidate, String employer, ApplicationId application) {
        ApplicationTracked tracked = tracked(candidate, employer, application);
        projection.on(tracked);
        projection.on(new EmployerRelationshipStarted(tracked.employerId(), ORG, candidate, employer));
        return tracked.employerId();
    }

    private static ApplicationTracked tracked(CandidateId candidate, String employer, ApplicationId application) {
        return new ApplicationTracked(application, ORG, candidate, EmployerId.forCandidate(candidate, employer),
                employer, "Data Analyst", null, null, null);
    }

    private static FeedbackRequested requested(ApplicationId application, EmployerId employer, Instant sentAt,
                                               int number, boolean withinDay, List<ToneWarning> warnings,
                                               String... questions) {
        return new FeedbackRequested(application, ORG, CANDIDATE, employer, sentAt, Channel.EMAIL, "Dana Recruiter",
                List.of(questions).stream().map(RequestedQuestion::ownWords).toList(), number, T0, withinDay,
                warnings, sentAt.plus(Duration.ofDays(14)), number == 1 ? sentAt.plus(Duration.ofDays(7)) : null);
    }

    private static EmployerContacted contacted(CandidateId candidate, EmployerId employer, ContactId contact,
                                               Instant at, ContactPurpose purpose, String message,
                                               List<ToneWarning> warnings) {
        return new EmployerContacted(employer, ORG, candidate, contact, at, ContactDirection.OUTBOUND, Channel.EMAIL,
                purpose, "Dana", message, warnings);
    }
}
