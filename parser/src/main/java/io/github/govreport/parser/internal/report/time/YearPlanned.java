package io.github.govreport.parser.internal.report.time;

import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.header.MetadataReader;
import io.github.govreport.parser.internal.report.outline.Outline;
import io.github.govreport.parser.internal.report.outline.Part;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.YearMentions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The year a report plans for, decided from the evidence the text gives, strongest first: the delivery
 * date in the header (January to June gives its own year, November and December the next) and the
 * report's title; the plan part's heading; the review part's heading (the year after the one it names);
 * then weaker hints: a date in the opening sentence or from July to October, the title of a YAML front
 * matter block (a site's words, and sites title reports by the year they review), the year the text names
 * most. A horizon ({@code 到2035年}, {@code 2035年远景目标}) is no evidence, and no heading plans for a year
 * after the one after delivery. The file name is never read.
 *
 * <p>The decision names the evidence it used, and every piece of the four strong kinds that gives another
 * year, so that the reader can report the disagreement.
 */
public final class YearPlanned {

    /** Where a reading of the year comes from, strongest first. */
    public enum Source {
        /** The delivery date of the header, from January to June or in November or December. */
        DELIVERY_DATE("the delivery date"),
        /** The year the report's own title names. */
        TITLE("the title"),
        /** The latest year a plan heading names, or the year after a late delivery for 明年工作安排. */
        PLAN_HEADING("the plan heading"),
        /** The year after the last one the review heading names. */
        REVIEW_HEADING("the review heading"),
        /** A delivery date from July to October, or the meeting's date in the opening sentence. */
        MEETING_DATE("the meeting date"),
        /** The year of a YAML front matter title. */
        FRONT_MATTER("the front matter title"),
        /** The year the text's dates name most often. */
        MOST_MENTIONED("the years the text names");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        /** Whether the reading is strong enough that another strong reading against it is worth a warning. */
        boolean strong() {
            return ordinal() <= REVIEW_HEADING.ordinal();
        }
    }

    /**
     * One reading of the year.
     *
     * @param source where it comes from
     * @param year the year it gives
     * @param said what the text says there: a date, a heading
     */
    public record Evidence(Source source, int year, String said) {
        /** {@code 2026 by the plan heading «二、2026年工作安排»}. */
        @Override
        public String toString() {
            return year + " by " + source.words + " «" + said + "»";
        }
    }

    /** Words with which a plan heading names the year after the one the report is given in. */
    static final String[] NEXT_YEAR = {"明年", "来年", "下一年"};

    private final List<Evidence> evidence;

    private YearPlanned(List<Evidence> evidence) {
        this.evidence = evidence;
    }

    /** The header's evidence only (delivery date, title): what the outline may know before it is read. */
    public static YearPlanned fromHeader(MetadataReader.Header header) {
        List<Evidence> found = new ArrayList<>();
        addHeader(found, header, 0);
        return new YearPlanned(found);
    }

    /** All the evidence, from the header, the outline's part headings and the value mentions. */
    public static YearPlanned of(MetadataReader.Header header, Outline outline, List<ValueMention> mentions) {
        List<Evidence> found = new ArrayList<>();
        Outline.Node planNode = outline.firstRoot(Part.PLAN);
        // 明年工作安排: the report is given in the year before the one it plans, which its title names
        boolean nextYear = planNode != null && plansNextYear(planNode.heading.title()) && YearMentions.plannableIn(planNode.heading.title()).isEmpty();
        addHeader(found, header, nextYear ? 1 : 0);
        LocalDate delivered = header.date() != null ? header.date() : header.meetingDate();
        Integer latest = delivered == null ? null : delivered.getYear() + 1;
        addPlanHeading(found, outline, delivered, latest);
        Outline.Node review = outline.firstRoot(Part.REVIEW);
        if (review != null) {
            String t = review.heading.title();
            List<Integer> years = yearsIn(t, latest);
            YearSpan plan = FiveYearPlans.firstIn(t);
            if (!years.isEmpty()) {
                found.add(new Evidence(Source.REVIEW_HEADING, years.get(years.size() - 1) + 1, t));
            } else if (plan != null) {
                found.add(new Evidence(Source.REVIEW_HEADING, plan.last() + 1, t));
            }
        }
        LocalDate date = header.date();
        if (date != null && date.getMonthValue() > 6 && date.getMonthValue() < 11) {
            found.add(new Evidence(Source.MEETING_DATE, date.getYear() + (date.getMonthValue() >= 10 ? 1 : 0), date.toString()));
        }
        LocalDate meeting = header.meetingDate();
        if (meeting != null) {
            found.add(new Evidence(Source.MEETING_DATE, meeting.getYear() + (meeting.getMonthValue() >= 10 ? 1 : 0), meeting.toString()));
        }
        if (header.frontMatterYear() != null) {
            found.add(new Evidence(Source.FRONT_MATTER, header.frontMatterYear(), "title: " + header.frontMatterYear() + "年"));
        }
        Integer most = mostMentioned(mentions);
        if (most != null) {
            found.add(new Evidence(Source.MOST_MENTIONED, most, most + "年"));
        }
        return new YearPlanned(found);
    }

    /** The delivery date and the title; {@code titleShift} is 1 where a 明年 plan heading says the title names the year before. */
    private static void addHeader(List<Evidence> found, MetadataReader.Header header, int titleShift) {
        LocalDate date = header.date();
        if (date != null && (date.getMonthValue() <= 6 || date.getMonthValue() >= 11)) {
            found.add(new Evidence(Source.DELIVERY_DATE, date.getYear() + (date.getMonthValue() >= 11 ? 1 : 0), date.toString()));
        }
        if (header.titleYear() != null) {
            found.add(new Evidence(Source.TITLE, header.titleYear() + titleShift, header.title() == null ? header.titleYear() + "年" : header.title()));
        }
    }

    /**
     * The latest year a top-level plan heading names (一、2025年主要工作 before 二、2026年工作安排 is the review's);
     * else, for a heading that says 明年, the year after a delivery from October on.
     */
    private static void addPlanHeading(List<Evidence> found, Outline outline, LocalDate delivered, Integer latest) {
        Integer best = null;
        String said = null;
        for (Outline.Node root : outline.roots()) {
            if (root.part != Part.PLAN && root.part != Part.MIXED) {
                continue;
            }
            String t = root.heading.title();
            List<Integer> years = yearsIn(t, latest);
            if (!years.isEmpty() && (best == null || years.get(years.size() - 1) > best)) {
                best = years.get(years.size() - 1);
                said = t;
            }
        }
        if (best != null) {
            found.add(new Evidence(Source.PLAN_HEADING, best, said));
            return;
        }
        Outline.Node plan = outline.firstRoot(Part.PLAN);
        if (plan != null && plansNextYear(plan.heading.title()) && delivered != null && delivered.getMonthValue() >= 10) {
            // the December rule: 明年工作安排 in a report delivered late in 2025 is 2026
            found.add(new Evidence(Source.PLAN_HEADING, delivered.getYear() + 1, plan.heading.title()));
        }
    }

    /** The years a heading names that are no horizon, up to {@code latest} (null: no limit), in text order. */
    private static List<Integer> yearsIn(String heading, Integer latest) {
        List<Integer> years = YearMentions.plannableIn(heading);
        if (latest != null) {
            years.removeIf(y -> y > latest);
        }
        return years;
    }

    /** True when a plan heading says it plans the next year in words (明年工作安排, 来年, 下一年). */
    static boolean plansNextYear(String heading) {
        for (String w : NEXT_YEAR) {
            if (heading.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The year the text's dates name most often (the later on a tie), or null: a last resort. */
    static Integer mostMentioned(List<ValueMention> mentions) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (ValueMention m : mentions) {
            if (m.value().amount() instanceof CalendarDate d && d.year() != null) {
                counts.merge(d.year(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** The reading the year is taken from: the strongest there is; null when the text gives none. */
    public Evidence decided() {
        return evidence.isEmpty() ? null : evidence.get(0);
    }

    /** The year decided, or null. */
    public Integer year() {
        return evidence.isEmpty() ? null : evidence.get(0).year();
    }

    /** Reports CONFLICTING_YEAR where a strong reading gives another year than the one decided. */
    public void reportConflicts(Problems problems) {
        List<Evidence> against = disagreeing();
        if (!against.isEmpty()) {
            StringBuilder message = new StringBuilder("the year planned is taken as ").append(decided()).append("; against it: ");
            for (int i = 0; i < against.size(); i++) {
                message.append(i == 0 ? "" : "; ").append(against.get(i));
            }
            problems.report(ReportProblem.Type.CONFLICTING_YEAR, 0, message.toString());
        }
    }

    /** The strong readings that give another year than the one decided. */
    public List<Evidence> disagreeing() {
        List<Evidence> out = new ArrayList<>();
        Integer year = year();
        for (Evidence e : evidence) {
            if (e.source().strong() && e.year() != year) {
                out.add(e);
            }
        }
        return out;
    }
}
