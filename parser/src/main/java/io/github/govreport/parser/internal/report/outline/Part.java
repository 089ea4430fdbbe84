package io.github.govreport.parser.internal.report.outline;

import io.github.govreport.parser.internal.report.text.YearMentions;
import java.util.List;

/** What a part of a report is for, told from its heading's words (the table {@code report/parts.tsv}). */
public enum Part {
    /** The review of the past year or years: statistics become indicators. */
    REVIEW,
    /** A review followed by a plan under one heading (2025年工作回顾和2026年工作目标): each sentence decides. */
    MIXED,
    /** A five-year plan's goals, between review and annual plan: targets of the five-year horizon. */
    FIVE_YEAR,
    /** The plan for the coming year: goals become targets, items become tasks. */
    PLAN,
    /** 惠民实事 / 民生实事: each item is a task with targets. */
    LIVELIHOOD,
    /** The government's own improvement. */
    SELF,
    /** 名词解释 and the like: glossary notes. */
    GLOSSARY,
    /** 附件, 附录: an appendix whose kind its next heading tells. */
    APPENDIX;

    /** Classifies a heading's clean text, or returns null when its words say nothing. */
    public static Part of(String heading) {
        return of(heading, null);
    }

    /**
     * Classifies a heading's clean text in a report that plans for {@code yearPlanned} (null when unknown):
     * a heading with plan words that names only years before the one planned (一、2025年主要工作 in a report for
     * 2026) is the review.
     */
    public static Part of(String heading, Integer yearPlanned) {
        // 《政府工作报告》数据汇总表: the report's own name says nothing about the part
        String title = heading.replace("《政府工作报告》", "");
        Part part = firstIn(title);
        if (part == REVIEW) {
            int after = endOfLastReviewWord(title);
            Part rest = firstIn(title.substring(after));
            if (rest == PLAN && yearPlanned != null && namesOnlyEarlierYears(title.substring(after), yearPlanned)) {
                return REVIEW; // “十三五”发展回顾和2025年主要工作 in a report for 2026: all of it is the review
            }
            if (rest == PLAN || rest == FIVE_YEAR) {
                return MIXED; // 2025年工作回顾和2026年工作目标: the review words come first, the plan's after
            }
        }
        if (part == PLAN && yearPlanned != null && namesOnlyEarlierYears(title, yearPlanned)) {
            return REVIEW;
        }
        if (part == null && title.startsWith("附")) {
            return APPENDIX;
        }
        return part;
    }

    private static boolean namesOnlyEarlierYears(String title, int yearPlanned) {
        if (title.contains("今年") || title.contains("明年")) {
            return false;
        }
        List<Integer> years = YearMentions.plannableIn(title);
        for (int y : years) {
            if (y >= yearPlanned) {
                return false;
            }
        }
        return !years.isEmpty();
    }

    /** The part of the first table row whose word {@code title} holds, or null. */
    private static Part firstIn(String title) {
        boolean namesYear = !YearMentions.plannableIn(title).isEmpty() || title.contains("今年") || title.contains("明年");
        for (PartWords.PartWord w : PartWords.standard().words) {
            if ((!w.annual() || namesYear) && title.contains(w.word())) {
                return w.part();
            }
        }
        return null;
    }

    private static int endOfLastReviewWord(String title) {
        int end = 0;
        for (PartWords.PartWord w : PartWords.standard().words) {
            int at = w.part() == REVIEW ? title.lastIndexOf(w.word()) : -1;
            if (at >= 0) {
                end = Math.max(end, at + w.word().length());
            }
        }
        return end;
    }
}
