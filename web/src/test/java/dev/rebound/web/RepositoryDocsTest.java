package dev.rebound.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user's clone tells them is all there: the README, the docs and the code's comments point only to files the
 * repository has (the team's own design notes live outside it), the definitions the figures follow are in
 * {@code docs/domain.md}, and text that stopped being true is not back.
 */
class RepositoryDocsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern OUTSIDE_THE_CLONE = Pattern.compile("\\.\\./shared|\\bDESIGN\\.md|\\bAPI\\.md");

    @Test
    void readmeDocsAndCommentsPointOnlyToFilesTheRepositoryHas() throws IOException {
        List<String> pointers;
        try (Stream<Path> files = Files.walk(ROOT)) {
            pointers = files.filter(Files::isRegularFile)
                    .filter(file -> !ROOT.relativize(file).toString().contains("target"))
                    .filter(file -> !ROOT.relativize(file).startsWith(".git"))
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".md")
                            || file.toString().endsWith(".html"))
                    .filter(file -> !file.getFileName().toString().equals("RepositoryDocsTest.java"))
                    .flatMap(RepositoryDocsTest::linesPointingOutside)
                    .toList();
        }
        assertThat(pointers).as("lines that send a reader to a file a clone does not have").isEmpty();
    }

    @Test
    void theDefinitionsTheFiguresFollowAreInTheRepository() throws IOException {
        String domain = Files.readString(ROOT.resolve("docs/domain.md"));
        assertThat(domain).contains("Weighted score", "Recurring", "Status", "Feedback requested within 24 h rate",
                "Feedback response rate", "Median hours to feedback", "Due times", "Who may see what");
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("docs/domain.md");
    }

    @Test
    void theReadmeNamesNoProfileOrRoleThatDoesNotExist() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).doesNotContain("(to come)", "and later their coach");
        assertThat(ROOT.resolve("api/src/main/java/dev/rebound/api/access/ReaderRole.java"))
                .as("one role enum, api's Role").doesNotExist();
    }

    private static Stream<String> linesPointingOutside(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return IntStream.range(0, lines.size())
                    .filter(i -> OUTSIDE_THE_CLONE.matcher(lines.get(i)).find())
                    .mapToObj(i -> ROOT.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
