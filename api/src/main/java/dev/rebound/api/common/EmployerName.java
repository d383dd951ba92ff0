package dev.rebound.api.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How employer names are compared: case, accents, punctuation and legal-form suffixes do not count. */
public final class EmployerName {

    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "company",
            "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "plc", "pty", "oy", "ab", "as", "srl", "spa", "kg");

    private EmployerName() {
    }

    /**
     * The matching key of an employer name: "Acme Analytics, Inc." and " ACME analytics " both become
     * "acme analytics"; a name made only of a legal form keeps it ("Company" stays "company").
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        List<String> words = Arrays.asList(plain.split(" "));
        int end = words.size();
        while (end > 1 && LEGAL_FORMS.contains(words.get(end - 1))) {
            end--;
        }
        return String.join(" ", words.subList(0, end));
    }
}
