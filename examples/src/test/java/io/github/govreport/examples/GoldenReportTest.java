package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden JSON of the bundled sample: {@code govreport parse --pretty sample/sample-report.txt} must
 * print exactly {@code src/test/resources/golden/sample-report.json}, so that any change in what the
 * parser finds in the sample shows up here, and in review as a diff of that file.
 *
 * <p>When the parser changes on purpose, regenerate the file and read the diff before committing it:
 *
 * <pre>
 * mvn -B -ntp -pl examples -am verify -Dtest=GoldenReportTest -Dsurefire.failIfNoSpecifiedTests=false -Dgovreport.regenerate=true
 * git diff examples/src/test/resources/golden/sample-report.json
 * </pre>
 *
 * <p>With {@code -Dgovreport.regenerate=true} the test rewrites the file instead of failing, then checks
 * it as usual. The file is pretty-printed (two-space indent, {@code \n} line ends) for reviewability.
 */
class GoldenReportTest {

    static final Path SAMPLE = Path.of("sample", "sample-report.txt");
    static final String GOLDEN_IN_MODULE = "src/test/resources/golden/sample-report.json";
    static final String REGENERATE = "govreport.regenerate";

    static final ObjectMapper PLAIN = JsonMapper.builder().build();

    /** The golden file in the source tree (not the copy in target/test-classes). */
    static Path golden() {
        Path here = Path.of(GOLDEN_IN_MODULE);
        Path fromRoot = Path.of("examples").resolve(GOLDEN_IN_MODULE);
        return Files.isDirectory(Path.of("src", "test")) || !Files.isDirectory(fromRoot.getParent()) ? here : fromRoot;
    }

    static Path sample() {
        return Files.exists(SAMPLE) ? SAMPLE : Path.of("examples").resolve(SAMPLE);
    }

    @Test
    void parseOfTheSampleIsTheGoldenJson() throws IOException {
        CliTest.Result r = CliTest.run("parse", "--pretty", sample().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String actual = r.out();
        Path golden = golden();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            System.err.println("GoldenReportTest: rewrote " + golden.toAbsolutePath().normalize());
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; create it with -D" + REGENERATE + "=true");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!expected.equals(actual)) {
            fail(firstDifference(expected, actual) + "\nIf the parser changed on purpose, rerun with -D" + REGENERATE
                    + "=true and review the diff of " + GOLDEN_IN_MODULE);
        }
    }

    @Test
    void theCompactOutputIsTheSameJsonOnOneLine() throws IOException {
        CliTest.Result r = CliTest.run("parse", sample().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.outLines().size());
        JsonNode golden = PLAIN.readTree(Files.readString(golden(), StandardCharsets.UTF_8));
        assertEquals(golden, PLAIN.readTree(r.outLines().get(0)));
    }

    @Test
    void theGoldenFileIsTheContractShapeAndItsSpansPointIntoTheSample() throws IOException {
        String text = Files.readString(sample(), StandardCharsets.UTF_8);
        JsonNode golden = PLAIN.readTree(Files.readString(golden(), StandardCharsets.UTF_8));
        ParseCommandTest.assertContractShape(golden, text);
        for (String list : List.of("indicators", "targets")) {
            for (JsonNode m : golden.get(list)) {
                for (String key : List.of("value", "change")) {
                    JsonNode mention = m.get(key);
                    if (!mention.isNull()) {
                        assertTrue(m.get("start").intValue() <= mention.get("start").intValue()
                                        && mention.get("end").intValue() <= m.get("end").intValue(),
                                "the span of " + m.get("name") + " covers its " + key);
                    }
                }
            }
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of output>";
            if (!el.equals(al)) {
                return "the parse output differs from the golden file at line " + (i + 1) + ":\n  golden: " + el
                        + "\n  output: " + al;
            }
        }
        return "the parse output differs from the golden file";
    }
}
