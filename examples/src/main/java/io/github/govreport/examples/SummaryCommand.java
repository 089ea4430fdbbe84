package io.github.govreport.examples;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.model.Target;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ReportProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code govreport summary [--csv] [--encoding NAME] [--problems] [--strict] [FILE|DIR...]}: what a person
 * wants to see of a report, on a terminal: the metadata ({@code key: value} lines), the outline indented
 * by level, and tables of indicators and of targets whose columns line up with Chinese text (see {@link
 * TextWidth}). With {@code --csv}, the indicators and targets as CSV for a spreadsheet instead (see {@link
 * MeasureCsv}). Several FILEs or a DIR give one summary after another, each under a {@code == FILE ==}
 * line, or one CSV with a {@code file} column first. Inputs are read as {@link ReportOptions} says.
 */
public final class SummaryCommand implements Command {

    /** The widest a name may be in a table, in columns; longer ones are cut with an ellipsis. */
    static final int NAME_COLUMNS = 30;
    /** The widest a value or change text may be in a table, in columns. */
    static final int VALUE_COLUMNS = 24;
    private static final String GAP = "  ";
    private static final String NONE = "-";

    private final BiFunction<String, Consumer<ReportProblem>, Report> parser;

    /** Creates the command with the standard lenient report parser. */
    public SummaryCommand() {
        ReportParser lenient = ReportParser.builder().build();
        this.parser = lenient::parse;
    }

    /**
     * Creates the command with a given parser.
     *
     * @param parser reads one report's text
     */
    SummaryCommand(Function<String, Report> parser) {
        this.parser = (text, sink) -> parser.apply(text);
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String summary() {
        return "print a readable summary of a report: metadata, outline, indicators and\n"
                + "           targets; or, with --csv, its indicators and targets as CSV";
    }

    @Override
    public String help() {
        return """
                Usage: govreport summary [--csv] [--encoding NAME] [--problems] [--strict] [FILE|DIR...]

                Prints what a reader wants to see of a report:
                  - the metadata, one 'key: value' line each (- where the report does not say)
                  - the outline: every section title, indented two spaces a level
                  - a table of indicators (the statistics of the year reviewed): name, value, change
                  - a table of targets (the goals set): H for a headline target (on the 主要预期目标
                    list), S for a stretch goal (力争…), name, value, change
                Values and changes are shown as the report writes them. Columns line up on a terminal:
                Chinese and other wide characters count two columns; names longer than 30 columns
                and values longer than 24 are cut with …

                Options:
                  --csv       print instead the indicators and targets as CSV (RFC 4180, UTF-8,
                              CR LF line ends) with the header
                                type,name,concept,period,value,value_unit,value_kind,
                                value_qualifier,change,change_unit,change_kind,change_qualifier,
                                headline,stretch
                              type is indicator or target; concept is the catalogued indicator
                              the measure is (gdp, cpi, urban-new-jobs ...), empty when none;
                              value and change are exact decimal numbers (35670000000 for
                              356.7亿元; a change down is negative, -2.3 for 下降2.3%; a range
                              is low-high; a date is yyyy-MM-dd); unit is the
                              value's unit, or the change's when there is no value; headline and
                              stretch are true or false for a target and empty for an indicator;
                              period is the year or years, e.g. 2026
                """ + ReportOptions.HELP + """
                  -h, --help  print this help
                  --          end of options: every later argument is a FILE or DIR

                FILE may be plain text, Markdown or HTML; with no FILE, or where FILE is -, standard
                input is read. Several FILEs, or a DIR (every .txt, .md, .markdown, .html and .htm
                file under it, recursively, in order of name; each other file is named on standard
                error as skipped), give one summary after another, each under a line '== FILE ==';
                with --csv, one CSV whose first column, file, names the report.
                A FILE that is missing, unreadable, not valid text in its encoding or cannot be
                parsed is reported on standard error, the others are still summarized, and the
                exit status is 1. A FILE that does not read as a government work report (no 各位代表
                opening, or empty) is summarized all the same, with one warning line on standard
                error.

                Examples:
                  govreport summary report.txt
                  govreport summary --csv report.txt > report.csv
                  govreport summary --encoding GBK reports/
                """;
    }

    @Override
    public int run(List<String> args, Io io) throws UsageException {
        Arguments arguments = Arguments.parse("summary", args, ReportOptions.flags("--csv"), ReportOptions.VALUED);
        if (arguments.help()) {
            io.out().print(help());
            return Cli.OK;
        }
        ReportOptions options = ReportOptions.of("summary", arguments);
        List<String> files = new ArrayList<>(arguments.operands());
        boolean csv = arguments.has("--csv");
        if (files.isEmpty()) {
            files.add(TextInput.STDIN);
        }
        if (files.size() == 1 && !ReportFiles.isDirectory(files.get(0))) {
            ReportOptions.Read read = options.read(files.get(0), io, parser);
            read.printMessages(io);
            if (read.error() != null) {
                return Cli.INPUT_ERROR;
            }
            io.out().print(csv ? csv(read.report()) : text(read.report()));
            return Cli.OK;
        }
        int status = Cli.OK;
        boolean first = true;
        if (csv) {
            List<String> header = new ArrayList<>(List.of("file"));
            header.addAll(MeasureCsv.HEADER);
            io.out().print(MeasureCsv.line(header));
        }
        for (ReportFiles inputs = new ReportFiles(files); inputs.hasNext(); ) {
            ReportFiles.Item item = inputs.next();
            if (!item.readable()) {
                io.error(item.error() != null ? item.error() : item.skipped());
                status = item.error() != null ? Cli.INPUT_ERROR : status;
                continue;
            }
            io.out().flush();
            ReportOptions.Read read = options.read(item.name(), io, parser);
            read.printMessages(io);
            if (read.error() != null) {
                status = Cli.INPUT_ERROR;
                continue;
            }
            String name = TextInput.displayName(item.name());
            if (csv) {
                for (List<String> row : MeasureCsv.rows(read.report())) {
                    List<String> line = new ArrayList<>();
                    line.add(name);
                    line.addAll(row);
                    io.out().print(MeasureCsv.line(line));
                }
            } else {
                io.out().print((first ? "" : "\n") + "== " + TextWidth.printable(name) + " ==\n" + text(read.report()));
            }
            first = false;
            if (io.out().checkError()) {
                return status; // the reader is gone or the disk is full; Cli reports it
            }
        }
        return status;
    }

    /**
     * The CSV: the header, then a row for each indicator and target.
     *
     * @param report the report
     * @return the CSV text, lines ended by CR LF
     */
    static String csv(Report report) {
        StringBuilder s = new StringBuilder(MeasureCsv.line(MeasureCsv.HEADER));
        for (List<String> row : MeasureCsv.rows(report)) {
            s.append(MeasureCsv.line(row));
        }
        return s.toString();
    }

    /**
     * The summary for a terminal.
     *
     * @param report the report
     * @return the text, lines ended by {@code \n}
     */
    static String text(Report report) {
        StringBuilder s = new StringBuilder();
        Metadata m = report.metadata();
        field(s, "title", m.title());
        field(s, "region", m.region());
        field(s, "level", m.level());
        field(s, "year", m.year());
        field(s, "reviewYear", m.reviewYear());
        field(s, "date", m.date());
        field(s, "speaker", m.speaker());
        field(s, "speakerTitle", m.speakerTitle());
        field(s, "meeting", m.meeting());

        s.append("\nOutline:\n");
        if (report.sections().isEmpty()) {
            s.append("  (no sections found)\n");
        }
        for (Section section : report.sections()) {
            outline(s, section);
        }

        s.append("\nIndicators (").append(report.indicators().size()).append("):\n");
        List<List<String>> indicators = new ArrayList<>();
        for (Indicator i : report.indicators()) {
            indicators.add(List.of(i.name(), text(i.value()), text(i.change())));
        }
        table(s, List.of("name", "value", "change"), indicators, 0);

        s.append("\nTargets (").append(report.targets().size())
                .append(", ").append(report.headlineTargets().size()).append(" headline; H headline, S stretch):\n");
        List<List<String>> targets = new ArrayList<>();
        for (Target t : report.targets()) {
            targets.add(List.of(t.headline() ? "H" : "", t.stretch() ? "S" : "", t.name(), text(t.value()), text(t.change())));
        }
        table(s, List.of("H", "S", "name", "value", "change"), targets, 2);

        s.append("\nTasks: ").append(report.tasks().size())
                .append("  Annotations: ").append(report.annotations().size()).append('\n');
        return s.toString();
    }

    private static void field(StringBuilder s, String key, Object value) {
        s.append(key).append(": ").append(value == null ? NONE : TextWidth.printable(value.toString())).append('\n');
    }

    private static void outline(StringBuilder s, Section section) {
        s.append("  ".repeat(section.level())).append(TextWidth.printable(section.title())).append('\n');
        for (Section child : section.sections()) {
            outline(s, child);
        }
    }

    private static String text(ValueMention m) {
        return m == null ? NONE : m.text();
    }

    /**
     * A table with a header row, columns padded to their widest cell and separated by two spaces. The
     * column at {@code nameColumn} is cut to {@link #NAME_COLUMNS}, the ones after it to {@link
     * #VALUE_COLUMNS}. Trailing spaces are dropped.
     */
    private static void table(StringBuilder s, List<String> header, List<List<String>> rows, int nameColumn) {
        if (rows.isEmpty()) {
            s.append("  (none found)\n");
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        for (List<String> row : rows) {
            List<String> cut = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String cell = TextWidth.printable(row.get(c));
                int limit = c == nameColumn ? NAME_COLUMNS : c > nameColumn ? VALUE_COLUMNS : Integer.MAX_VALUE;
                cut.add(TextWidth.truncate(cell, limit));
            }
            cells.add(cut);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], TextWidth.of(row.get(c)));
            }
        }
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.size(); c++) {
                line.append(c + 1 < row.size() ? TextWidth.pad(row.get(c), widths[c]) + GAP : row.get(c));
            }
            s.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
