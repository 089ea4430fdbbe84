package io.github.govreport.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real reports, {@code ../shared/corpus/reports} beside the checkout (or the
 * folder named by {@code -Dgovreport.corpus}). Tests that read it are skipped, with a message, where it
 * is absent, so that a fresh clone still passes.
 */
public final class Corpus {

    private Corpus() {}

    /** The corpus folder, or null when there is none. */
    public static Path folder() {
        String configured = System.getProperty("govreport.corpus");
        for (Path p : new Path[] {configured == null ? null : Path.of(configured), Path.of("../../shared/corpus/reports"),
            Path.of("../shared/corpus/reports")}) {
            if (p != null && Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /** Every report file, sorted by name; skips the calling test when the corpus is absent. */
    public static List<Path> reports() {
        Path folder = folder();
        Assumptions.assumeTrue(folder != null, "corpus folder ../shared/corpus/reports not found: corpus tests skipped");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #reportsToTest()} gives where the corpus is absent: a test given it is skipped. */
    public static final Path ABSENT = Path.of("corpus-absent");

    /**
     * The reports for a parameterized test: every report, or where the corpus is absent the one
     * placeholder {@link #ABSENT}, so that the test is reported as skipped (with the reason) instead of
     * vanishing from the count.
     */
    public static List<Path> reportsToTest() {
        return folder() == null ? List.of(ABSENT) : reports();
    }

    /** Skips the calling test when it was given {@link #ABSENT}. */
    public static void assumePresent(Path report) {
        Assumptions.assumeFalse(report == ABSENT, "corpus folder ../shared/corpus/reports not found: corpus test skipped");
    }

    /** The text of a report; skips the calling test when it was given {@link #ABSENT}. */
    public static String read(Path p) {
        assumePresent(p);
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
