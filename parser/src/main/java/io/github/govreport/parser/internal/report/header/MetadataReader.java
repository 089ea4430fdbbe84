package io.github.govreport.parser.internal.report.header;

import io.github.govreport.model.Level;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a report says about itself from its header block: the title, the delivery date and meeting
 * line ({@code ——YYYY年M月D日在<region>第N届人民代表大会第N次会议上}), the speaker line
 * ({@code <region>人民政府<office> NAME}), and from these the region and the level of government. It also
 * finds where the body starts: the first line that opens with {@code 各位代表}.
 *
 * <p>The header is the run of lines before the body start (after any YAML front matter, whose
 * {@code title:} is kept as a fallback source). Real headers are ragged: a meeting line broken after
 * {@code 人民代表大会} or {@code 第十四届}, a title split {@code 政府工作报} / {@code 告}, an office and a name
 * on two lines, spaces inside names and titles ({@code 政 府 工 作 报 告}, {@code 汪 泉}), web residue such
 * as timestamps, page titles and photo captions mixed in. So the header lines are first joined where a
 * break is known to fall, with all spaces removed, and each field is then looked for with plain index
 * scans, preferring the shape the reports use for the real thing (the dated meeting line) over look-alikes
 * in the residue. When the header holds nothing (some reports start straight with {@code 各位代表}), the
 * first lines of the body are searched too, but only for shapes that cannot be mistaken for body prose.
 *
 * <p>Which year the report is for is not decided here (the time stage weighs the evidence); the title's
 * year, the delivery date and the front matter's year are handed on as evidence.
 *
 * <p>Every scan is linear in the header's length: the header is bounded and every search is an index
 * scan without backtracking.
 */
public final class MetadataReader {

    /**
     * What the header says; every field but {@code bodyStartLine} is null where the header does not say it.
     *
     * @param titleYear a 4-digit year written in the report's title (or a page title above it)
     * @param meetingDate where the header gives no date, the date the first body lines give the meeting
     *     the report is delivered at ({@code 在2025年12月28日召开的…会议上}): a hint for the year only
     * @param bodyStartLine the index of the first body line
     * @param regionPhrases every phrase of the header that may name the region, most reliable first (the
     *     meeting's, the speaker line's, the title's, the front matter title's, 我代表…人民政府's); {@code region}
     *     is the first of them, as written, whether or not it names a place
     * @param spokenLevel the level the speaker's own words give (省 in 我代表省人民政府, 国务院), or null
     * @param frontMatterYear a 4-digit year in the title of a YAML front matter block: the publishing site's
     *     words, not the report's, and weak evidence (sites title reports by the year they review)
     */
    public record Header(
            String title,
            String region,
            Level level,
            LocalDate date,
            String speaker,
            String speakerTitle,
            String meeting,
            Integer titleYear,
            LocalDate meetingDate,
            int bodyStartLine,
            List<String> regionPhrases,
            Level spokenLevel,
            Integer frontMatterYear) {}

    /** How a report's first numbered part begins. */
    private static final String FIRST_PART = "一、";

    /** How many lines to search when there is no header before the body, or no body opening at all. */
    private static final int FALLBACK_LINES = 40;

    /** How many body lines may state the meeting's date (the opening sentence, after 各位代表). */
    private static final int MEETING_DATE_LINES = 6;

    private MetadataReader() {}

    /** Reads the header of {@code text}; reports NO_BODY_START and MISSING_METADATA problems to {@code problems}. */
    public static Header read(ReportText text, Problems problems) {
        List<ReportText.Line> lines = text.lines();
        int n = lines.size();

        // YAML front matter: only its title: is of use
        HeaderLine.FrontMatter front = HeaderLine.FrontMatter.of(lines, FALLBACK_LINES);
        int headerFrom = front.end();
        HeaderLine yamlTitle = front.title();

        int bodyLine = -1;
        int firstPart = -1;
        for (int i = headerFrom; i < n; i++) {
            String clean = lines.get(i).clean;
            if (clean.startsWith(HeaderChars.BODY_OPENING)) {
                // a report whose first part comes before a 各位代表 that opens no address (一、2025年工作回顾 …
                // 各位代表！过去一年…) has no opening: the body starts at that part, and the 各位代表 is inside it
                bodyLine = firstPart >= 0 && !opensAddress(clean) ? firstPart : i;
                break;
            }
            if (firstPart < 0 && clean.startsWith(FIRST_PART) && !isContentsLine(clean)) {
                firstPart = i;
            }
        }

        HeaderSearch.Found found;
        if (bodyLine >= 0) {
            found = HeaderSearch.search(text, HeaderLine.logicals(lines, headerFrom, bodyLine), false);
            if (found.isEmpty()) {
                // no header before 各位代表 (Wikisource and HTML national reports, lawtext files with a YAML
                // title only): a meeting may still be named in a caption or the first body sentences
                found = HeaderSearch.search(text, HeaderLine.logicals(lines, bodyLine, Math.min(n, bodyLine + FALLBACK_LINES)), true);
            }
        } else {
            // no body opening (施政報告 and the like): whatever header there is stands in the first lines,
            // among body lines, so only body-safe shapes are taken
            found = HeaderSearch.search(text, HeaderLine.logicals(lines, headerFrom, Math.min(n, headerFrom + FALLBACK_LINES)), true);
        }

        // the report's own title, before the YAML title may stand in for it: only the own title's year is strong evidence
        String ownTitle = found.titleClean;
        // the YAML title is the last resort for the title, the meeting and date (lasa writes them there)
        // and the speaker (凉山州政府工作报告（2021年3月20日 NAME）)
        if (yamlTitle != null) {
            if (found.meeting == null) {
                Meetings.Meeting m = Meetings.findMeeting(yamlTitle.s);
                if (m != null) {
                    found.meeting = m;
                    found.meetingLine = yamlTitle;
                }
            }
            if (found.date == null) {
                HeaderDates.Date d = found.meetingLine == yamlTitle ? HeaderDates.dateNear(yamlTitle.s, found.meeting.start()) : null;
                if (d == null) {
                    d = HeaderDates.firstDate(yamlTitle.s, false);
                }
                if (d != null) {
                    found.date = d.date();
                }
            }
            if (found.title == null) {
                int[] span = Titles.frontMatterSpan(yamlTitle.s);
                if (span != null) {
                    found.title = yamlTitle.value(text, span[0], span[1]);
                    found.titleClean = yamlTitle.s.substring(span[0], span[1]);
                }
            }
            if (found.speaker == null) {
                found.speaker = Speakers.nameInParentheses(yamlTitle.s);
            }
            Speakers.Speaker sp = Titles.speakerInSentence(yamlTitle.s);
            if (found.speaker == null && sp != null && (found.speakerTitle == null || found.speakerTitle.equals(sp.office()))) {
                found.speaker = sp.name(); // 王某某市长在某某市第十届人民代表大会第三次会议上的政府工作报告
                found.speakerTitle = sp.office();
            }
        }

        // region, by reliability: meeting, speaker line, title, YAML title, the first body sentence
        List<String> phrases = new ArrayList<>(5);
        if (found.meeting != null) {
            addPhrase(phrases, found.meeting.region());
        }
        addPhrase(phrases, found.speakerRegion);
        if (found.titleClean != null) {
            addPhrase(phrases, Titles.regionFromTitle(found.titleClean));
        }
        if (yamlTitle != null) {
            addPhrase(phrases, Titles.regionFromTitle(yamlTitle.s));
        }
        Level hint = null;
        Level spoken = null;
        if (bodyLine >= 0) {
            // 我代表国务院 / 我代表省人民政府: the region (or at least its level) the speaker stands for
            for (int i = bodyLine; i < Math.min(n, bodyLine + 6); i++) {
                String who = RegionNames.representedBy(HeaderChars.despace(lines.get(i).clean));
                if (who == null) {
                    continue;
                }
                if (who.equals("国务院")) {
                    addPhrase(phrases, "中国");
                    hint = Level.NATIONAL;
                } else if (RegionNames.isRegion(who)) {
                    addPhrase(phrases, who);
                    hint = RegionNames.levelOfRegion(who);
                } else {
                    hint = RegionNames.levelOfBareWord(who);
                }
                spoken = hint;
                break;
            }
        }
        String region = phrases.isEmpty() ? null : phrases.get(0);
        if (found.meeting != null && hint == null) {
            hint = RegionNames.levelOfBareWord(found.meeting.rawRegion()); // 向省第六届…: at least a province
        }

        Level level = region == null ? null : RegionNames.levelOfRegion(region);
        if (level == null && found.speakerTitle != null) {
            level = Speakers.levelOfOffice(found.speakerTitle);
        }
        if (level == null) {
            level = hint;
        }
        if (level == null && found.titleClean != null) {
            level = Speakers.officeLevelIn(found.titleClean); // 行政长官2025年施政报告
        }

        Integer titleYear = ownTitle == null ? null : Titles.yearIn(ownTitle);
        if (titleYear == null) {
            titleYear = found.otherTitleYear; // the page title above the real one: 2018年区政府工作报告
        }
        Integer frontMatterYear = null;
        if (yamlTitle != null) {
            int[] span = Titles.frontMatterSpan(yamlTitle.s);
            frontMatterYear = Titles.yearIn(span == null ? yamlTitle.s : yamlTitle.s.substring(span[0], span[1]));
        }

        int bodyStart = bodyLine;
        if (bodyLine < 0) {
            bodyStart = found.lastLine >= 0 ? found.lastLine + 1 : headerFrom;
            problems.report(ReportProblem.Type.NO_BODY_START, 0,
                "no line opens with 各位代表; the body is taken to start at line " + (bodyStart + 1));
        }

        String meeting = found.meeting == null ? null : found.meetingLine.value(text, found.meeting.start(), found.meeting.end());
        missing(problems, "title", found.title);
        missing(problems, "date", found.date);
        missing(problems, "speaker", found.speaker);
        missing(problems, "meeting", meeting);

        LocalDate meetingDate = found.date == null && bodyLine >= 0 ? meetingDate(lines, bodyLine) : null;
        return new Header(found.title, region, level, found.date, found.speaker, found.speakerTitle, meeting, titleYear,
            meetingDate, bodyStart, List.copyOf(phrases), spoken, frontMatterYear);
    }

    /**
     * The date of the report's own meeting as the first body lines state it: {@code 在} (or {@code 于}) right
     * before a date, and the session after it; or null.
     * Example: {@code 在2025年12月28日召开的示例县第五届人民代表大会第六次会议上}.
     */
    public static LocalDate meetingDate(List<ReportText.Line> lines, int bodyLine) {
        for (int i = bodyLine; i < Math.min(lines.size(), bodyLine + MEETING_DATE_LINES); i++) {
            String s = HeaderChars.despace(lines.get(i).clean);
            Meetings.Meeting m = Meetings.findMeeting(s);
            if (m == null) {
                continue;
            }
            HeaderDates.Date d = HeaderDates.dateNear(s, m.start());
            if (d != null && d.end() <= m.start() && d.start() > 0 && "在于".indexOf(s.charAt(d.start() - 1)) >= 0) {
                return d.date();
            }
        }
        return null;
    }

    /** 各位代表： with its colon (spaces between allowed): an opening address, not 各位代表！ or 各位代表， inside a part. */
    private static boolean opensAddress(String clean) {
        int i = HeaderChars.BODY_OPENING.length();
        while (i < clean.length() && clean.charAt(i) == ' ') {
            i++;
        }
        return i < clean.length() && (clean.charAt(i) == ':' || clean.charAt(i) == '：');
    }

    /** A line of a table of contents: its title runs into dot leaders (一、总体要求……3). */
    private static boolean isContentsLine(String clean) {
        return clean.contains("……") || clean.contains("....") || clean.contains("···");
    }

    private static void addPhrase(List<String> phrases, String phrase) {
        if (phrase != null && !phrases.contains(phrase)) {
            phrases.add(phrase);
        }
    }

    static void missing(Problems problems, String field, Object value) {
        if (value == null) {
            problems.report(ReportProblem.Type.MISSING_METADATA, 0, "the report's " + field + " was not found in its header");
        }
    }
}
