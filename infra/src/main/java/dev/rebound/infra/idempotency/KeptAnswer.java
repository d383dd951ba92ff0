package dev.rebound.infra.idempotency;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of an answer may be kept for repeats, and which ids a request or an answer mentions.
 *
 * <p>Secrets are shown once and never rest in the table: a field of a JSON answer named in {@link #SECRET_FIELDS}
 * (a newly issued personal access token, {@code token}) is taken out, at any depth, before the answer is kept, and a
 * replay says which fields it withholds ({@code Idempotent-Withheld}). This follows the answer's form, not the
 * endpoint, so every endpoint that answers a secret in such a field is covered, today's and tomorrow's.
 */
final class KeptAnswer {

    /** Fields of a JSON answer that hold a secret shown once. */
    static final Set<String> SECRET_FIELDS = Set.of("token");

    private static final Pattern UUID_TEXT = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private KeptAnswer() {
    }

    /** An answer's body as it may be kept, and the secret fields taken out of it (none: {@code withheld} null). */
    record Redacted(byte[] body, String withheld) {
    }

    /**
     * The body without its secret fields. A body that is not JSON (or not JSON that parses) is kept as it is: only
     * the API's JSON answers carry tokens.
     */
    static Redacted redact(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase().contains("json") || body.length == 0) {
            return new Redacted(body, null);
        }
        JsonNode tree;
        try {
            tree = JsonMapper.shared().readTree(body);
        } catch (JacksonException notJson) {
            return new Redacted(body, null);
        }
        Set<String> removed = new TreeSet<>();
        strip(tree, removed);
        if (removed.isEmpty()) {
            return new Redacted(body, null);
        }
        return new Redacted(JsonMapper.shared().writeValueAsBytes(tree), String.join(",", removed));
    }

    private static void strip(JsonNode node, Set<String> removed) {
        if (node instanceof ObjectNode object) {
            for (String secret : SECRET_FIELDS) {
                if (object.has(secret)) {
                    object.remove(secret);
                    removed.add(secret);
                }
            }
        }
        List<JsonNode> children = new ArrayList<>();
        node.values().forEach(children::add);
        children.forEach(child -> strip(child, removed));
    }

    /** Every UUID written in the given texts (bytes read as UTF-8), in canonical form. */
    static Set<UUID> mentions(String text, byte[] bytes) {
        Set<UUID> ids = new LinkedHashSet<>();
        collect(text, ids);
        if (bytes != null && bytes.length > 0) {
            collect(new String(bytes, StandardCharsets.UTF_8), ids);
        }
        return ids;
    }

    private static void collect(String text, Set<UUID> ids) {
        if (text == null) {
            return;
        }
        Matcher matcher = UUID_TEXT.matcher(text);
        while (matcher.find()) {
            ids.add(UUID.fromString(matcher.group()));
        }
    }
}
