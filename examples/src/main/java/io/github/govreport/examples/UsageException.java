package io.github.govreport.examples;

/**
 * The command line is wrong: an unknown command or option, or a missing argument. {@link Cli} prints the
 * message on one line with a hint to run {@code --help}, and exits with {@link Cli#USAGE}.
 */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, e.g. {@code unknown option '--frobnicate'}
     */
    public UsageException(String message) {
        super(message);
    }
}
