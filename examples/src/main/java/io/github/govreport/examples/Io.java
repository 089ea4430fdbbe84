package io.github.govreport.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The streams a command works with: standard input, output and error, or their stand-ins in a test.
 *
 * @param in standard input, read as bytes
 * @param out where results go; UTF-8
 * @param err where messages go; UTF-8
 * @param errIsTerminal true when {@code err} is a terminal a person watches, so that a command may show
 *     progress on it; false for a file, a pipe or a test's buffer
 */
public record Io(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {

    /** The prefix of every message on standard error. */
    public static final String PREFIX = "govreport: ";

    /**
     * Streams whose standard error is not a terminal: no command shows progress on it.
     *
     * @param in standard input
     * @param out standard output
     * @param err standard error
     */
    public Io(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, false);
    }

    /**
     * Prints a one-line message on standard error, prefixed with {@value #PREFIX}.
     *
     * @param message the message, without the prefix
     */
    public void error(String message) {
        err.print(PREFIX + message + "\n");
        err.flush();
    }

    /** A throwable's message on one line (its class name when it has none), for a one-line error. */
    /** Prints the lines for standard error that go before an input's result, then its error if any. */
    void printMessages(List<String> messages, String error) {
        for (String m : messages) {
            err().print(m + "\n");
        }
        err().flush();
        if (error != null) {
            error(error);
        }
    }

    /**
     * The result of a task whose own code catches everything: an interruption or an unexpected failure
     * becomes an {@link IllegalStateException} with a one-line message.
     */
    static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) { // the task catches everything; kept for safety
            throw new IllegalStateException(describe(e.getCause()));
        }
    }

    /** What to do when the heap runs out: the option to raise. */
    static final String MEMORY_HINT = "give Java a larger heap, e.g. java -Xmx2g -jar govreport-cli.jar ...";

    static String describe(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "not enough memory (" + t.getMessage() + "); " + MEMORY_HINT;
        }
        String message = t.getMessage();
        String text = message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
        return text.replaceAll("\\s+", " ").strip();
    }
}
