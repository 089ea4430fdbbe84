package io.github.govreport.parser.internal.report.time;

import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.internal.report.header.MetadataReader;
import io.github.govreport.parser.internal.report.outline.Outline;
import io.github.govreport.parser.internal.report.outline.Part;
import io.github.govreport.parser.internal.report.text.ReportText;
import io.github.govreport.parser.internal.report.text.YearMentions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The year planned for and the years reviewed. The year is the plan heading's; else, when the plan
 * heading says 明年, the year after a delivery date from October on (the header's, or the meeting's as
 * the first body lines state it) or after the year the review heading names (the December rule); else
 * the title's; else the delivery date's (the next year from October on). {@code review} is the span the
 * statements of a review speak of (the year before the one planned where nothing says otherwise); {@code reviewYear} is the
 * metadata's reviewed years as the review states them, null where there is no review at all.
 */
public record Years(Integer year, YearSpan review, YearSpan plan, YearSpan reviewYear) {

    /** Words with which a plan heading names the year after the one the report is given in. */
    static final String[] NEXT_YEAR = {"明年", "来年", "下一年"};

    public static Years of(ReportText text, Outline outline, MetadataReader.Header header, List<ValueMention> mentions) {
        Outline.Node planNode = outline.firstRoot(Part.PLAN);
        Outline.Node reviewNode = outline.firstRoot(Part.REVIEW);
        Integer year = planNode == null ? null : YearMentions.firstIn(planNode.heading.title());
        LocalDate delivered = header.date() != null ? header.date() : header.meetingDate();
        if (year == null && planNode != null && plansNextYear(planNode.heading.title())) {
            // the December rule: 明年工作安排 in a report delivered late in 2025, or after a 2025 review, is 2026
            Integer reviewed = reviewNode == null ? null : YearMentions.lastIn(reviewNode.heading.title());
            if (delivered != null && delivered.getMonthValue() >= 10) {
                year = delivered.getYear() + 1;
            } else if (reviewed != null) {
                year = reviewed + 1;
            }
        }
        if (year == null) {
            year = header.titleYear();
        }
        if (year == null && delivered != null) {
            year = delivered.getYear() + (delivered.getMonthValue() >= 10 ? 1 : 0);
        }
        YearSpan review = null;
        if (reviewNode != null) {
            String t = reviewNode.heading.title();
            Integer y = YearMentions.firstIn(t);
            YearSpan plan = FiveYearPlans.firstIn(t);
            if (y != null) {
                review = YearSpan.of(y);
            } else if (plan != null) {
                review = plan;
            } else if (year != null && (t.contains("五年") || t.contains("届") && !t.contains("次会议"))) {
                // 本届政府工作回顾: the term; 县九届人大二次会议确定的目标: the goals of one session, a year
                review = new YearSpan(year - 5, year - 1);
            }
        }
        if (year == null && review != null) {
            year = review.last() + 1;
        }
        if (year == null) {
            year = mostMentionedYear(mentions);
        }
        if (review == null && year != null) {
            review = YearSpan.of(year - 1);
        }
        return new Years(year, review, year == null ? null : YearSpan.of(year), stated(text, outline, reviewNode, review, year));
    }

    /**
     * The years the review states: a span its heading names (2021年和2022年, 两年, 五年, a plan period), else
     * one its opening words name (两年来, 五年来, 本届政府: {@code report/reviews.tsv}), else the year before
     * the one planned; with no review part, a review in the body's opening words (一年来…), else null.
     */
    static YearSpan stated(ReportText text, Outline outline, Outline.Node reviewNode, YearSpan review, Integer year) {
        if (year == null) {
            return review;
        }
        if (reviewNode == null) {
            return ReviewSpans.in(opening(text, outline.bodyStart, 1500), year);
        }
        String t = reviewNode.heading.title();
        Integer first = YearMentions.firstIn(t);
        Integer last = YearMentions.lastIn(t);
        if (first != null && last != null && last > first) {
            return new YearSpan(first, last); // 2021年和2022年工作回顾
        }
        if (first != null || !review.equals(YearSpan.of(year - 1))) {
            return review; // a year, a plan period or a term the heading names
        }
        if (t.contains("两年") || t.contains("二年")) {
            return new YearSpan(year - 2, year - 1);
        }
        YearSpan said = ReviewSpans.in(opening(text, reviewNode.heading.line().index + 1, 400), year);
        return said != null ? said : review;
    }

    /** The clean text of the lines from {@code line} on, up to about {@code chars} chars. */
    static String opening(ReportText text, int line, int chars) {
        StringBuilder b = new StringBuilder();
        List<ReportText.Line> lines = text.lines();
        for (int i = Math.max(0, line); i < lines.size() && b.length() < chars; i++) {
            b.append(lines.get(i).clean).append('\n');
        }
        return b.toString();
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
    static Integer mostMentionedYear(List<ValueMention> mentions) {
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
}
