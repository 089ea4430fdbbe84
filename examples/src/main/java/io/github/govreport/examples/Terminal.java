package io.github.govreport.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether the process's standard error is a terminal, where a progress line makes sense. */
public final class Terminal {

    private Terminal() {}

    /**
     * Whether file descriptor 2 is a terminal. On Linux this reads where {@code /proc/self/fd/2} points
     * ({@code /dev/pts/N} or {@code /dev/ttyN}), which is right whatever standard input and output are.
     * Elsewhere it falls back to {@code System.console() != null}, which on Java 17 means that standard
     * input and output are terminals: a guess about standard error, the best the JDK offers.
     *
     * @return true if standard error is (very likely) a terminal
     */
    public static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // fall back below
            }
        }
        return System.console() != null;
    }
}
