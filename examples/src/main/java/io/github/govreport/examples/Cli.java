package io.github.govreport.examples;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code govreport} command-line tool: {@code java -jar govreport-cli.jar COMMAND [ARG...]}.
 *
 * <p>{@link #run} holds all the logic and never throws, so that tests run the tool in-process; {@link
 * #main} only binds it to the real standard streams (UTF-8, whatever the platform default) and exits with
 * its code. Each command is a {@link Command} listed in {@link #COMMANDS}.
 *
 * <p>Exit codes: {@value #OK} success, {@value #INPUT_ERROR} an input could not be read, is not valid
 * text, could not be parsed or, with {@code --strict}, does not read as a report (or the output could not
 * be written), {@value #USAGE} wrong usage, {@value
 * #INTERNAL_ERROR} an unexpected failure, which is reported in one line and never as a stack trace.
 */
public final class Cli {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: some input was missing, unreadable, not valid text, unparsable or (strict) no report, or the output failed. */
    public static final int INPUT_ERROR = 1;
    /** Exit code: unknown command or option. */
    public static final int USAGE = 2;
    /** Exit code: an unexpected failure (EX_SOFTWARE of sysexits.h). */
    public static final int INTERNAL_ERROR = 70;

    /** The commands, in the order {@code --help} lists them. */
    public static final List<Command> COMMANDS =
            List.of(new ValuesCommand(), new ParseCommand(), new SummaryCommand(), new PanelCommand(), new HtmlCommand());

    /** A command that is planned but not written yet: listed by {@code --help}, refused when run. */
    private record Planned(String name, String summary) {}

    /** None at the moment; add {@code new Planned("name", "(coming) ...")} to announce one. */
    private static final List<Planned> PLANNED = List.of();

    private static final String HINT = " (run 'govreport --help' for usage)";

    private Cli() {}

    /**
     * Runs the tool with the process's standard streams and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new StdoutPrintStream(new StdoutStream(new FileOutputStream(FileDescriptor.out)));
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err, Terminal.stderrIsTerminal());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the tool. Never throws: every failure becomes a one-line message on {@code err} and an exit
     * code.
     *
     * @param args the command line, without the program name
     * @param in standard input
     * @param out standard output; results are written to it as UTF-8 if it is set up that way
     * @param err standard error, for one-line messages
     * @return the exit code: {@link #OK}, {@link #INPUT_ERROR}, {@link #USAGE} or {@link #INTERNAL_ERROR}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, false);
    }

    /**
     * Runs the tool, telling the commands whether {@code err} is a terminal (where {@code parse} shows
     * its progress). Never throws.
     *
     * @param args the command line, without the program name
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @param errIsTerminal whether {@code err} is a terminal a person watches
     * @return the exit code: {@link #OK}, {@link #INPUT_ERROR}, {@link #USAGE} or {@link #INTERNAL_ERROR}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {
        Io io = new Io(in, out, err, errIsTerminal);
        try {
            int code = dispatch(List.of(args), io);
            out.flush();
            if (out.checkError()) {
                // a ReasonPrintStream (the tool's own standard output) knows why; any other PrintStream does not
                String why = out instanceof ReasonPrintStream r ? r.failure() : null;
                io.error("error writing output" + (why == null ? "" : ": " + why));
                return Math.max(code, INPUT_ERROR);
            }
            return code;
        } catch (UsageException e) {
            io.error(e.getMessage() + HINT);
            return USAGE;
        } catch (Throwable t) { // everything: no stack trace reaches the user
            try {
                out.flush();
                io.error("internal error: " + Io.describe(t));
            } catch (Throwable ignored) {
                // nothing more can be said
            }
            return INTERNAL_ERROR;
        }
    }

    /** The version the jar's manifest states, or {@code (development build)} when run from classes. */
    static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v != null ? v : "(development build)";
    }

    private static int dispatch(List<String> args, Io io) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("no command given");
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (first.equals("-h") || first.equals("--help")) {
            io.out().print(help());
            return OK;
        }
        if (first.equals("help")) {
            return helpCommand(rest, io);
        }
        if (first.equals("-V") || first.equals("--version")) {
            io.out().println("govreport " + version());
            return OK;
        }
        if (first.startsWith("-")) {
            throw new UsageException("unknown option '" + first + "'");
        }
        return command(first).run(rest, io);
    }

    private static int helpCommand(List<String> args, Io io) throws UsageException {
        if (args.isEmpty()) {
            io.out().print(help());
        } else if (args.size() == 1) {
            io.out().print(command(args.get(0)).help());
        } else {
            throw new UsageException("help takes at most one command name");
        }
        return OK;
    }

    private static Command command(String name) throws UsageException {
        Optional<Command> found =
                COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        if (PLANNED.stream().anyMatch(p -> p.name().equals(name))) {
            throw new UsageException("command '" + name + "' is not available yet");
        }
        throw new UsageException("unknown command '" + name + "'");
    }

    /**
     * The general help: usage, every command, options, input rules and exit codes.
     *
     * @return the text, ending with a newline
     */
    public static String help() {
        StringBuilder s = new StringBuilder();
        s.append("Usage: govreport COMMAND [OPTION...] [FILE...]\n\n");
        s.append("Reads Chinese government work reports (政府工作报告) and prints what it finds: JSON for\n"
                + "programs, a summary for people, CSV for spreadsheets, HTML pages to check it against\n"
                + "the text.\n\n");
        s.append("Commands:\n");
        for (Command c : COMMANDS) {
            s.append(indexLine(c.name(), c.summary()));
        }
        for (Planned p : PLANNED) {
            s.append(indexLine(p.name(), p.summary()));
        }
        s.append(indexLine("help", "print this help, or 'help COMMAND' for one command"));
        s.append("""

                Options:
                  -h, --help  print this help; 'govreport COMMAND --help' prints the command's help
                  -V, --version
                              print the version of govreport

                Input: each FILE is plain text, Markdown (with YAML front matter) or HTML, read as
                UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, else
                GB18030 (which covers GBK); --encoding NAME forces one encoding. Bytes that are not
                valid text are an error, never replaced. With no FILE, or where FILE is -, standard
                input is read. Every command also takes a DIR: every .txt, .md, .markdown, .html and
                .htm file under it, recursively, in order of name; each other file is named on
                standard error as skipped. Output is UTF-8.

                Problems: parse, summary, panel and html print one warning line on standard error
                for a text that does not read as a government work report (no 各位代表 opening, or
                empty); --problems prints every problem found, one line each
                (FILE:LINE:COLUMN SEVERITY TYPE message); --strict makes an ERROR fail the input.

                Exit status: 0 success; 1 an input was missing, unreadable, not valid text, could not
                be parsed, or with --strict did not read as a report (the other inputs are still
                read); 2 wrong usage; 70 internal error.

                Examples:
                  java -jar govreport-cli.jar summary report.txt
                  java -jar govreport-cli.jar parse report.txt
                  java -jar govreport-cli.jar parse reports/ > reports.jsonl
                  java -jar govreport-cli.jar summary --csv report.txt > report.csv
                  java -jar govreport-cli.jar values report.txt
                  java -jar govreport-cli.jar panel reports/
                  java -jar govreport-cli.jar html report.txt > report.html
                  java -jar govreport-cli.jar panel --html reports/ > panel.html
                  java -jar govreport-cli.jar parse --encoding GBK --problems --strict reports/
                """);
        return s.toString();
    }

    private static String indexLine(String name, String summary) {
        return "  " + name + " ".repeat(Math.max(1, 9 - name.length())) + summary + "\n";
    }


    /**
     * Whether the reader of standard output has gone ({@code govreport parse DIR | head}): a command with
     * much work left may stop early, since nobody reads its output. False for any stream but the real
     * standard output of {@link #main}, and until a write has found the pipe closed.
     *
     * @param out the stream a command writes its results to
     * @return true once writing to it has met a broken pipe
     */
    static boolean readerGone(PrintStream out) {
        return out instanceof StdoutPrintStream s && s.raw.readerGone;
    }

    /** The process's standard output: UTF-8, buffered, and able to tell when its reader has gone. */
    private static final class StdoutPrintStream extends ReasonPrintStream {

        private final StdoutStream raw;

        StdoutPrintStream(StdoutStream raw) {
            super(new BufferedOutputStream(raw, 1 << 16));
            this.raw = raw;
        }
    }

    /**
     * Standard output that turns quiet once the reader has gone ({@code govreport values x | head}): a
     * broken pipe is not an error of the tool, so later writes are dropped instead of failing. Any other
     * write failure passes through, so {@link PrintStream#checkError()} reports it.
     */
    private static final class StdoutStream extends FilterOutputStream {

        private boolean readerGone;

        StdoutStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (readerGone) {
                return;
            }
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                if (!isBrokenPipe(e)) {
                    throw e;
                }
                readerGone = true;
            }
        }

        @Override
        public void flush() throws IOException {
            if (!readerGone) {
                out.flush();
            }
        }

        private static boolean isBrokenPipe(IOException e) {
            String m = e.getMessage();
            return m != null && m.toLowerCase(Locale.ROOT).contains("broken pipe");
        }
    }
}
