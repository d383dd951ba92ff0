package dev.rebound.web.contactaudit;

import dev.rebound.api.contactaudit.query.ContactAuditEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a double quote
 * or a line break, a double quote doubled), one header row, then one row per contact. Empty cells stand for absent
 * values. All tone warnings of a contact share one cell: {@code BLAMING: "unfair"; INSULT: "rude"}. A typed text
 * that a spreadsheet would run as a formula is written with a leading {@code '} ({@link #text}). The API's export
 * and the UI's download write the same file.
 */
public final class ContactAuditCsv implements Closeable {

    public static final String MEDIA_TYPE = "text/csv";

    static final String[] HEADER = {"contactId", "kind", "occurredAt", "recordedAt", "candidateId", "employerId",
            "employerName", "applicationId", "direction", "channel", "purpose", "contactName", "requestNumber",
            "withinDayOfRejection", "toneWarnings", "message"};

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private final CSVPrinter printer;

    /** Writes the header row at once. */
    public ContactAuditCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
    }

    public void write(List<ContactAuditEntry> entries) throws IOException {
        for (ContactAuditEntry entry : entries) {
            printer.printRecord(entry.contactId(), entry.kind(), entry.occurredAt(), entry.recordedAt(),
                    entry.candidateId(), entry.employerId(), text(entry.employerName()), entry.applicationId(),
                    entry.direction(), entry.channel(), entry.purpose(), text(entry.contactName()),
                    entry.requestNumber(), entry.withinDayOfRejection(), text(toneWarnings(entry)),
                    text(entry.message()));
        }
        printer.flush();
    }

    /**
     * A cell of text someone typed, made safe to open in a spreadsheet (OWASP, CSV injection): one that starts with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula, so it gets a
     * leading {@code '}, which spreadsheets show as text and hide.
     */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String toneWarnings(ContactAuditEntry entry) {
        return entry.toneWarnings().stream()
                .map(warning -> warning.issue() + ": \"" + warning.phrase() + "\"")
                .collect(Collectors.joining("; "));
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
