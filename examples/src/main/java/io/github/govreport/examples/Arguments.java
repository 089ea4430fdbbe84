package io.github.govreport.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments, read the one way every command reads them: {@code -h}/{@code --help} asks for
 * help (and ends reading), {@code --} ends the options, {@code -} is an operand (standard input), any
 * other word starting with {@code -} must be one of the command's flags or of its options that take a
 * value ({@code --encoding GBK} or {@code --encoding=GBK}).
 *
 * @param operands the words that are not options, in order
 * @param flags the flags given
 * @param values the options given with their values (the last one given counts)
 * @param help true when help was asked for
 */
record Arguments(List<String> operands, Set<String> flags, Map<String, String> values, boolean help) {

    /**
     * Reads {@code args} for {@code command}, which takes only flags.
     *
     * @throws UsageException for an option the command does not know
     */
    static Arguments parse(String command, List<String> args, Set<String> known) throws UsageException {
        return parse(command, args, known, Set.of());
    }

    /**
     * Reads {@code args} for {@code command}.
     *
     * @param known the flags the command takes
     * @param valued the options that take a value
     * @throws UsageException for an option the command does not know, or one without its value
     */
    static Arguments parse(String command, List<String> args, Set<String> known, Set<String> valued) throws UsageException {
        List<String> operands = new ArrayList<>();
        Set<String> flags = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int eq = arg.indexOf('=');
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && (arg.equals("-h") || arg.equals("--help"))) {
                return new Arguments(operands, flags, values, true);
            } else if (options && known.contains(arg)) {
                flags.add(arg);
            } else if (options && valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(command + ": " + arg + " needs a value");
                }
                values.put(arg, args.get(++i));
            } else if (options && eq > 0 && valued.contains(arg.substring(0, eq))) {
                values.put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (options && arg.startsWith("-") && !arg.equals(TextInput.STDIN)) {
                throw new UsageException(command + ": unknown option '" + arg + "'");
            } else {
                operands.add(arg);
            }
        }
        return new Arguments(operands, flags, values, false);
    }

    /** True when {@code flag} was given. */
    boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The value given to {@code option}, or null. */
    String value(String option) {
        return values.get(option);
    }
}
