package io.github.govreport.parser.internal.report.time;

import io.github.govreport.model.YearSpan;
import io.github.govreport.parser.internal.report.outline.Outline;
import io.github.govreport.parser.internal.report.outline.Part;
import io.github.govreport.parser.internal.report.text.ReportText;
import io.github.govreport.parser.internal.report.text.YearMentions;
import java.util.List;

/**
 * The year planned for and the years reviewed. The year is {@link YearPlanned}'s decision, or the year
 * after a review that names only a term when nothing else tells. {@code review} is the span the
 * statements of a review speak of (the year before the one planned where nothing says otherwise); {@code reviewYear} is the
 * metadata's reviewed years as the review states them, null where there is no review at all.
 */
public record Years(Integer year, YearSpan review, YearSpan plan, YearSpan reviewYear) {

    /**
     * The years of a report that plans for {@code year} (null when nothing tells): the span its review
     * statements speak of and the reviewed years its metadata states, read from the outline's review part.
     */
    public static Years of(ReportText text, Outline outline, Integer year) {
        Outline.Node reviewNode = outline.firstRoot(Part.REVIEW);
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
}
