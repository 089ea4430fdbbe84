package io.github.govreport.examples;

import io.github.govreport.core.ValueMention;
import io.github.govreport.examples.html.PanelPage;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.panel.Panel;
import io.github.govreport.model.panel.PanelResult;
import io.github.govreport.model.panel.PanelRow;
import io.github.govreport.model.panel.Status;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ReportProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code govreport panel [--csv|--html] [--encoding NAME] [--problems] [--strict] FILE|DIR...}: the targets
 * of each region's reports against the outcomes its next reports give, one row per region, year and
 * measure, built with {@link Panel}. A table for a terminal, CSV, or an HTML page with charts ({@link
 * PanelPage}). Inputs are read as {@link ReportOptions} says.
 */
public final class PanelCommand implements Command {

    /** The CSV header. */
    static final List<String> CSV_HEADER = List.of("region", "region_code", "level", "year", "concept", "name", "sense", "target_text",
            "target_file", "target_start", "target_end", "outcome_text", "outcome_file", "outcome_start",
            "outcome_end", "status", "difference");

    /**
     * The widest a cell may be in the table, in columns, by column; longer ones are cut with an ellipsis.
     * The difference is never cut: a number with its end cut off would read as another number.
     */
    private static final int[] LIMITS = {16, 8, 4, 24, 26, 24, 30, 14, Integer.MAX_VALUE, 60};

    private static final List<String> TABLE_HEADER = List.of(
            "region", "level", "year", "name", "concept", "target", "outcome", "status", "difference", "note");

    private static final String NONE = "-";

    private final BiFunction<String, Consumer<ReportProblem>, Report> parser;
    private final int threads;

    /** Creates the command with the standard lenient report parser and a thread per processor. */
    public PanelCommand() {
        ReportParser lenient = ReportParser.builder().build();
        this.parser = lenient::parse;
        this.threads = Runtime.getRuntime().availableProcessors();
    }

    /**
     * Creates the command with a given parser.
     *
     * @param parser reads one report's text; anything it throws fails that report only
     * @param threads how many reports to parse at once, at least 1
     */
    PanelCommand(Function<String, Report> parser, int threads) {
        this.parser = (text, sink) -> parser.apply(text);
        this.threads = Math.max(1, threads);
    }

    @Override
    public String name() {
        return "panel";
    }

    @Override
    public String summary() {
        return "hold each region's targets for a year against the outcomes its next report\n"
                + "           gives: reached, missed, approximate ...; a table, CSV with --csv, or an\n"
                + "           HTML page with a chart per measure with --html";
    }

    @Override
    public String help() {
        return """
                Usage: govreport panel [--csv|--html] [--encoding NAME] [--problems] [--strict] FILE|DIR...

                Reads reports of one or more regions and holds each annual target a report sets for
                its year Y against the outcome that the same region's next report (the one that
                reviews Y, or else the one for Y+1 that reviews a term ending in Y) gives for Y.
                Reports are of one region when their region codes are equal
                (浙江省宁波市 and 宁波市 are 330200); without a code, when their regions match without
                parentheses and spaces (中国（国务院） is 中国) and their levels are equal. The outcome
                is an indicator for the single year Y with the same concept (gdp, cpi ...), or the
                same name where there is no concept on both sides.

                One row per region, level, year and measure (its concept, else its name), with a
                status:
                  REACHED         the outcome meets the target as its qualifier says: 以上/超过 at or
                                  above, 以内/低于 at or below, a range within its ends, a plain
                                  figure at or beyond it; for a fall (下降3%以上) a larger fall
                  MISSED          it does not
                  APPROX          the target is approximate (左右, 近): no verdict, only the difference
                  NOT_COMPARABLE  one is a change and the other a level, or they differ in kind
                                  or unit
                  NO_OUTCOME      the next report is not among those given, or has no such measure
                  NO_TARGET_SET   the report says it sets no target for the measure (不设定…具体目标);
                                  the outcome is shown when the next report gives one
                difference is the outcome minus the target, a fall negative (下降3.1% against
                下降3%以上 is -0.1); for a range, the distance to its nearest end.

                The table shows region, level, year, name, concept, the target and the outcome as
                the reports write them (the outcome's name first when it differs), status,
                difference and a note; wide cells are cut with …, and a last line counts the rows
                by status.

                By default the panel holds the targets that have a concept (gdp, cpi ...), which
                reports of other regions and years name alike.

                Options:
                  --all       every annual target, also those without a concept
                  --csv       print instead CSV (RFC 4180, UTF-8, CR LF line ends) with the header
                                region,region_code,level,year,concept,name,sense,
                                target_text,target_file,target_start,target_end,
                                outcome_text,outcome_file,outcome_start,outcome_end,
                                status,difference
                              region_code is the six-digit code of the region in the
                              standard of administrative divisions (empty where unknown);
                              sense is FLOOR or CEILING: which side of the target its
                              outcome must be on (empty for a no-target statement)
                              target_text and outcome_text are the values as written (a level
                              and a change joined by ", "); *_start and *_end are offsets into
                              the file (UTF-16 code units); for NO_TARGET_SET target_text is
                              empty and target_start, target_end are those of the statement;
                              a field is empty where there is nothing
                  --html      print instead one self-contained HTML page: for each region, a
                              chart (inline SVG) for each concept with targets in two or more
                              years: a band for a range or an approximate target, a line with
                              a triangle for the others, the outcome as ● reached, ✕ missed,
                              ◆ against an approximate target, □ no verdict, and the status
                              in words under each year; then the region's table, each row
                              linking to the sentences its target and outcome were read from
                """ + ReportOptions.HELP + """
                  -h, --help  print this help
                  --          end of options: every later argument is a FILE or DIR

                Each FILE may be plain text, Markdown or HTML; each DIR gives every .txt, .md,
                .markdown, .html and .htm file under it (each other file is named on standard error
                as skipped); - is standard input. A FILE that is missing, unreadable, not valid text
                in its encoding or cannot be parsed is named on standard error, the panel is built
                from the others, and the exit status is 1.
                A report without a region, or without a year, cannot be placed: it is named on
                standard error and left out. So is a report that gives no row, with the reason (it
                sets no annual target the panel holds, and no report of its region sets targets for
                the year it reviews), and a second report of one region for one year: the first given
                counts.

                Examples:
                  govreport panel reports/
                  govreport panel --csv 2024.txt 2025.txt > panel.csv
                  govreport panel --html reports/ > panel.html
                """;
    }

    @Override
    public int run(List<String> args, Io io) throws UsageException {
        Arguments arguments = Arguments.parse("panel", args, ReportOptions.flags("--csv", "--html", "--all"), ReportOptions.VALUED);
        if (arguments.help()) {
            io.out().print(help());
            return Cli.OK;
        }
        if (arguments.operands().isEmpty()) {
            throw new UsageException("panel: give the reports, as FILEs or a DIR");
        }
        boolean html = arguments.has("--html");
        if (html && arguments.has("--csv")) {
            throw new UsageException("panel: give --csv or --html, not both");
        }
        ReportOptions options = ReportOptions.of("panel", arguments);
        List<Parsed> parsed = parseAll(arguments.operands(), io, options, html);
        Map<String, String> texts = new HashMap<>();
        int status = Cli.OK;
        boolean all = arguments.has("--all");
        Panel.Builder panel = Panel.builder().conceptsOnly(!all);
        for (Parsed p : parsed) {
            for (String m : p.messages()) {
                io.err().print(m + "\n");
            }
            if (p.error() != null) {
                io.error(p.error());
                status = Cli.INPUT_ERROR;
                continue;
            }
            if (p.report() == null) {
                continue; // a skipped file
            }
            panel.add(TextInput.displayName(p.name()), p.report());
            if (p.text() != null) {
                texts.put(TextInput.displayName(p.name()), p.text());
            }
        }
        // what the panel left out (no region, no year, a second report for one year, no row), named as it says
        PanelResult result = panel.result();
        for (PanelResult.LeftOut left : result.leftOut()) {
            io.error(left.source().file() + ": " + left.message());
        }
        List<PanelRow> rows = result.rows();
        io.out().print(html ? PanelPage.write(rows, texts) : arguments.has("--csv") ? csv(rows) : table(rows));
        return status;
    }

    /**
     * One input: its report (only what the panel needs), or why it has none; and the lines for standard
     * error that come before (problems, a warning, a skipped file). The text is kept only for a page
     * that quotes the sentences.
     */
    private record Parsed(String name, Report report, String text, List<String> messages, String error) {}

    /** Reads and parses every input on a pool of threads; the results come in input order. */
    private List<Parsed> parseAll(List<String> operands, Io io, ReportOptions options, boolean keepText) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "govreport-panel-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Parsed>> futures = new ArrayList<>();
            for (ReportFiles files = new ReportFiles(operands); files.hasNext(); ) {
                ReportFiles.Item item = files.next();
                if (item.skipped() != null) {
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(
                            new Parsed(item.name(), null, null, List.of(Io.PREFIX + item.skipped()), null)));
                    continue;
                }
                futures.add(pool.submit(() -> item.error() != null
                        ? new Parsed(item.name(), null, null, List.of(), item.error())
                        : parseOne(item.name(), io, options, keepText)));
            }
            List<Parsed> out = new ArrayList<>();
            for (Future<Parsed> f : futures) {
                out.add(Io.await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Never throws: a failure is this input's alone. */
    private Parsed parseOne(String name, Io io, ReportOptions options, boolean keepText) {
        ReportOptions.Read read = options.read(name, io, parser);
        if (read.error() != null) {
            return new Parsed(name, null, null, read.messages(), read.error());
        }
        Report r = read.report();
        // keep what the panel reads, not every value and section of every report
        Report slim = new Report(r.metadata(), List.of(), r.indicators(), r.targets(), List.of(), List.of(),
                List.of(), r.noTargets());
        return new Parsed(name, slim, keepText ? read.text() : null, read.messages(), null);
    }

    /**
     * The CSV: the header, then one line per row.
     *
     * @param rows the panel
     * @return the CSV text, lines ended by CR LF
     */
    static String csv(List<PanelRow> rows) {
        StringBuilder s = new StringBuilder(MeasureCsv.line(CSV_HEADER));
        for (PanelRow r : rows) {
            List<String> line = new ArrayList<>();
            line.add(r.region());
            line.add(r.regionCode() == null ? "" : r.regionCode());
            line.add(r.level() == null ? "" : r.level().name());
            line.add(Integer.toString(r.year()));
            line.add(r.concept() == null ? "" : r.concept());
            line.add(r.name());
            line.add(r.target() == null || r.target().sense() == null ? "" : r.target().sense().name());
            if (r.target() != null) {
                line.add(text(r.target().value(), r.target().change()));
            } else {
                line.add("");
            }
            line.add(r.targetFile() == null ? "" : r.targetFile());
            var targetSpan = r.target() != null ? r.target().span() : r.noTarget().span();
            line.add(Integer.toString(targetSpan.start()));
            line.add(Integer.toString(targetSpan.end()));
            Indicator o = r.outcome();
            line.add(o == null ? "" : text(o.value(), o.change()));
            line.add(r.outcomeFile() == null ? "" : r.outcomeFile());
            line.add(o == null ? "" : Integer.toString(o.span().start()));
            line.add(o == null ? "" : Integer.toString(o.span().end()));
            line.add(r.status().name());
            line.add(r.difference() == null ? "" : r.difference().toPlainString());
            s.append(MeasureCsv.line(line));
        }
        return s.toString();
    }

    /**
     * The table for a terminal, then a line counting the rows by status.
     *
     * @param rows the panel
     * @return the text, lines ended by {@code \n}
     */
    static String table(List<PanelRow> rows) {
        if (rows.isEmpty()) {
            return "No annual targets found: give the reports that set them, with the next year's reports.\n";
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(TABLE_HEADER);
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (PanelRow r : rows) {
            counts.merge(r.status(), 1, Integer::sum);
            Target t = r.target();
            Indicator o = r.outcome();
            String outcome = o == null ? NONE : (o.name().equals(r.name()) ? "" : o.name() + " ") + text(o.value(), o.change());
            cells.add(List.of(
                    r.region(),
                    r.level() == null ? NONE : r.level().name(),
                    Integer.toString(r.year()),
                    r.name(),
                    r.concept() == null ? NONE : r.concept(),
                    t == null ? "no target set" : text(t.value(), t.change()),
                    outcome,
                    r.status().name(),
                    r.difference() == null ? NONE : r.difference().toPlainString(),
                    r.note() == null ? "" : r.note()));
        }
        StringBuilder s = new StringBuilder();
        layout(s, cells);
        s.append('\n').append(rows.size()).append(rows.size() == 1 ? " row" : " rows");
        String sep = ": ";
        for (Map.Entry<Status, Integer> e : counts.entrySet()) {
            s.append(sep).append(e.getValue()).append(' ').append(e.getKey().name());
            sep = ", ";
        }
        return s.append('\n').toString();
    }

    /** Columns padded to their widest cell (cut to {@link #LIMITS}), two spaces apart, no trailing spaces. */
    private static void layout(StringBuilder s, List<List<String>> cells) {
        List<List<String>> cut = new ArrayList<>();
        int[] widths = new int[TABLE_HEADER.size()];
        for (List<String> row : cells) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String cell = TextWidth.truncate(TextWidth.printable(row.get(c)), LIMITS[c]);
                line.add(cell);
                widths[c] = Math.max(widths[c], TextWidth.of(cell));
            }
            cut.add(line);
        }
        for (List<String> row : cut) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(c + 1 < row.size() ? TextWidth.pad(row.get(c), widths[c]) + "  " : row.get(c));
            }
            s.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** The level and the change as the report writes them, joined by {@code ", "}; {@code -} for none. */
    private static String text(ValueMention value, ValueMention change) {
        if (value != null && change != null) {
            return value.text() + ", " + change.text();
        }
        return value != null ? value.text() : change != null ? change.text() : NONE;
    }
}
