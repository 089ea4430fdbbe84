package io.github.govreport.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The texts the benchmarks read: the shared corpus when present, else the bundled sample report. */
final class Texts {

    private Texts() {}

    static List<String> reports() {
        String configured = System.getProperty("govreport.corpus", "../shared/corpus/reports");
        Path folder = Path.of(configured);
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(Texts::read).toList();
                }
            }
            return List.of(read(Path.of("examples/sample/sample-report.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long utf8Bytes(List<String> texts) {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
