package io.github.govreport.examples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A command's arguments, read the one way every command reads them: {@code -h}/{@code --help} asks for
 * help (and ends reading), {@code --} ends the options, {@code -} is an operand (standard input), any
 * other word starting with {@code -} must be one of the command's flags.
 *
 * @param operands the words that are not options, in order
 * @param flags the flags given
 * @param help true when help was asked for
 */
record Arguments(List<String> operands, Set<String> flags, boolean help) {

    /**
     * Reads {@code args} for {@code command}.
     *
     * @throws UsageException for an option the command does not know
     */
    static Arguments parse(String command, List<String> args, Set<String> known) throws UsageException {
        List<String> operands = new ArrayList<>();
        Set<String> flags = new HashSet<>();
        boolean options = true;
        for (String arg : args) {
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && (arg.equals("-h") || arg.equals("--help"))) {
                return new Arguments(operands, flags, true);
            } else if (options && known.contains(arg)) {
                flags.add(arg);
            } else if (options && arg.startsWith("-") && !arg.equals(TextInput.STDIN)) {
                throw new UsageException(command + ": unknown option '" + arg + "'");
            } else {
                operands.add(arg);
            }
        }
        return new Arguments(operands, flags, false);
    }

    /** True when {@code flag} was given. */
    boolean has(String flag) {
        return flags.contains(flag);
    }
}
