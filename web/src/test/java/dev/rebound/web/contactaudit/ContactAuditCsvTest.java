package dev.rebound.web.contactaudit;

import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.Channel;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.ToneIssue;
import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.contactaudit.query.ContactAuditEntry;
import dev.rebound.api.contactaudit.query.ContactKind;
import dev.rebound.api.employer.ContactDirection;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit's CSV: whatever a candidate typed comes back unchanged from a standard CSV parser. */
class ContactAuditCsvTest {

    private static final CandidateId CANDIDATE = CandidateId.of(UUID.fromString("3f0b6c1e-8d2a-4c47-9a7e-2a51c8e0d001"));
    private static final EmployerId EMPLOYER = EmployerId.forCandidate(CANDIDATE, "Acme");
    private static final ApplicationId APPLICATION =
            ApplicationId.of(UUID.fromString("5a4c2f7e-1b3d-4e6f-8a9b-0c1d2e3f4a5b"));

    @Test
    void trickyValuesSurviveTheRoundTripThroughACsvParser() throws IOException {
        String message = "Thanks, \"Dana\" — for the time,\nthe tour\r\nand the coffee ☕. Grüße aus Zürich, 東京より";
        ContactAuditEntry contact = new ContactAuditEntry("c-1", ContactKind.EMPLOYER_CONTACT,
                Instant.parse("2026-03-02T09:30:00Z"), Instant.parse("2026-03-02T09:31:00.123Z"), CANDIDATE,
                EMPLOYER, "Société Générale, \"SG\"", null, ContactDirection.OUTBOUND, Channel.EMAIL, "THANK_YOU",
                " Dana, O'Brien ", null, null,
                List.of(new ToneWarning(ToneIssue.BLAMING, "unfair", "Say what you want to learn."),
                        new ToneWarning(ToneIssue.INSULT, "\"rude\"", "Judge no one.")), message);
        ContactAuditEntry request = new ContactAuditEntry("c-2", ContactKind.FEEDBACK_REQUEST,
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T10:00:01Z"), CANDIDATE, EMPLOYER,
                "Acme", APPLICATION, ContactDirection.OUTBOUND, Channel.PORTAL, "FEEDBACK_REQUEST", null, 2, false,
                List.of(), "What were my weak areas?\nAny advice, please?");

        List<CSVRecord> rows = parse(write(List.of(contact, request)));

        assertThat(rows).hasSize(2);
        CSVRecord first = rows.getFirst();
        assertThat(first.toMap()).containsEntry("contactId", "c-1")
                .containsEntry("kind", "EMPLOYER_CONTACT")
                .containsEntry("occurredAt", "2026-03-02T09:30:00Z")
                .containsEntry("recordedAt", "2026-03-02T09:31:00.123Z")
                .containsEntry("candidateId", CANDIDATE.toString())
                .containsEntry("employerId", EMPLOYER.toString())
                .containsEntry("employerName", "Société Générale, \"SG\"")
                .containsEntry("applicationId", "")
                .containsEntry("direction", "OUTBOUND")
                .containsEntry("channel", "EMAIL")
                .containsEntry("purpose", "THANK_YOU")
                .containsEntry("contactName", " Dana, O'Brien ")
                .containsEntry("requestNumber", "")
                .containsEntry("withinDayOfRejection", "")
                .containsEntry("toneWarnings", "BLAMING: \"unfair\"; INSULT: \"\"rude\"\"")
                .containsEntry("message", message);
        CSVRecord second = rows.get(1);
        assertThat(second.get("applicationId")).isEqualTo(APPLICATION.toString());
        assertThat(second.get("requestNumber")).isEqualTo("2");
        assertThat(second.get("withinDayOfRejection")).isEqualTo("false");
        assertThat(second.get("toneWarnings")).isEmpty();
        assertThat(second.get("message")).isEqualTo("What were my weak areas?\nAny advice, please?");
    }

    @Test
    void startsWithTheHeaderRowEvenWhenNothingMatches() throws IOException {
        String csv = write(List.of());

        assertThat(csv).isEqualTo("contactId,kind,occurredAt,recordedAt,candidateId,employerId,employerName,"
                + "applicationId,direction,channel,purpose,contactName,requestNumber,withinDayOfRejection,"
                + "toneWarnings,message\r\n");
    }

    @Test
    void quotesOnlyTheFieldsThatNeedIt() throws IOException {
        ContactAuditEntry plain = new ContactAuditEntry("c-1", ContactKind.EMPLOYER_CONTACT,
                Instant.parse("2026-03-02T09:30:00Z"), Instant.parse("2026-03-02T09:30:00Z"), CANDIDATE, EMPLOYER,
                "Acme", null, ContactDirection.INBOUND, Channel.PHONE, "KEEP_IN_TOUCH", "Dana", null, null,
                List.of(), "Hello, again");

        String row = write(List.of(plain)).lines().skip(1).findFirst().orElseThrow();

        assertThat(row).isEqualTo("c-1,EMPLOYER_CONTACT,2026-03-02T09:30:00Z,2026-03-02T09:30:00Z," + CANDIDATE
                + "," + EMPLOYER + ",Acme,,INBOUND,PHONE,KEEP_IN_TOUCH,Dana,,,,\"Hello, again\"");
    }

    @Test
    void typedTextThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws IOException {
        ContactAuditEntry hostile = new ContactAuditEntry("c-1", ContactKind.EMPLOYER_CONTACT,
                Instant.parse("2026-03-02T09:30:00Z"), Instant.parse("2026-03-02T09:30:00Z"), CANDIDATE, EMPLOYER,
                "=HYPERLINK(\"https://evil.example\",\"Acme\")", null, ContactDirection.OUTBOUND, Channel.EMAIL,
                "THANK_YOU", "@SUM(1+1)*cmd|' /C calc'!A0", null, null,
                List.of(new ToneWarning(ToneIssue.INSULT, "x", "Judge no one.")), "+1 555 0100, thank you");
        ContactAuditEntry more = new ContactAuditEntry("c-2", ContactKind.EMPLOYER_CONTACT,
                Instant.parse("2026-03-02T09:30:00Z"), Instant.parse("2026-03-02T09:30:00Z"), CANDIDATE, EMPLOYER,
                "\tAcme", null, ContactDirection.OUTBOUND, Channel.EMAIL, "THANK_YOU", "\rDana", null, null,
                List.of(), "-2+3");

        List<CSVRecord> rows = parse(write(List.of(hostile, more)));

        assertThat(rows.getFirst().get("employerName")).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Acme\")");
        assertThat(rows.getFirst().get("contactName")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(rows.getFirst().get("message")).isEqualTo("'+1 555 0100, thank you");
        assertThat(rows.getFirst().get("toneWarnings")).as("starts with a letter: unchanged")
                .isEqualTo("INSULT: \"x\"");
        assertThat(rows.get(1).get("employerName")).isEqualTo("'\tAcme");
        assertThat(rows.get(1).get("contactName")).isEqualTo("'\rDana");
        assertThat(rows.get(1).get("message")).isEqualTo("'-2+3");
        assertThat(rows.get(1).get("contactId")).as("ids and codes are never typed text").isEqualTo("c-2");
    }

    private static String write(List<ContactAuditEntry> entries) throws IOException {
        StringWriter out = new StringWriter();
        try (ContactAuditCsv csv = new ContactAuditCsv(out)) {
            csv.write(entries);
        }
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(format).get()) {
            assertThat(parser.getHeaderNames()).containsExactly(ContactAuditCsv.HEADER);
            return parser.getRecords();
        }
    }
}
