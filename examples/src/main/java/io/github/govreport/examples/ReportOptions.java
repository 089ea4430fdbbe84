package io.github.govreport.examples;

import io.github.govreport.model.Report;
import io.github.govreport.parser.ReportInput;
import io.github.govreport.parser.ReportProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The options of the commands that read whole reports ({@code parse}, {@code summary}, {@code panel}),
 * and the one way they read a report with them:
 * <ul>
 *   <li>{@code --encoding NAME} decodes every input in that encoding (else: UTF-8 with or without a byte
 *       order mark, UTF-16 with one, else GB18030; see {@link ReportInput});
 *   <li>{@code --problems} prints every problem the parser reports, one line each on standard error:
 *       {@code FILE:LINE:COLUMN SEVERITY TYPE message};
 *   <li>{@code --strict} fails an input that has a problem of severity ERROR (it does not read as a
 *       report): one line on standard error, no output for it, exit status 1.
 * </ul>
 * Without {@code --strict}, an input that does not read as a report (or is empty) is still read, and one
 * warning line says so ({@code govreport: FILE: does not read as a government work report (no body
 * start)}), unless {@code --problems} has already printed its ERROR.
 *
 * @param input how to decode the inputs
 * @param problems whether to print every problem
 * @param strict whether an ERROR fails the input
 */
record ReportOptions(ReportInput input, boolean problems, boolean strict) {

    /** The flags these options add to a command. */
    static final Set<String> FLAGS = Set.of("--problems", "--strict");
    /** The options with a value these options add to a command. */
    static final Set<String> VALUED = Set.of("--encoding");

    /** The lines of a command's help that describe these options. */
    static final String HELP = """
              --encoding NAME
                          read every input in this encoding (UTF-8, GBK, GB18030, UTF-16LE ...);
                          without it: UTF-8 with or without a byte order mark, UTF-16 with a
                          byte order mark, else GB18030 (which covers GBK and GB2312)
              --problems  print every problem found, one line each on standard error:
                            FILE:LINE:COLUMN SEVERITY TYPE message
                          SEVERITY is ERROR (the text does not read as a report: NO_BODY_START),
                          WARNING (something expected is missing: MISSING_METADATA, NO_SECTIONS,
                          NO_TARGET_LIST) or NOTE (a detail left out: UNNAMED_VALUE,
                          CORRUPTED_VALUE, UNREADABLE_NOTE, UNMATCHED_NOTE_MARKER)
              --strict    an input with an ERROR fails: it is named on standard error, gives no
                          output, and the exit status is 1
            """;

    /** {@code flags} and {@link #FLAGS} together. */
    static Set<String> flags(String... flags) {
        Set<String> all = new HashSet<>(FLAGS);
        all.addAll(List.of(flags));
        return all;
    }

    /**
     * The options given.
     *
     * @throws UsageException for an encoding the JDK does not know
     */
    static ReportOptions of(String command, Arguments arguments) throws UsageException {
        return new ReportOptions(input(command, arguments), arguments.has("--problems"), arguments.has("--strict"));
    }

    /**
     * The decoding {@code --encoding} asks for, or detection.
     *
     * @throws UsageException for an encoding the JDK does not know
     */
    static ReportInput input(String command, Arguments arguments) throws UsageException {
        String name = arguments.value("--encoding");
        if (name == null) {
            return ReportInput.detecting();
        }
        try {
            return ReportInput.forcing(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": unknown encoding '" + name + "'");
        }
    }

    /**
     * What became of one input.
     *
     * @param name the input as given
     * @param text its text, or null when it failed
     * @param report its report, or null when it failed
     * @param messages lines for standard error, complete (problem lines, a warning), in order
     * @param error why the input failed, ready to print after {@link Io#PREFIX}; null when it did not
     */
    record Read(String name, String text, Report report, List<String> messages, String error) {

        /** Prints the messages, then the error if any, on standard error. */
        void printMessages(Io io) {
            io.printMessages(messages, error);
        }
    }

    /**
     * Reads, decodes and parses one input. Never throws: a failure is this input's alone.
     *
     * @param name a file name, or {@code -}
     * @param io where standard input comes from
     * @param parser reads a text, handing its problems to the sink
     */
    Read read(String name, Io io, BiFunction<String, Consumer<ReportProblem>, Report> parser) {
        String shown = TextInput.displayName(name);
        String text;
        try {
            text = TextInput.read(name, io.in(), input);
        } catch (TextInput.UnreadableException e) {
            return new Read(name, null, null, List.of(), e.getMessage());
        }
        List<ReportProblem> found = new ArrayList<>();
        Report report;
        try {
            report = parser.apply(text, found::add);
        } catch (Throwable t) { // any failure is this report's alone
            return new Read(name, null, null, List.of(), shown + ": cannot parse (" + Io.describe(t) + ")");
        }
        List<String> messages = new ArrayList<>();
        boolean errorShown = false;
        if (problems) {
            for (ReportProblem p : found) {
                messages.add(line(shown, p));
                errorShown |= p.severity() == ReportProblem.Severity.ERROR;
            }
        }
        String reason = notAReport(text, found);
        if (reason != null) {
            String says = shown + ": does not read as a government work report (" + reason + ")";
            if (strict) {
                return new Read(name, null, null, messages, says);
            }
            if (!errorShown) {
                messages.add(Io.PREFIX + says);
            }
        }
        return new Read(name, text, report, messages, null);
    }

    /** {@code FILE:LINE:COLUMN SEVERITY TYPE message}, on one line. */
    static String line(String file, ReportProblem p) {
        return file + ":" + p.line() + ":" + p.column() + " " + p.severity() + " " + p.type() + " "
                + p.message().replaceAll("\\s+", " ").strip();
    }

    /** Why the text is no report ({@code empty}, {@code no body start}), or null when it is one. */
    static String notAReport(String text, List<ReportProblem> problems) {
        if (text.isBlank()) {
            return "empty";
        }
        for (ReportProblem p : problems) {
            if (p.severity() == ReportProblem.Severity.ERROR) {
                return p.type() == ReportProblem.Type.NO_BODY_START
                        ? "no body start"
                        : p.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            }
        }
        return null;
    }
}
