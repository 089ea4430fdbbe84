package io.github.govreport.examples;

import io.github.govreport.core.ValueMention;
import io.github.govreport.parser.ReportInput;
import io.github.govreport.parser.ValueParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code govreport values [--encoding NAME] [FILE|DIR...]}: every value mention in the text, one JSON
 * object per line (JSON Lines), in the contract shape of {@link
 * io.github.govreport.model.json.GovReportModule#contract()}. A DIR gives every report file under it (see
 * {@link ReportFiles}); inputs are decoded as {@link ReportInput} says, or in the encoding forced.
 */
public final class ValuesCommand implements Command {

    private final ValueParser parser;
    private final ObjectMapper mapper;

    /** Creates the command with the standard value parser. */
    public ValuesCommand() {
        this(ValueParser.standard());
    }

    /**
     * Creates the command with a given parser.
     *
     * @param parser the parser that finds the mentions
     */
    public ValuesCommand(ValueParser parser) {
        this.parser = parser;
        this.mapper = Json.contractMapper();
    }

    @Override
    public String name() {
        return "values";
    }

    @Override
    public String summary() {
        return "print every value mention in the text, one JSON object per line";
    }

    @Override
    public String help() {
        return """
                Usage: govreport values [--encoding NAME] [FILE|DIR...]

                Finds every value the text states (增长6.5%, 1.2万人, 5-10家, 2018年3月21日, ...) and prints
                each as one JSON object per line, in order of position.

                FILE is read as UTF-8 (with or without a byte order mark), UTF-16 with a byte order
                mark, else GB18030 (which covers GBK); --encoding forces one. With no FILE, or where
                FILE is -, standard input is read. A DIR gives every .txt, .md, .markdown, .html and
                .htm file under it, recursively, in order of name; each other file is named on
                standard error as skipped. A leading byte order mark is dropped; offsets count
                UTF-16 code units of the text after it. Bytes that are not valid in the encoding
                are an error, not replaced.

                Fields, in this order:
                  start, end  the mention's offsets in the text (end exclusive)
                  text        the mention as written
                  kind        QUANTITY, PERCENT, PERMILLE, PERCENTAGE_POINT, MULTIPLE, FRACTION or DATE
                  change      UP, DOWN, or null when the value is a level, not a change
                  value       the exact number as a string ("16600" for 1.66万), or the ISO date
                              ("2018-03-21", "2018", "--03"); null for a range
                  low, high   a range's ends, as value; null otherwise
                  unit        the unit's symbol (元, 人, %), or null
                  dimension   what the unit measures (CURRENCY, PERSON, RATIO, ...), or null
                  qualifier   EXACT, APPROX, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, NEARLY or RANGE
                With more than one FILE, or a DIR, each line starts with a "file" field naming its
                file.

                A FILE that is missing, unreadable or not valid text in its encoding is reported on
                standard error; the others are still read, and the exit status is 1.

                Options:
                  --encoding NAME
                              read every input in this encoding (UTF-8, GBK, GB18030, UTF-16LE ...)
                  -h, --help  print this help
                  --          end of options: every later argument is a FILE or DIR
                """;
    }

    @Override
    public int run(List<String> args, Io io) throws UsageException {
        Arguments arguments = Arguments.parse("values", args, Set.of(), ReportOptions.VALUED);
        if (arguments.help()) {
            io.out().print(help());
            return Cli.OK;
        }
        ReportInput input = ReportOptions.input("values", arguments);
        List<String> files = new ArrayList<>(arguments.operands());
        if (files.isEmpty()) {
            files.add(TextInput.STDIN);
        }
        boolean named = files.size() > 1 || ReportFiles.isDirectory(files.get(0));
        int status = Cli.OK;
        for (ReportFiles inputs = new ReportFiles(files); inputs.hasNext(); ) {
            ReportFiles.Item item = inputs.next();
            if (!item.readable()) {
                io.error(item.error() != null ? item.error() : item.skipped());
                status = item.error() != null ? Cli.INPUT_ERROR : status;
                continue;
            }
            String file = item.name();
            String text;
            try {
                text = TextInput.read(file, io.in(), input);
            } catch (TextInput.UnreadableException e) {
                io.error(e.getMessage());
                status = Cli.INPUT_ERROR;
                continue;
            }
            for (ValueMention m : parser.findAll(text)) {
                io.out().print(line(m, named ? file : null));
            }
            if (io.out().checkError()) {
                // the reader is gone or the disk is full; Cli reports it
                return status;
            }
        }
        return status;
    }

    /** One output line: the mention's contract JSON, after a {@code file} field when one is given. */
    private String line(ValueMention m, String file) {
        if (file == null) {
            return mapper.writeValueAsString(m) + "\n";
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("file", file);
        node.setAll((ObjectNode) mapper.valueToTree(m));
        return mapper.writeValueAsString(node) + "\n";
    }
}
