package io.github.govreport.examples.tutorial;

import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ValueParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The README's first example, whole: values in a sentence, one value read exactly, a report's headline targets. */
public final class QuickStart {

    private QuickStart() {}

    /**
     * Run: {@code java -cp examples/target/govreport-cli.jar io.github.govreport.examples.tutorial.QuickStart [report]}.
     *
     * @param args optionally, a report file to read instead of the bundled sample
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ValueParser values = ValueParser.standard(); // immutable and thread-safe: share one
        for (ValueMention m : values.findAll("全区地区生产总值增长6.5%，新增就业1.2万人")) {
            out.println(m.text() + " -> " + m.value()); // 增长6.5% -> 增长6.5%, 1.2万人 -> 12000人
        }
        Value v = values.parse("2万余套");
        out.println(v.qualifier() + " " + v.number().orElseThrow() + " " + v.amount().unit().symbol()); // MORE_THAN 20000 套

        Path reportFile = Path.of(args.length > 0 ? args[0] : "examples/sample/sample-report.txt");
        try {
            Report report = ReportParser.standard().parse(reportFile); // .txt, .md or .html; UTF-8, UTF-16 or GB18030
            report.metadata().planYear().ifPresent(year -> out.println(report.metadata().region() + " plans for " + year));
            for (Target t : report.headlineTargets()) {
                out.println(t.name() + " " + (t.change() != null ? t.change().text() : t.value().text()));
            }
        } catch (IOException e) {
            System.err.println("error: cannot read " + reportFile + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
