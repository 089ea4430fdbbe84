package io.github.govreport.examples;

import io.github.govreport.model.Report;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ReportProblem;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;

/**
 * {@code govreport parse [--pretty] [--encoding NAME] [--problems] [--strict] [FILE|DIR...]}: the whole
 * report as JSON in the contract shape of {@link io.github.govreport.model.json.GovReportModule#contract()}:
 * {@code metadata, sections, indicators, targets, tasks, annotations, noTargets}.
 *
 * <p>One file (or standard input) gives one JSON object on one line. Several operands, or a directory
 * (every report file under it, see {@link ReportFiles}, in order of name), give JSON Lines: one report per
 * line, each starting with a {@code file} field. Inputs are read as {@link ReportOptions} says. Those reports are read and parsed in parallel on a fixed pool of
 * threads, one per processor, and written in input order as each one's turn comes: at most a bounded
 * window of reports is in flight, so memory does not grow with their number. A report that fails is
 * named in one line on standard error, the others still come out, and the exit status is 1.
 */
public final class ParseCommand implements Command {

    private final BiFunction<String, Consumer<ReportProblem>, Report> parser;
    private final int threads;
    private final int window;
    private final ObjectMapper mapper;
    private final ObjectWriter pretty;

    /** Creates the command with the standard lenient report parser and a thread per processor. */
    public ParseCommand() {
        ReportParser lenient = ReportParser.builder().build();
        this.parser = lenient::parse;
        this.threads = Runtime.getRuntime().availableProcessors();
        this.window = 2 * this.threads;
        this.mapper = Json.contractMapper();
        this.pretty = Json.prettyWriter(mapper);
    }

    /**
     * Creates the command with a given parser and pool.
     *
     * @param parser reads one report's text; anything it throws fails that report only
     * @param threads how many reports to parse at once, at least 1
     * @param window how many reports may be in flight (queued, parsing, or done and waiting for their
     *     turn to be written); 0 for twice the threads
     */
    ParseCommand(Function<String, Report> parser, int threads, int window) {
        this.parser = (text, sink) -> parser.apply(text);
        this.threads = Math.max(1, threads);
        this.window = window > 0 ? window : 2 * this.threads;
        this.mapper = Json.contractMapper();
        this.pretty = Json.prettyWriter(mapper);
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String summary() {
        return "read whole reports into JSON: metadata, sections, indicators, targets, tasks,\n"
                + "           annotations and measures with no target set; one line per report";
    }

    @Override
    public String help() {
        return """
                Usage: govreport parse [--pretty] [--encoding NAME] [--problems] [--strict] [FILE|DIR...]

                Reads a whole report and prints it as one JSON object on one line, with exactly these
                fields:
                  metadata     title, region, level (NATIONAL, PROVINCE, CITY, COUNTY), year,
                               reviewYear ("2025" or "2021-2025"), date (yyyy-MM-dd), speaker,
                               speakerTitle, meeting; null where the report does not say
                  sections     the outline as a tree: title, level, start, end, sections
                  indicators   the statistics of the year reviewed: name, concept, value, change,
                               period, start, end; concept is the id of the catalogued
                               indicator the measure is ("gdp", "cpi", "urban-new-jobs" ...),
                               null when none
                  targets      the goals set: as indicators, then headline (on the 主要预期目标 list)
                               and stretch (the 力争 goal of a floor-and-stretch pair)
                  tasks        the work items: title, section, start, end
                  annotations  the glossary notes: term, definition, start, end, references
                               ([{start, end}, ...], where the body refers to the note)
                  noTargets    the measures the report says it sets no target for (不设定…具体目标):
                               measure, start, end; [] when it says so for none
                A value or change is null or a mention object with the fields of 'govreport values':
                start, end, text, kind, change, value, low, high, unit, dimension, qualifier.
                start and end are offsets in the text (UTF-16 code units, end exclusive).

                With several FILEs, or a DIR (every .txt, .md, .markdown, .html and .htm file under
                it, recursively, in order of name; each other file is named on standard error as
                skipped), prints JSON Lines: one report per line, in input order, each starting with
                a "file" field naming its file. These are parsed in parallel on all processors. On a
                terminal, standard error shows a progress line.

                FILE may be plain text, Markdown (with YAML front matter) or HTML; markup is read
                past, and offsets count UTF-16 code units of the text as decoded (after a byte order
                mark). With no FILE, or where FILE is -, standard input is read. A FILE that is
                missing, unreadable, not valid text in its encoding or cannot be parsed is named on
                standard error; the others are still printed, and the exit status is 1. A FILE that
                does not read as a government work report (no 各位代表 opening, or empty) is printed
                all the same, with one warning line on standard error.

                Options:
                  --pretty    print one report indented over many lines (one FILE only)
                """ + ReportOptions.HELP + """
                  -h, --help  print this help
                  --          end of options: every later argument is a FILE or DIR

                Examples:
                  govreport parse report.txt
                  govreport parse reports/ > reports.jsonl
                """;
    }

    @Override
    public int run(List<String> args, Io io) throws UsageException {
        Arguments arguments = Arguments.parse("parse", args, ReportOptions.flags("--pretty"), ReportOptions.VALUED);
        if (arguments.help()) {
            io.out().print(help());
            return Cli.OK;
        }
        ReportOptions options = ReportOptions.of("parse", arguments);
        List<String> operands = new ArrayList<>(arguments.operands());
        boolean indent = arguments.has("--pretty");
        if (operands.isEmpty()) {
            operands.add(TextInput.STDIN);
        }
        boolean single = operands.size() == 1 && !ReportFiles.isDirectory(operands.get(0));
        if (!single) {
            if (indent) {
                throw new UsageException("parse: --pretty takes one FILE, not several or a directory");
            }
            return many(operands, io, options);
        }
        String operand = operands.get(0);
        Outcome outcome = parseOne(operand, io, options);
        outcome.printMessages(io);
        if (outcome.error() != null) {
            return Cli.INPUT_ERROR;
        }
        String failure = write(io.out(), indent ? pretty : mapper.writer(), outcome, false);
        if (failure != null) {
            io.error(failure);
            return Cli.INPUT_ERROR;
        }
        return Cli.OK;
    }

    /**
     * What became of one input: its report, or the message saying why it has none; and the lines for
     * standard error that come before (problems, a warning, a skipped file).
     */
    private record Outcome(String name, Report report, List<String> messages, String error) {

        /** Prints the messages, then the error if any, on standard error. */
        void printMessages(Io io) {
            io.printMessages(messages, error);
        }
    }

    /** Reads and parses one report; never throws. */
    private Outcome parseOne(String name, Io io, ReportOptions options) {
        try {
            ReportOptions.Read read = options.read(name, io, parser);
            return new Outcome(name, read.error() != null ? null : read.report(), read.messages(), read.error());
        } catch (Throwable t) { // any failure is this report's alone
            return new Outcome(name, null, List.of(), TextInput.displayName(name) + ": cannot parse (" + Io.describe(t) + ")");
        }
    }

    /**
     * Writes one report as a JSON line straight to {@code out}, never as one string in memory, so that a
     * report of any size streams: with {@code withFile}, {@code {"file":"…",} and then the report's own
     * fields. Returns the message for standard error when writing fails, else null.
     */
    private String write(PrintStream out, ObjectWriter writer, Outcome outcome, boolean withFile) {
        try {
            if (withFile) {
                out.print("{\"file\":" + mapper.writeValueAsString(outcome.name()) + ",");
                writer.writeValue(new SkipFirstByte(out), outcome.report()); // the report's own opening brace
            } else {
                writer.writeValue(new NotClosing(out), outcome.report());
            }
            out.print("\n");
            return null;
        } catch (Throwable t) {
            out.print("\n");
            return TextInput.displayName(outcome.name()) + ": cannot write (" + Io.describe(t) + ")";
        }
    }

    /** Passes everything on but the first byte, and does not close the stream under it. */
    private static final class SkipFirstByte extends NotClosing {
        private boolean skipped;

        SkipFirstByte(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (skipped) {
                out.write(b);
            }
            skipped = true;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!skipped && len > 0) {
                skipped = true;
                off++;
                len--;
            }
            out.write(b, off, len);
        }
    }

    /** Jackson closes the stream it writes to; standard output must stay open. */
    private static class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** JSON Lines for many inputs, parsed in parallel and written in input order. */
    private int many(List<String> operands, Io io, ReportOptions options) {
        PrintStream out = io.out();
        Progress progress = new Progress(io.err(), io.errIsTerminal() ? ReportFiles.count(operands) : -1);
        ReportFiles inputs = new ReportFiles(operands);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>(window);
        ObjectWriter compact = mapper.writer();
        int status = Cli.OK;
        int done = 0;
        try {
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && inputs.hasNext()) {
                    ReportFiles.Item item = inputs.next();
                    if (item.skipped() != null) {
                        inFlight.add(CompletableFuture.completedFuture(
                                new Outcome(item.name(), null, List.of(Io.PREFIX + item.skipped()), null)));
                        continue;
                    }
                    inFlight.add(pool.submit(() -> item.error() != null
                            ? new Outcome(item.name(), null, List.of(), item.error())
                            : parseOne(item.name(), io, options)));
                }
                Outcome outcome = Io.await(inFlight.poll());
                if (outcome.report() == null && outcome.error() == null) { // a skipped file
                    progress.clear();
                    outcome.printMessages(io);
                    continue;
                }
                done++;
                if (!outcome.messages().isEmpty() || outcome.error() != null) {
                    progress.clear();
                    outcome.printMessages(io);
                }
                if (outcome.error() != null) {
                    status = Cli.INPUT_ERROR;
                } else {
                    String failure = write(out, compact, outcome, true);
                    if (failure != null) {
                        progress.clear();
                        io.error(failure);
                        status = Cli.INPUT_ERROR;
                    }
                    out.flush();
                    if (out.checkError() || Cli.readerGone(out)) {
                        // the disk is full (Cli reports it), or nobody reads any more: stop parsing
                        return status;
                    }
                }
                progress.show(done, outcome.name());
            }
            return status;
        } finally {
            progress.clear();
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "govreport-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }


    /**
     * The {@code \r[12/340] name} line on a terminal's standard error, redrawn at most ten times a second
     * and always for the last report, and erased before any message and at the end.
     */
    private static final class Progress {

        private static final long INTERVAL_NANOS = 100_000_000L;
        private static final String ERASE = "\r\033[K";

        private final PrintStream err;
        private final int total;
        private long last;
        private boolean shown;

        /** {@code total} below zero: show nothing. */
        Progress(PrintStream err, int total) {
            this.err = err;
            this.total = total;
        }

        void show(int done, String name) {
            if (total < 0) {
                return;
            }
            long now = System.nanoTime();
            if (shown && done < total && now - last < INTERVAL_NANOS) {
                return;
            }
            last = now;
            int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
            String file = TextWidth.truncate(TextWidth.printable(name.substring(slash + 1)), 60);
            err.print(ERASE + "[" + done + "/" + total + "] " + file);
            err.flush();
            shown = true;
        }

        void clear() {
            if (shown) {
                err.print(ERASE);
                err.flush();
                shown = false;
            }
        }
    }
}
