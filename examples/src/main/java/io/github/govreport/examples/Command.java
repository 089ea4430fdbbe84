package io.github.govreport.examples;

import java.util.List;

/**
 * One subcommand of the {@code govreport} tool, such as {@code values}. To add one, implement this
 * interface in a class of its own and list an instance in {@link Cli#COMMANDS}; {@link Cli} does the
 * dispatching, the help index, the exit codes for wrong usage and the catching of unexpected failures.
 */
public interface Command {

    /**
     * The word that selects the command on the command line.
     *
     * @return the name, e.g. {@code values}
     */
    String name();

    /**
     * One line for the command index of {@code govreport --help}.
     *
     * @return a short description, without a final newline
     */
    String summary();

    /**
     * The full help of the command, printed by {@code govreport help NAME} and {@code govreport NAME
     * --help}.
     *
     * @return the help text, lines separated by {@code \n}, ending with a newline
     */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @param io where to read and write; problems go to {@link Io#err()} through {@link Io#error}
     * @return the exit code: {@link Cli#OK}, or {@link Cli#INPUT_ERROR} if some input could not be read
     * @throws UsageException for an unknown option or a wrong argument; {@link Cli} prints it with a hint
     *     and exits with {@link Cli#USAGE}
     */
    int run(List<String> args, Io io) throws UsageException;
}
