package io.github.govreport.examples.tutorial;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Target;
import io.github.govreport.model.panel.Panel;
import io.github.govreport.model.panel.PanelRow;
import io.github.govreport.model.panel.PanelSource;
import io.github.govreport.model.panel.Status;
import io.github.govreport.parser.ReportParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lesson 3: targets against outcomes. A report sets targets for its year; the same region's next report
 * reviews that year with indicators. {@link Panel} pairs the two and says whether each goal was reached.
 *
 * <p>Give it reports, each with the name of its file ({@link PanelSource}), in any order: it finds which
 * reports belong to one region, which one plans for a year Y and which one reviews Y, and matches each
 * target with the indicator of the same concept ({@code gdp}) or, without one, of the same name. Each
 * {@link PanelRow} then has a {@link Status}: the target's qualifier says what "reached" means ({@code 以上}
 * at or above, {@code 以内} at or below, a range within its ends), {@code 左右} has no sharp line (APPROX, only
 * the difference), and a change can only be held against a change, a level against a level of the same
 * unit (otherwise NOT_COMPARABLE). A fall counts as negative: {@code 下降2.6%} is -2.6.
 *
 * <p>Run: {@code java -cp examples/target/govreport-cli.jar
 * io.github.govreport.examples.tutorial.CompareTargetsWithOutcomes REPORT.txt...}, e.g. a region's 2025
 * and 2026 reports. Without arguments it reads the bundled sample (the 2026 report of an invented
 * district) and {@link #NEXT_YEAR}, an invented and much shorter report of the same district for 2027.
 * For whole folders of reports there is the command {@code govreport panel DIR}.
 */
public final class CompareTargetsWithOutcomes {

    /** An invented next year's report of the sample's district, reviewing 2026 in one paragraph. */
    static final String NEXT_YEAR = """
            政府工作报告

            ——2027年1月14日在湖州市吴兴区第三届人民代表大会第六次会议上

            各位代表：

            2026年工作回顾

            过去一年，全区地区生产总值增长5.8%；一般公共预算收入增长6.3%；固定资产投资增长7.1%；\
            城镇新增就业1.15万人；城镇调查失业率5.2%；单位地区生产总值能耗下降2.6%；\
            农村居民人均可支配收入增长5.9%；城镇登记失业率3.6%。

            2027年工作安排

            全区经济社会发展的主要预期目标是：全区地区生产总值增长5.3%左右；城镇新增就业1.2万人以上。
            """;

    private CompareTargetsWithOutcomes() {}

    /**
     * Prints the panel of the reports given.
     *
     * @param args the reports to read; none for the sample and its invented next year's report
     */
    public static void main(String[] args) {
        PrintStream out = Tutorial.out();
        ReportParser parser = ReportParser.builder().build();
        List<PanelSource> sources = new ArrayList<>();
        try {
            if (args.length == 0) {
                Path sample = Tutorial.reportOrSample(args, 0);
                sources.add(new PanelSource(sample.toString(), parser.parse(Tutorial.read(sample))));
                sources.add(new PanelSource("NEXT_YEAR", parser.parse(NEXT_YEAR)));
                out.println("No reports given: the sample " + sample + " (for 2026) against an invented report");
                out.println("for 2027 that reviews 2026 (CompareTargetsWithOutcomes.NEXT_YEAR).");
            } else {
                for (String file : args) {
                    sources.add(new PanelSource(file, parser.parse(Tutorial.read(Path.of(file)))));
                }
            }
        } catch (IOException e) {
            Tutorial.fail(e);
            return;
        }
        out.println();

        List<PanelRow> rows = Panel.of(sources);
        int withOutcome = 0;
        for (PanelRow row : rows) {
            // the headline targets, and every other target that found an outcome
            boolean headline = row.target() != null && row.target().headline();
            if (row.outcome() == null && !headline && row.status() != Status.NO_TARGET_SET) {
                continue;
            }
            out.println(row.region() + " " + row.year() + " " + row.name() + ": " + describe(row));
            if (row.outcome() != null) {
                withOutcome++;
            }
        }
        out.println();
        out.println(withOutcome + " of " + rows.size() + " targets found an outcome");
    }

    /** {@code target 1.1万人以上, outcome 1.15万人 -> REACHED (difference 500)}. */
    static String describe(PanelRow row) {
        Target target = row.target();
        Indicator outcome = row.outcome();
        StringBuilder s = new StringBuilder();
        s.append(target == null ? "no target set" : "target " + text(target.value(), target.change()));
        s.append(outcome == null ? ", no outcome" : ", outcome " + text(outcome.value(), outcome.change()));
        s.append(" -> ").append(row.status());
        if (row.difference() != null) {
            // a BigDecimal: toPlainString, never 1E+3
            s.append(" (difference ").append(row.difference().toPlainString()).append(')');
        }
        if (row.note() != null) {
            s.append(" [").append(row.note()).append(']');
        }
        return s.toString();
    }

    /** The level and the change as the report writes them. */
    private static String text(ValueMention value, ValueMention change) {
        if (value != null && change != null) {
            return value.text() + ", " + change.text();
        }
        return value != null ? value.text() : change.text();
    }
}
