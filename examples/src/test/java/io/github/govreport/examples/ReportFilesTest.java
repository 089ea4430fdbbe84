package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A folder's links and special files (issue 21): each is read or named on standard error with the reason,
 * never dropped in silence. Real links and FIFOs in a temporary folder.
 */
class ReportFilesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path write(String name, int n) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, ParseCommandTest.tiny(n), StandardCharsets.UTF_8);
    }

    private static List<String> files(CliTest.Result r) {
        return r.outLines().stream().map(l -> JSON.readTree(l).get("file").stringValue()).toList();
    }

    @Test
    void aLinkToAFolderIsReadThroughTheLink() throws IOException {
        write("elsewhere/2024.txt", 1);
        write("elsewhere/deeper/2025.txt", 2);
        write("reports/a.txt", 3);
        Path reports = dir.resolve("reports");
        Files.createSymbolicLink(reports.resolve("linked"), dir.resolve("elsewhere"));
        CliTest.Result r = CliTest.run("parse", reports.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                reports.resolve("a.txt").toString(),
                reports.resolve("linked/2024.txt").toString(),
                reports.resolve("linked/deeper/2025.txt").toString()), files(r));
        assertEquals("", r.err());
    }

    @Test
    void aLinkBackToAFolderAboveIsNamedAndNotFollowed() throws IOException {
        write("reports/a.txt", 1);
        write("reports/sub/b.txt", 2);
        Path reports = dir.resolve("reports");
        Path loop = Files.createSymbolicLink(reports.resolve("sub/up"), reports);
        CliTest.Result r = CliTest.run("parse", reports.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(reports.resolve("a.txt").toString(), reports.resolve("sub/b.txt").toString()), files(r));
        assertEquals(List.of("govreport: " + loop + ": skipped, a link to " + reports.toRealPath()
                + ", which is read already (a link to a folder that contains it, or a second link to one folder)"),
                r.errLines());
    }

    @Test
    void aSecondLinkToOneFolderGivesItsReportsOnce() throws IOException {
        write("elsewhere/x.txt", 1);
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.createSymbolicLink(reports.resolve("one"), dir.resolve("elsewhere"));
        Path two = Files.createSymbolicLink(reports.resolve("two"), dir.resolve("elsewhere"));
        CliTest.Result r = CliTest.run("values", reports.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.outLines().stream().allMatch(l -> l.contains("\"file\":" + JSON.writeValueAsString(reports.resolve("one/x.txt").toString()))),
                r.out());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("govreport: " + two + ": skipped, a link to "), r.err());
    }

    @Test
    void aBrokenLinkIsNamedAnErrorWhenItLooksLikeAReport() throws IOException {
        write("reports/a.txt", 1);
        Path reports = dir.resolve("reports");
        Path gone = Files.createSymbolicLink(reports.resolve("b.txt"), dir.resolve("moved-away.txt"));
        Path old = Files.createSymbolicLink(reports.resolve("old"), Path.of("nowhere"));
        CliTest.Result r = CliTest.run("parse", reports.toString());
        // a report the folder promised could not be read: the run fails, and the other report still comes out
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of(reports.resolve("a.txt").toString()), files(r));
        assertEquals(List.of(
                "govreport: " + gone + ": a broken symbolic link (to " + dir.resolve("moved-away.txt")
                        + ", which does not exist or is a link loop)",
                "govreport: " + old + ": skipped, a broken symbolic link (to nowhere, which does not exist or is a link loop)"),
                r.errLines());
    }

    @Test
    void aLinkToItselfIsABrokenLink() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        write("reports/a.txt", 1);
        Path self = Files.createSymbolicLink(reports.resolve("self"), Path.of("self"));
        CliTest.Result r = CliTest.run("summary", "--csv", reports.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("govreport: " + self + ": skipped, a broken symbolic link (to self, which does not exist or is a link loop)"),
                r.errLines());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // reading the FIFO would wait for a writer forever
    void aFifoIsNamedAndNotRead() throws IOException, InterruptedException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        write("reports/a.txt", 1);
        Path fifo = reports.resolve("pipe.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        for (String command : List.of("parse", "values", "panel")) {
            CliTest.Result r = CliTest.run(command, reports.toString());
            assertTrue(r.errLines().contains("govreport: " + fifo + ": skipped, a FIFO (named pipe), not a regular file"),
                    command + ": " + r.err());
        }
        CliTest.Result parse = CliTest.run("parse", reports.toString());
        assertEquals(0, parse.code(), parse.err());
        assertEquals(List.of(reports.resolve("a.txt").toString()), files(parse));
    }

    /** Makes a FIFO with the system's mkfifo; false where there is none or it fails. */
    private static boolean mkfifo(Path at) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(at);
        } catch (IOException e) {
            return false;
        }
    }
}
