package io.github.govreport.examples.tutorial;

import io.github.govreport.core.Amount;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.ReportParser;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Lesson 3: joining two reports. A report sets targets for its year; the next year's report reviews that
 * year with indicators. Matching the targets of the first to the indicators of the second by name says
 * whether the goals were reached.
 *
 * <p>It shows how to index one list by name ({@link Map}), why names must match exactly or be matched
 * loosely with care, and how to compare two values only when they are comparable: both changes or both
 * levels, of the same kind and unit. A change DOWN counts as negative. The qualifier of the target says
 * what "reached" means: {@code 以上} (AT_LEAST) wants the outcome at or above it, {@code 以内} (AT_MOST) at or
 * below, a range between its ends; {@code 左右} (APPROX) has no sharp line, so only the difference is shown.
 *
 * <p>Run: {@code java -cp examples/target/govreport-cli.jar
 * io.github.govreport.examples.tutorial.CompareTargetsWithOutcomes PLAN.txt REVIEW.txt}, where PLAN is
 * the report that sets the targets (e.g. the 2025 report) and REVIEW the next year's (2026), which reviews
 * the year 2025. Without arguments it uses the bundled sample as both, which only shows the mechanics: it
 * compares the sample's targets for 2026 with its own figures for 2025.
 */
public final class CompareTargetsWithOutcomes {

    private CompareTargetsWithOutcomes() {}

    /**
     * Compares the targets of one report with the indicators of the next.
     *
     * @param args the report that sets the targets and the next year's report; none for the demonstration
     *     on the sample
     */
    public static void main(String[] args) {
        PrintStream out = Tutorial.out();
        if (args.length == 1 || args.length > 2) {
            Tutorial.fail("give two reports, this year's and next year's (or none to try it on the sample)");
            return;
        }
        boolean demo = args.length == 0;
        Path planFile = Tutorial.reportOrSample(args, 0);
        Path reviewFile = Tutorial.reportOrSample(args, 1);
        ReportParser parser = ReportParser.builder().build();
        Report plan;
        Report review;
        try {
            plan = parser.parse(Tutorial.read(planFile));
            review = demo ? plan : parser.parse(Tutorial.read(reviewFile));
        } catch (IOException e) {
            Tutorial.fail(e);
            return;
        }

        Integer planYear = plan.metadata().year();
        YearSpan reviewed = review.metadata().reviewYear();
        if (demo) {
            out.println("No reports given: the sample " + planFile + " is used as both reports.");
            out.println("Its targets for " + planYear + " are compared with its own figures for " + reviewed
                    + ", to show how the matching works; the verdicts mean nothing.");
            out.println("For real results: CompareTargetsWithOutcomes PLAN.txt NEXT-YEAR.txt");
        } else {
            out.println("Targets of " + planFile + " (for " + planYear + ")");
            out.println("against the figures of " + reviewFile + " (for " + reviewed + ")");
            if (planYear != null && reviewed != null && (planYear < reviewed.first() || planYear > reviewed.last())) {
                out.println("Warning: the second report reviews " + reviewed + ", not " + planYear + ".");
            }
        }
        out.println();

        // index the outcomes by name; the first indicator of a name wins
        Map<String, Indicator> outcomes = new LinkedHashMap<>();
        for (Indicator i : review.indicators()) {
            outcomes.putIfAbsent(i.name(), i);
        }

        // every headline target, and the other targets that found an outcome
        int matched = 0;
        for (Target target : plan.targets()) {
            Indicator outcome = find(outcomes, target.name());
            String goal = text(target.value(), target.change()) + (target.stretch() ? " (stretch)" : "");
            if (outcome == null) {
                if (target.headline()) {
                    out.println(target.name() + ": target " + goal + ", no outcome found");
                }
                continue;
            }
            matched++;
            String name = outcome.name().equals(target.name())
                    ? target.name()
                    : target.name() + " (matched to " + outcome.name() + ")";
            out.println(name + ": target " + goal + ", outcome " + text(outcome.value(), outcome.change())
                    + " -> " + verdict(target, outcome));
        }
        out.println();
        out.println(matched + " of " + plan.targets().size() + " targets matched an outcome");
    }

    /**
     * The indicator of the same name or, failing that, one whose name ends with the target's name or the
     * other way round: {@code 城乡居民人均可支配收入} for {@code 居民人均可支配收入}. A Chinese noun phrase ends
     * with its head, so the words before it only narrow it down; a name merely <em>containing</em> another
     * is a different measure ({@code 单位地区生产总值能耗} is energy use, not {@code 地区生产总值}). Loose
     * matching finds more but may still be wrong; the output says when it was used.
     */
    static Indicator find(Map<String, Indicator> outcomes, String name) {
        Indicator exact = outcomes.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Indicator> e : outcomes.entrySet()) {
            String other = e.getKey();
            boolean related = other.endsWith(name) || name.endsWith(other);
            if (related && Math.min(other.length(), name.length()) >= 4) { // 总数 alone matches too much
                return e.getValue();
            }
        }
        return null;
    }

    /** Says how the outcome compares with the target, when the two are comparable. */
    static String verdict(Target target, Indicator outcome) {
        ValueMention goal;
        ValueMention actual;
        if (target.change() != null && outcome.change() != null) {
            goal = target.change(); // a rate of change against a rate of change
            actual = outcome.change();
        } else if (target.value() != null && outcome.value() != null) {
            goal = target.value(); // a level against a level
            actual = outcome.value();
        } else {
            return "not comparable: one is a change, the other a level";
        }
        Amount g = goal.value().amount();
        Amount a = actual.value().amount();
        if (g.kind() != a.kind() || !Objects.equals(g.unit(), a.unit()) || !(a instanceof Scalar)) {
            return "not comparable: " + g.kind() + " against " + a.kind();
        }
        BigDecimal result = signed(actual.value(), ((Scalar) a).value());
        Qualifier q = goal.value().qualifier();
        if (g instanceof Range r && r.low() instanceof Scalar low && r.high() instanceof Scalar high) {
            BigDecimal from = signed(goal.value(), low.value());
            BigDecimal to = signed(goal.value(), high.value());
            boolean inside = result.compareTo(from.min(to)) >= 0 && result.compareTo(from.max(to)) <= 0;
            return inside ? "within the range" : "outside the range";
        }
        if (!(g instanceof Scalar)) {
            return "not comparable";
        }
        BigDecimal aim = signed(goal.value(), ((Scalar) g).value());
        int c = result.compareTo(aim);
        String difference = "difference " + result.subtract(aim).stripTrailingZeros().toPlainString();
        switch (q) {
            case AT_LEAST:
                return (c >= 0 ? "reached" : "missed") + " (" + difference + ")";
            case MORE_THAN:
                return (c > 0 ? "reached" : "missed") + " (" + difference + ")";
            case AT_MOST:
                return (c <= 0 ? "reached" : "missed") + " (" + difference + ")";
            case LESS_THAN:
                return (c < 0 ? "reached" : "missed") + " (" + difference + ")";
            default:
                // 左右, 近 and a bare number set an aim, not a line: say how far off it is
                return difference;
        }
    }

    /** The number with the sign of the change: 下降2.3% is -2.3. */
    private static BigDecimal signed(Value value, BigDecimal number) {
        boolean down = value.change() != null && value.change().direction() == Direction.DOWN;
        return down ? number.negate() : number;
    }

    private static String text(ValueMention value, ValueMention change) {
        if (value != null && change != null) {
            return value.text() + ", " + change.text();
        }
        return value != null ? value.text() : change.text();
    }
}
