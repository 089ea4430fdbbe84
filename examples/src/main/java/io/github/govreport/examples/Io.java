package io.github.govreport.examples;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a command works with: standard input, output and error, or their stand-ins in a test.
 *
 * @param in standard input, read as bytes
 * @param out where results go; UTF-8
 * @param err where messages go; UTF-8
 */
public record Io(InputStream in, PrintStream out, PrintStream err) {

    /** The prefix of every message on standard error. */
    public static final String PREFIX = "govreport: ";

    /**
     * Prints a one-line message on standard error, prefixed with {@value #PREFIX}.
     *
     * @param message the message, without the prefix
     */
    public void error(String message) {
        err.print(PREFIX + message + "\n");
        err.flush();
    }
}
