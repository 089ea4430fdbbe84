package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.json.GovReportModule;
import io.github.govreport.parser.ValueParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON module and the tool against what the parser finds in the shared corpus of real reports
 * ({@code ../shared/corpus/reports} beside the checkout, or {@code -Dgovreport.corpus}); skipped where the
 * corpus is absent. Nothing of the corpus is stored in the project.
 */
class CorpusJsonTest {

    static Stream<Path> reports() throws IOException {
        String configured = System.getProperty("govreport.corpus");
        Path folder = configured == null ? Path.of("../../shared/corpus/reports") : Path.of(configured);
        Assumptions.assumeTrue(Files.isDirectory(folder), "no corpus at " + folder + ": skipped");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyMentionRoundTripsLosslesslyAndTheToolPrintsTheContractShape(Path report) throws IOException {
        String text = Files.readString(report, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<ValueMention> mentions = ValueParser.standard().findAll(text);
        ObjectMapper lossless = JsonMapper.builder().addModule(new GovReportModule()).build();
        for (ValueMention m : mentions) {
            String json = lossless.writeValueAsString(m);
            assertEquals(m, lossless.readValue(json, ValueMention.class), json);
            assertFalse(json.contains("E+"), json);
        }

        CliTest.Result r = CliTest.run("values", report.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals(mentions.size(), lines.size());
        ObjectMapper plain = JsonMapper.builder().build();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = plain.readTree(lines.get(i));
            assertEquals(CliTest.CONTRACT_FIELDS, List.copyOf(line.propertyNames()), lines.get(i));
            assertEquals(mentions.get(i).text(), line.get("text").stringValue());
            assertEquals(mentions.get(i).text(), text.substring(line.get("start").intValue(), line.get("end").intValue()));
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains("E+")));
    }
}
