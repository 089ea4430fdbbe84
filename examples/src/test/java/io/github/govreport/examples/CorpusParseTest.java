package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code govreport parse DIR} and {@code summary} over the shared corpus of real reports ({@code
 * ../shared/corpus/reports} beside the checkout, or {@code -Dgovreport.corpus}); skipped where the corpus
 * is absent. Nothing of the corpus is stored in the project.
 */
class CorpusParseTest {

    static Path corpus() {
        String configured = System.getProperty("govreport.corpus");
        Path folder = configured == null ? Path.of("../../shared/corpus/reports") : Path.of(configured);
        Assumptions.assumeTrue(Files.isDirectory(folder), "no corpus at " + folder + ": skipped");
        return folder;
    }

    @Test
    void theCorpusFolderGivesOneLinePerReportInOrderEachAsParsedAlone() throws IOException {
        Path folder = corpus();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        CliTest.Result r = CliTest.run("parse", folder.toString());
        assertEquals(0, r.code(), r.err());
        // the two texts that are no work reports are read all the same, each with one warning line
        assertEquals(List.of(
                "govreport: " + folder.resolve("city-taoyuan-2015.txt") + ": does not read as a government work report (no body start)",
                "govreport: " + folder.resolve("province-xianggang-2025.txt") + ": does not read as a government work report (no body start)"),
                r.errLines());
        List<String> lines = r.outLines();
        assertEquals(files.size(), lines.size());
        ObjectMapper plain = JsonMapper.builder().build();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = plain.readTree(lines.get(i));
            String file = line.get("file").stringValue();
            names.add(file);
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            ((ObjectNode) line).remove("file"); // what is left is a report, as for one file
            ParseCommandTest.assertContractShape(line, text);
            assertEquals(plain.readTree(CliTest.run("parse", file).out()), line, file);
        }
        assertEquals(files.stream().map(Path::toString).toList(), names);
    }

    @Test
    void everyCorpusReportHasASummaryAndACsv() throws IOException {
        Path folder = corpus();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                CliTest.Result summary = CliTest.run("summary", file.toString());
                assertEquals(0, summary.code(), file + ": " + summary.err());
                assertEquals("title: ", summary.outLines().get(0).substring(0, 7), file.toString());
                CliTest.Result csv = CliTest.run("summary", "--csv", file.toString());
                assertEquals(0, csv.code(), file + ": " + csv.err());
                assertEquals(String.join(",", MeasureCsv.HEADER), csv.out().split("\r\n")[0]);
            }
        }
    }
}
