package dev.rebound.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.rebound.web.ApiClient.json;
import static dev.rebound.web.ApiClient.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The employer-contact audit through the public API, on PostgreSQL: contacts and feedback requests of two
 * candidates recorded through the command endpoints, read back as JSON pages and as a CSV export, exactly.
 */
@ReboundHttpTest
class ContactAuditHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> CSV = Map.of("Accept", "text/csv");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(60));

    private Instant day(int days, int hours) {
        return start.plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    @Test
    void auditorReadsEveryContactWithEmployersAsJsonAndAsCsv() throws IOException {
        // an organization of its own: the audit is the whole organization's
        NewOrganization organization = NewOrganization.create(port, "Audit Co-op");
        ApiClient api = organization.admin();
        String audit = "/api/v1/organizations/" + organization.id() + "/contact-audit";
        String ada = organization.candidate("Ada");
        String ben = organization.candidate("Ben");

        // --- Ada: a rejection, a feedback request, a thank-you with tricky text, a harsh note
        JsonNode zurich = api.accepted("/api/v1/candidates/" + ada + "/applications",
                body(Map.of("employerName", "Zürich Analytics, Inc.", "roleTitle", "Data Analyst")));
        String application = zurich.get("applicationId").asString();
        String zurichEmployer = zurich.get("employerId").asString();
        api.accepted("/api/v1/applications/" + application + "/rejection", body(Map.of(
                "receivedAt", day(10, 9).toString(), "stageReached", "ONSITE", "channel", "EMAIL")));
        JsonNode asked = api.accepted("/api/v1/applications/" + application + "/feedback-requests", body(Map.of(
                "sentAt", day(10, 15).toString(), "channel", "EMAIL", "contactName", "Dana Recruiter",
                "questions", List.of("weak-areas",
                        Map.of("text", "Could you say, in one \"word\", why it felt so unfair?")))));
        String thanksText = "Merci, \"Dana\" — thank you for the tour,\nthe coffee and your time. Grüße ☕";
        JsonNode thanks = api.accepted("/api/v1/candidates/" + ada + "/employer-contacts", contact(zurichEmployer,
                day(10, 16), "OUTBOUND", "THANK_YOU", "Dana", thanksText));
        String harshText = "Honestly, that decision was unfair and your interviewer was rude.";
        JsonNode harsh = api.accepted("/api/v1/candidates/" + ada + "/employer-contacts", contact(zurichEmployer,
                day(15, 12), "OUTBOUND", "OTHER", null, harshText));

        // --- Ben: a refused contact (do-not-contact) is no contact; then the employer calls him
        JsonNode globex = api.accepted("/api/v1/candidates/" + ben + "/applications",
                body(Map.of("employerName", "Globex", "roleTitle", "Analytics Engineer")));
        String globexEmployer = globex.get("employerId").asString();
        String doNotContact = "/api/v1/candidates/" + ben + "/employers/" + globexEmployer + "/do-not-contact";
        assertThat(api.send("PUT", doNotContact, "{\"doNotContact\": true}").statusCode()).isEqualTo(204);
        problem(api.post("/api/v1/candidates/" + ben + "/employer-contacts", contact(globexEmployer, day(18, 9),
                "OUTBOUND", "KEEP_IN_TOUCH", null, "Hello again")), 409);
        JsonNode call = api.accepted("/api/v1/candidates/" + ben + "/employer-contacts", contact(globexEmployer,
                day(20, 11), "INBOUND", "REAPPLICATION", "Lee", null));

        // --- the exact audit, newest first
        List<EventRow> requestEvents = events(application, "FeedbackRequested");
        List<EventRow> zurichContacts = events(zurichEmployer, "EmployerContacted");
        List<EventRow> globexContacts = events(globexEmployer, "EmployerContacted");
        ArrayNode expected = JSON.createArrayNode()
                .add(row(call.get("contactId").asString(), "EMPLOYER_CONTACT", day(20, 11),
                        globexContacts.getFirst().recordedAt(), ben, globexEmployer, "Globex", null, "INBOUND",
                        "REAPPLICATION", "Lee", null, null, call.get("toneWarnings"), null))
                .add(row(harsh.get("contactId").asString(), "EMPLOYER_CONTACT", day(15, 12),
                        zurichContacts.get(1).recordedAt(), ada, zurichEmployer, "Zürich Analytics, Inc.", null,
                        "OUTBOUND", "OTHER", null, null, null, harsh.get("toneWarnings"), harshText))
                .add(row(thanks.get("contactId").asString(), "EMPLOYER_CONTACT", day(10, 16),
                        zurichContacts.getFirst().recordedAt(), ada, zurichEmployer, "Zürich Analytics, Inc.", null,
                        "OUTBOUND", "THANK_YOU", "Dana", null, null, thanks.get("toneWarnings"), thanksText))
                .add(row(requestEvents.getFirst().eventId(), "FEEDBACK_REQUEST", day(10, 15),
                        requestEvents.getFirst().recordedAt(), ada, zurichEmployer, "Zürich Analytics, Inc.",
                        application, "OUTBOUND", "FEEDBACK_REQUEST", "Dana Recruiter", 1, true,
                        asked.get("toneWarnings"), "What were my weak areas in the interview process?\n"
                                + "Could you say, in one \"word\", why it felt so unfair?"));
        assertThat(harsh.get("toneWarnings").findValuesAsString("issue")).contains("BLAMING", "INSULT");
        assertThat(asked.get("toneWarnings").findValuesAsString("phrase")).contains("unfair");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            HttpResponse<String> response = api.get(audit);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(json(response).get("items")).isEqualTo(expected);
        });
        HttpResponse<String> all = api.get(audit);
        assertThat(MediaType.parseMediaType(all.headers().firstValue("Content-Type").orElseThrow())
                .isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        for (String accept : List.of("*/*", "application/json", "application/json, text/csv;q=0.5")) {
            HttpResponse<String> negotiated = api.send("GET", audit, null, Map.of("Accept", accept));
            assertThat(negotiated.headers().firstValue("Content-Type")).as(accept).get().asString()
                    .startsWith("application/json");
            assertThat(json(negotiated).get("items")).isEqualTo(expected);
        }
        JsonNode page = json(all);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("total").asLong()).isEqualTo(4);

        // --- filters: employer by id or by a part of its name, candidate, occurred-at period, pages
        assertThat(contactIds(api.get(audit + "?employer=" + encode("zürich"))))
                .containsExactly(ids(expected, 1, 2, 3));
        assertThat(contactIds(api.get(audit + "?employer=ANALYTICS,%20INC"))).containsExactly(ids(expected, 1, 2, 3));
        assertThat(contactIds(api.get(audit + "?employer=" + globexEmployer))).containsExactly(ids(expected, 0));
        assertThat(contactIds(api.get(audit + "?candidateId=" + ben))).containsExactly(ids(expected, 0));
        assertThat(contactIds(api.get(audit + "?from=" + day(10, 15) + "&to=" + day(15, 12))))
                .containsExactly(ids(expected, 2, 3));
        assertThat(contactIds(api.get(audit + "?candidateId=" + ada + "&employer=globex"))).isEmpty();
        JsonNode second = json(api.get(audit + "?page=1&size=3"));
        assertThat(second.get("items")).containsExactly(expected.get(3));
        assertThat(second.get("total").asLong()).isEqualTo(4);

        // --- what a careless client meets
        assertThat(problem(api.get(audit + "?size=201"), 422).get("errors").findValuesAsString("field"))
                .containsExactly("size");
        assertThat(problem(api.get(audit + "?from=" + day(5, 0) + "&to=" + day(4, 0)), 422)
                .get("errors").findValuesAsString("field")).containsExactly("to");
        problem(api.get(audit + "?from=yesterday"), 400);
        String foreign = "/api/v1/organizations/" + UUID.randomUUID() + "/contact-audit";
        problem(api.get(foreign), 404);
        problem(api.send("GET", foreign, null, CSV), 404);
        problem(api.get("/api/v1/organizations/not-an-id/contact-audit"), 400);
        assertThat(new ApiClient(port, "wrong-token").get(audit).statusCode()).isEqualTo(401);

        // --- the CSV export: every matching row, the same values, a standard parser gets them back
        HttpResponse<String> export = api.send("GET", audit, null, CSV);
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        MediaType csvType = MediaType.parseMediaType(export.headers().firstValue("Content-Type").orElseThrow());
        assertThat(csvType.getType() + "/" + csvType.getSubtype()).isEqualTo("text/csv");
        assertThat(csvType.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(export.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"contact-audit.csv\"");
        List<Map<String, String>> rows = csv(export.body());
        List<Map<String, String>> expectedRows = new ArrayList<>();
        expected.forEach(item -> expectedRows.add(csvRow(item)));
        assertThat(rows).isEqualTo(expectedRows);
        assertThat(rows.get(1).get("toneWarnings")).isEqualTo(harsh.get("toneWarnings").valueStream()
                .map(warning -> warning.get("issue").asString() + ": \"" + warning.get("phrase").asString() + "\"")
                .collect(Collectors.joining("; ")));
        assertThat(rows.get(2).get("message")).isEqualTo(thanksText);
        assertThat(csv(api.send("GET", audit + "?employer=GLOBEX", null, CSV).body()))
                .containsExactly(expectedRows.getFirst());
        assertThat(csv(api.send("GET", audit + "?candidateId=" + UUID.randomUUID(), null, CSV).body())).isEmpty();
    }

    // --- expected values ---------------------------------------------------------------------------------------------

    private static ObjectNode row(String contactId, String kind, Instant occurredAt, Instant recordedAt,
                                  String candidateId, String employerId, String employerName, String applicationId,
                                  String direction, String purpose, String contactName, Integer requestNumber,
                                  Boolean withinDay, JsonNode toneWarnings, String message) {
        ObjectNode row = JSON.createObjectNode();
        row.put("contactId", contactId);
        row.put("kind", kind);
        row.put("occurredAt", occurredAt.toString());
        row.put("recordedAt", recordedAt.toString());
        row.put("candidateId", candidateId);
        row.put("employerId", employerId);
        row.put("employerName", employerName);
        row.put("applicationId", applicationId);
        row.put("direction", direction);
        row.put("channel", "EMAIL");
        row.put("purpose", purpose);
        row.put("contactName", contactName);
        row.put("requestNumber", requestNumber);
        row.put("withinDayOfRejection", withinDay);
        row.set("toneWarnings", toneWarnings);
        row.put("message", message);
        return row;
    }

    /** The CSV row an audit item becomes: text as it is, absent values empty, tone warnings in one cell. */
    private static Map<String, String> csvRow(JsonNode item) {
        Map<String, String> row = new LinkedHashMap<>();
        item.properties().forEach(field -> row.put(field.getKey(), field.getKey().equals("toneWarnings")
                ? field.getValue().valueStream().map(warning -> warning.get("issue").asString() + ": \""
                + warning.get("phrase").asString() + "\"").collect(Collectors.joining("; "))
                : field.getValue().isNull() ? "" : field.getValue().asString()));
        return row;
    }

    private static String[] ids(ArrayNode expected, int... positions) {
        return Arrays.stream(positions).mapToObj(position -> expected.get(position).get("contactId")
                .asString()).toArray(String[]::new);
    }

    private static List<String> contactIds(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("items").findValuesAsString("contactId");
    }

    private static List<Map<String, String>> csv(String body) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            assertThat(parser.getHeaderNames()).containsExactly("contactId", "kind", "occurredAt", "recordedAt",
                    "candidateId", "employerId", "employerName", "applicationId", "direction", "channel", "purpose",
                    "contactName", "requestNumber", "withinDayOfRejection", "toneWarnings", "message");
            return parser.getRecords().stream().map(CSVRecord::toMap).map(map -> {
                Map<String, String> ordered = new LinkedHashMap<>();
                parser.getHeaderNames().forEach(name -> ordered.put(name, map.get(name)));
                return ordered;
            }).toList();
        }
    }

    // --- requests and the event store --------------------------------------------------------------------------------

    private static String body(Map<String, ?> fields) {
        return JSON.writeValueAsString(fields);
    }

    private static String contact(String employerId, Instant at, String direction, String purpose,
                                  String contactName, String message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("employerId", employerId);
        fields.put("contactedAt", at.toString());
        fields.put("direction", direction);
        fields.put("channel", "EMAIL");
        fields.put("purpose", purpose);
        fields.put("contactName", contactName);
        fields.put("message", message);
        return body(fields);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private record EventRow(String eventId, Instant recordedAt) {
    }

    /** The stored events of one type of an aggregate, in order: their ids and when they were recorded. */
    private List<EventRow> events(String aggregateId, String type) {
        return JdbcClient.create(dataSource)
                .sql("SELECT event_identifier, time_stamp FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND payload_type LIKE ? ORDER BY sequence_number")
                .params(aggregateId, "%." + type)
                .query((row, number) -> new EventRow(row.getString("event_identifier"),
                        Instant.parse(row.getString("time_stamp"))))
                .list();
    }
}
