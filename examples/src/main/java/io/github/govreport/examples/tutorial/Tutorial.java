package io.github.govreport.examples.tutorial;

import io.github.govreport.parser.ReportInput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What the tutorials share and what is not their lesson: finding the bundled sample, printing UTF-8
 * whatever the platform's default, and stopping with a one-line message instead of a stack trace.
 */
final class Tutorial {

    /** The sample report, from the project root. */
    static final Path SAMPLE_REPORT = Path.of("examples", "sample", "sample-report.txt");

    private Tutorial() {}

    /**
     * The report to read: {@code args[index]} when given, otherwise the bundled sample, found from the
     * project root or from the {@code examples} folder (where Maven runs the tests).
     */
    static Path reportOrSample(String[] args, int index) {
        return args.length > index ? Path.of(args[index]) : sample(SAMPLE_REPORT);
    }

    /** The folder to read: {@code args[index]} when given, otherwise the sample folder. */
    static Path folderOrSample(String[] args, int index) {
        return args.length > index ? Path.of(args[index]) : sample(SAMPLE_REPORT.getParent());
    }

    private static Path sample(Path fromRoot) {
        if (Files.exists(fromRoot)) {
            return fromRoot;
        }
        Path fromExamples = fromRoot.subpath(1, fromRoot.getNameCount());
        return Files.exists(fromExamples) ? fromExamples : fromRoot;
    }

    /** Standard output writing UTF-8, so that Chinese prints right on any platform. */
    static PrintStream out() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    /** Reads a report file in whatever encoding it is saved: UTF-8, UTF-16 with a byte order mark, or GB18030. */
    static String read(Path file) throws IOException {
        return ReportInput.detecting().read(file); // its errors name the file and the byte
    }

    /** Prints one line on standard error saying what went wrong, and exits with status 1. */
    static void fail(Exception e) {
        fail(describe(e));
    }

    /** Prints one line on standard error, and exits with status 1. */
    static void fail(String message) {
        System.out.flush();
        System.err.println("error: " + message);
        System.exit(1);
    }

    /** A failure in words: {@code no such file: x.txt}. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
