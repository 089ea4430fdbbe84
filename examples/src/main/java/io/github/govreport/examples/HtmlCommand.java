package io.github.govreport.examples;

import io.github.govreport.examples.html.ReportPage;
import io.github.govreport.model.Report;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.ValueParser;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * {@code govreport html [--encoding NAME] [--problems] [--strict] [FILE]}: one report as one self-contained
 * HTML page ({@link ReportPage}), to see what was read: the text with every value mention marked, the
 * outline, and tables of indicators and targets that link into the text. Inputs are read as {@link
 * ReportOptions} says.
 */
public final class HtmlCommand implements Command {

    private final BiFunction<String, Consumer<ReportProblem>, Report> parser;
    private final ValueParser values = ValueParser.standard();

    /** Creates the command with the standard lenient report parser. */
    public HtmlCommand() {
        ReportParser lenient = ReportParser.builder().build();
        this.parser = lenient::parse;
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String summary() {
        return "write one report as an HTML page: the text with every value marked, the\n"
                + "           outline, and tables of indicators and targets linked to the text";
    }

    @Override
    public String help() {
        return """
                Usage: govreport html [--encoding NAME] [--problems] [--strict] [FILE] > report.html

                Writes one self-contained HTML page (UTF-8; no script, no web font, nothing fetched
                from a network) to see what was read and check it against the text:
                  - the metadata on top, and a key to the marks
                  - the outline as a navigation panel, each heading a link into the text
                  - the text as read, every value mention marked: a colour and a sign per kind
                    (# quantity, % percent, pp percentage points, ◷ date ..., ▲ a rise, ▼ a fall);
                    hovering over it, or moving to it with the Tab key, shows the exact value, the
                    unit, the qualifier and the change
                  - indicators (◆ results), targets (◇ goals) and headline targets (★) marked
                    from their name to their last value; task titles and note references linked
                  - tables of indicators and targets (name, concept, period, value, change,
                    qualifier), tasks and notes, each row a link to its place in the text
                The page works without colour, with the keyboard alone and at phone width.

                Options:
                """ + ReportOptions.HELP + """
                  -h, --help  print this help
                  --          end of options: every later argument is the FILE

                FILE may be plain text, Markdown or HTML (shown as text, markup included); with no
                FILE, or where FILE is -, standard input is read. A FILE that is missing,
                unreadable, not valid text in its encoding or cannot be parsed is named on standard
                error, nothing is written, and the exit status is 1.

                Examples:
                  govreport html report.txt > report.html
                  govreport html --encoding GBK report.txt > report.html
                """;
    }

    @Override
    public int run(List<String> args, Io io) throws UsageException {
        Arguments arguments = Arguments.parse("html", args, ReportOptions.FLAGS, ReportOptions.VALUED);
        if (arguments.help()) {
            io.out().print(help());
            return Cli.OK;
        }
        if (arguments.operands().size() > 1) {
            throw new UsageException("html: give one FILE (a page is one report)");
        }
        ReportOptions options = ReportOptions.of("html", arguments);
        String file = arguments.operands().isEmpty() ? TextInput.STDIN : arguments.operands().get(0);
        if (ReportFiles.isDirectory(file)) {
            throw new UsageException("html: " + file + " is a directory; give one FILE");
        }
        ReportOptions.Read read = options.read(file, io, parser);
        read.printMessages(io);
        if (read.error() != null) {
            return Cli.INPUT_ERROR;
        }
        io.out().print(ReportPage.write(TextInput.displayName(file), read.text(), read.report(), values.findAll(read.text())));
        return Cli.OK;
    }
}
