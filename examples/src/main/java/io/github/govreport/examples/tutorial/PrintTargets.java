package io.github.govreport.examples.tutorial;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.parser.ReportParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Lesson 2: reading a whole report and walking its targets.
 *
 * <p>{@link ReportParser} turns the text into a {@link Report}: metadata, sections, indicators (what the
 * past year achieved), targets (the goals for the coming year), tasks and annotations. A {@link Target}
 * has a name ({@code 地区生产总值}), a level to reach ({@code value}, e.g. {@code 1.1万人以上}) or a change
 * to make ({@code change}, e.g. {@code 增长6%左右}), and two flags: {@code headline} for the report's list
 * of main expected targets (主要预期目标) and {@code stretch} for the higher goal of a pair such as
 * {@code 5%以上、力争达到6%}. This prints the headline targets first, then the others.
 *
 * <p>Run: {@code java -cp examples/target/govreport-cli.jar
 * io.github.govreport.examples.tutorial.PrintTargets [REPORT.txt]} (default: the bundled sample).
 */
public final class PrintTargets {

    private PrintTargets() {}

    /**
     * Prints a report's headline targets, then its other targets.
     *
     * @param args optionally, the report to read
     */
    public static void main(String[] args) {
        PrintStream out = Tutorial.out();
        Path file = Tutorial.reportOrSample(args, 0);
        String text;
        try {
            text = Tutorial.read(file);
        } catch (IOException e) {
            Tutorial.fail(e);
            return;
        }
        // one parser can read any number of reports, also from several threads
        ReportParser parser = ReportParser.standard();
        Report report = parser.parse(text);

        Metadata m = report.metadata();
        // metadata fields are null where the report does not say; the year also comes as an OptionalInt
        String region = m.region() != null ? m.region() : "region unknown";
        String year = m.planYear().isPresent() ? String.valueOf(m.planYear().getAsInt()) : "a year not stated";
        out.println(file + ": " + region + ", targets for " + year);
        out.println();
        out.println("Headline targets (主要预期目标):");
        int others = 0;
        for (Target t : report.headlineTargets()) {
            out.println("  " + describe(t));
        }
        out.println();
        out.println("Other targets:");
        for (Target t : report.targets()) {
            if (!t.headline()) {
                out.println("  " + describe(t));
                others++;
            }
        }
        out.println();
        out.println(report.headlineTargets().size() + " headline targets, " + others + " others");
    }

    /** {@code 地区生产总值: 增长6%左右}, with the level or the change as the report writes it. */
    static String describe(Target t) {
        StringBuilder s = new StringBuilder(t.name()).append(": ");
        s.append(text(t.value()));
        if (t.value() != null && t.change() != null) {
            s.append(", ");
        }
        s.append(text(t.change()));
        if (t.stretch()) {
            s.append("  (stretch goal)");
        }
        return s.toString();
    }

    private static String text(ValueMention m) {
        return m == null ? "" : m.text();
    }
}
