package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The figures the README states (issue 21, item 8), read from the README and measured again: the Jackson
 * version against the parent pom, and, where the shared corpus is there, the mention count of {@code values}
 * and the row counts of the national panel against the commands the README names.
 */
class ReadmeFiguresTest {

    /** The README with every run of white space as one space, so that a figure may wrap. */
    private static String readme() throws IOException {
        return Files.readString(Path.of("../README.md")).replaceAll("\\s+", " ");
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        assertTrue(m.find(), "README does not state " + p);
        return m.group(1);
    }

    @Test
    void theJacksonVersionIsThePoms() throws IOException {
        String pom = Files.readString(Path.of("../pom.xml"));
        String version = first(Pattern.compile("<jackson.version>([^<]+)</jackson.version>"), pom);
        assertTrue(readme().contains("the project builds and tests with " + version + ", the `jackson.version`"), version);
    }

    @Test
    void theCorpusFiguresAreWhatTheCommandsPrint() throws IOException {
        Path corpus = CorpusParseTest.corpus();
        String readme = readme();
        CliTest.Result values = CliTest.run("values", corpus.toString());
        assertEquals(0, values.code(), values.err());
        assertEquals(first(Pattern.compile("reports \\| wc -l` prints (\\d+)"), readme), String.valueOf(values.outLines().size()));
        long unknown = values.outLines().stream().filter(l -> l.contains("\"dimension\":\"UNKNOWN\"")).count();
        assertEquals(first(Pattern.compile("'\"dimension\":\"UNKNOWN\"'` prints (\\d+)"), readme), String.valueOf(unknown));

        List<String> national = new ArrayList<>();
        try (Stream<Path> list = Files.list(corpus)) {
            list.filter(p -> p.getFileName().toString().matches("national-zhongguo-.*\\.txt")).sorted()
                    .forEach(p -> national.add(p.toString()));
        }
        String concepts = last(CliTest.run(withCommand("panel", national)));
        String all = last(CliTest.run(withCommand("panel", withFirst("--all", national))));
        assertTrue(readme.contains("prints " + concepts.substring(0, concepts.indexOf(' ')) + " rows (its last line: `" + concepts + "`)"),
                concepts);
        assertTrue(readme.contains("with `--all`, " + all.substring(0, all.indexOf(' ')) + " rows (`" + all + "`)"), all);
    }

    private static String last(CliTest.Result r) {
        List<String> lines = r.outLines();
        return lines.get(lines.size() - 1);
    }

    private static String[] withCommand(String command, List<String> args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(args);
        return all.toArray(String[]::new);
    }

    private static List<String> withFirst(String option, List<String> args) {
        List<String> all = new ArrayList<>(List.of(option));
        all.addAll(args);
        return all;
    }
}
