package dev.rebound.domain.employer;

import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.ContactId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.common.ToneIssue;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.employer.ContactDirection;
import dev.rebound.api.employer.ContactPurpose;
import dev.rebound.api.employer.ContactReceipt;
import dev.rebound.api.employer.command.LogEmployerContact;
import dev.rebound.api.employer.command.SetDoNotContact;
import dev.rebound.api.employer.event.DoNotContactLifted;
import dev.rebound.api.employer.event.DoNotContactSet;
import dev.rebound.api.employer.event.EmployerContacted;
import dev.rebound.api.employer.event.EmployerRelationshipStarted;
import dev.rebound.domain.policy.ToneCheck;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Contacts with one employer, their tone, and do-not-contact. */
class EmployerRelationshipTest {

    private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");
    private static final OrganizationId ORG = OrganizationId.random();
    private static final CandidateId CANDIDATE = CandidateId.random();
    private static final EmployerId EMPLOYER = EmployerId.forCandidate(CANDIDATE, "Acme Analytics");
    private static final ContactId CONTACT = ContactId.random();
    private static final String THANKS = "Thank you for your time and the clear process. I would love to be kept in "
            + "mind for future openings.";

    private final AggregateTestFixture<EmployerRelationship> fixture =
            new AggregateTestFixture<>(EmployerRelationship.class);

    EmployerRelationshipTest() {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static EmployerRelationshipStarted started() {
        return new EmployerRelationshipStarted(EMPLOYER, ORG, CANDIDATE, "Acme Analytics");
    }

    private static LogEmployerContact contact(ContactDirection direction, String message) {
        return new LogEmployerContact(EMPLOYER, ORG, CANDIDATE, CONTACT, NOW.minusSeconds(3600), direction,
                Channel.EMAIL, ContactPurpose.THANK_YOU, " Dana ", message);
    }

    private static EmployerContacted contacted(ContactDirection direction, String message, List<ToneWarning> warnings) {
        return new EmployerContacted(EMPLOYER, ORG, CANDIDATE, CONTACT, NOW.minusSeconds(3600), direction,
                Channel.EMAIL, ContactPurpose.THANK_YOU, "Dana", message, warnings);
    }

    @Test
    void firstApplicationStartsTheRelationship() {
        TrackApplication application = new TrackApplication(null, ORG, CANDIDATE, EMPLOYER, " Acme Analytics, Inc. ",
                "Analyst", null, null, null);
        fixture.givenNoPriorActivity()
                .whenConstructing(() -> {
                    EmployerRelationship relationship = new EmployerRelationship();
                    relationship.noteApplication(application);
                    return relationship;
                })
                .expectEvents(new EmployerRelationshipStarted(EMPLOYER, ORG, CANDIDATE, "Acme Analytics, Inc."));
    }

    @Test
    void laterApplicationsToTheSameEmployerChangeNothing() {
        TrackApplication again = new TrackApplication(null, ORG, CANDIDATE, EMPLOYER, "ACME analytics", "Lead",
                null, null, null);
        fixture.given(started())
                .whenInvoking(EMPLOYER.toString(), relationship -> relationship.noteApplication(again))
                .expectNoEvents();
    }

    @Test
    void canLogAPoliteThankYouNote() {
        fixture.given(started())
                .when(contact(ContactDirection.OUTBOUND, THANKS))
                .expectEvents(contacted(ContactDirection.OUTBOUND, THANKS, List.of()))
                .expectResultMessagePayload(new ContactReceipt(CONTACT, List.of()));
    }

    @Test
    void harshMessageIsRecordedWithItsToneWarningsButNotBlocked() {
        String harsh = "Your process was unfair and the interviewer was incompetent.";
        List<ToneWarning> warnings = ToneCheck.standard().check(harsh);
        assertThat(warnings).extracting(ToneWarning::issue, ToneWarning::phrase)
                .contains(tuple(ToneIssue.BLAMING, "unfair"), tuple(ToneIssue.INSULT, "incompetent"));
        fixture.given(started())
                .when(contact(ContactDirection.OUTBOUND, harsh))
                .expectEvents(contacted(ContactDirection.OUTBOUND, harsh, warnings))
                .expectResultMessagePayload(new ContactReceipt(CONTACT, warnings));
    }

    @Test
    void inboundMessagesAreNotToneChecked() {
        String theirs = "Honestly, it was a stupid mistake on our side to lose your file.";
        fixture.given(started())
                .when(contact(ContactDirection.INBOUND, theirs))
                .expectEvents(contacted(ContactDirection.INBOUND, theirs, List.of()));
    }

    @Test
    void cannotContactADoNotContactEmployer() {
        fixture.given(started(), new DoNotContactSet(EMPLOYER, ORG, CANDIDATE, "They asked me not to"))
                .when(contact(ContactDirection.OUTBOUND, THANKS))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("This employer is marked do-not-contact; "
                        + "lift the mark first if contact is welcome again.")
                .expectNoEvents();
    }

    @Test
    void canLogAnInboundContactFromADoNotContactEmployer() {
        fixture.given(started(), new DoNotContactSet(EMPLOYER, ORG, CANDIDATE, null))
                .when(contact(ContactDirection.INBOUND, "We have a new opening"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void canContactAgainOnceTheMarkIsLifted() {
        fixture.given(started(), new DoNotContactSet(EMPLOYER, ORG, CANDIDATE, null),
                        new DoNotContactLifted(EMPLOYER, ORG, CANDIDATE, "New hiring manager"))
                .when(contact(ContactDirection.OUTBOUND, THANKS))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotLogAContactInTheFuture() {
        fixture.given(started())
                .when(new LogEmployerContact(EMPLOYER, ORG, CANDIDATE, CONTACT, NOW.plusSeconds(1),
                        ContactDirection.OUTBOUND, Channel.EMAIL, ContactPurpose.KEEP_IN_TOUCH, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotLogTheSameContactTwice() {
        fixture.given(started(), contacted(ContactDirection.OUTBOUND, THANKS, List.of()))
                .when(contact(ContactDirection.OUTBOUND, THANKS))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotLogAContactWithoutPurpose() {
        fixture.given(started())
                .when(new LogEmployerContact(EMPLOYER, ORG, CANDIDATE, CONTACT, NOW, ContactDirection.OUTBOUND,
                        Channel.EMAIL, null, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("purpose is required.");
    }

    @Test
    void cannotContactAnotherOrganizationsEmployer() {
        fixture.given(started())
                .when(new LogEmployerContact(EMPLOYER, OrganizationId.random(), CANDIDATE, CONTACT, NOW,
                        ContactDirection.OUTBOUND, Channel.EMAIL, ContactPurpose.THANK_YOU, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void cannotContactAnotherCandidatesEmployer() {
        fixture.given(started())
                .when(new LogEmployerContact(EMPLOYER, ORG, CandidateId.random(), CONTACT, NOW,
                        ContactDirection.OUTBOUND, Channel.EMAIL, ContactPurpose.THANK_YOU, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void cannotContactAnEmployerTheCandidateNeverAppliedTo() {
        fixture.givenNoPriorActivity()
                .when(contact(ContactDirection.OUTBOUND, THANKS))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void canMarkAnEmployerDoNotContact() {
        fixture.given(started())
                .when(new SetDoNotContact(EMPLOYER, ORG, CANDIDATE, true, " Asked to stop "))
                .expectEvents(new DoNotContactSet(EMPLOYER, ORG, CANDIDATE, "Asked to stop"));
    }

    @Test
    void markingTwiceChangesNothing() {
        fixture.given(started(), new DoNotContactSet(EMPLOYER, ORG, CANDIDATE, null))
                .when(new SetDoNotContact(EMPLOYER, ORG, CANDIDATE, true, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void canLiftTheMark() {
        fixture.given(started(), new DoNotContactSet(EMPLOYER, ORG, CANDIDATE, null))
                .when(new SetDoNotContact(EMPLOYER, ORG, CANDIDATE, false, null))
                .expectEvents(new DoNotContactLifted(EMPLOYER, ORG, CANDIDATE, null));
    }

    @Test
    void cannotMarkAnotherOrganizationsEmployer() {
        fixture.given(started())
                .when(new SetDoNotContact(EMPLOYER, OrganizationId.random(), CANDIDATE, true, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
