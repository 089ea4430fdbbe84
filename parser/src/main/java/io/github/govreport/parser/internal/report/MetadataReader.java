package io.github.govreport.parser.internal.report;

import io.github.govreport.model.Level;
import io.github.govreport.parser.ReportProblem;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>Which year the report is for is not decided here (the outline does that from the part headings);
 * a year written in the title is handed on as a hint only.
 *
 * <p>Every scan is linear in the header's length: the header is bounded and every search is an index
 * scan without backtracking.
 */
final class MetadataReader {

    /**
     * What the header says; every field but {@code bodyStartLine} is null where the header does not say it.
     *
     * @param titleYear a 4-digit year written in the title, a hint for the outline
     * @param bodyStartLine the index of the first body line
     */
    record Header(
            String title,
            String region,
            Level level,
            LocalDate date,
            String speaker,
            String speakerTitle,
            String meeting,
            Integer titleYear,
            int bodyStartLine) {}

    private static final String BODY_OPENING = "各位代表";

    /** How many lines to search when there is no header before the body, or no body opening at all. */
    private static final int FALLBACK_LINES = 40;

    /** In body text a title or speaker stands on a short line of its own; longer lines are prose. */
    private static final int SHORT_TITLE = 40;
    private static final int SHORT_SPEAKER = 24;
    private static final int LONG_TITLE = 60;

    private static final String[] TITLE_WORDS = {"政府工作报告", "施政报告"};

    /** Offices, longest first at each position, so that 代省长 wins over 省长 and 国务院总理 over 总理. */
    private static final String[] OFFICES = {"国务院总理", "代理主席", "行政长官", "代省长", "代市长", "代区长", "代县长",
        "代州长", "代旗长", "省长", "市长", "州长", "区长", "县长", "旗长", "主席", "总理"};

    /** Level words that name no place on their own (自治区人民政府主席, 向省第六届…): not a region. */
    private static final List<String> BARE = List.of("省", "市", "区", "县", "州", "盟", "旗", "自治区", "自治州", "自治县",
        "自治旗", "特别行政区", "全国", "全省", "全市", "全区", "全县", "本市", "本区", "本省", "本县");

    /** The longest name taken: a transcribed name with a middle dot (买买提·艾则孜) runs up to 12 chars. */
    private static final int MAX_NAME = 12;

    /** Words no personal name contains, but which follow an office word in titles and sentences. */
    private static final String[] NOT_NAMES = {"报告", "政府", "工作", "会议", "代表", "人民", "施政"};

    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");

    private static final String NUMERALS = "〇零一二三四五六七八九十百0123456789";
    private static final String CN_DIGITS = "〇零一二三四五六七八九";

    /** Chars that end a region when scanning back from 第…届: 在 (在广州市第…), 向 (向省第…), 的 (召开的第…). */
    private static final String REGION_STOPS = "在向于的对从";

    private MetadataReader() {}

    /** Reads the header of {@code text}; reports NO_BODY_START and MISSING_METADATA problems to {@code problems}. */
    static Header read(ReportText text, Problems problems) {
        List<ReportText.Line> lines = text.lines();
        int n = lines.size();

        // YAML front matter: line 0 is exactly ---, up to the next ---; only its title: is of use
        int headerFrom = 0;
        Logical yamlTitle = null;
        if (n > 0 && lines.get(0).clean.equals("---")) {
            for (int i = 1; i < Math.min(n, FALLBACK_LINES); i++) {
                String c = lines.get(i).clean;
                if (c.equals("---")) {
                    headerFrom = i + 1;
                    break;
                }
                if (c.startsWith("title:") && yamlTitle == null) {
                    yamlTitle = new Logical(i, true);
                    yamlTitle.append(lines.get(i), "title:".length(), c.length());
                    yamlTitle.stripQuotes();
                }
            }
            if (headerFrom == 0) {
                yamlTitle = null; // an unclosed --- is a rule, not front matter
            }
        }

        int bodyLine = -1;
        for (int i = headerFrom; i < n; i++) {
            if (lines.get(i).clean.startsWith(BODY_OPENING)) {
                bodyLine = i;
                break;
            }
        }

        Found found;
        if (bodyLine >= 0) {
            found = search(text, logicals(lines, headerFrom, bodyLine), false);
            if (found.isEmpty()) {
                // no header before 各位代表 (Wikisource and HTML national reports, lawtext files with a YAML
                // title only): a meeting may still be named in a caption or the first body sentences
                found = search(text, logicals(lines, bodyLine, Math.min(n, bodyLine + FALLBACK_LINES)), true);
            }
        } else {
            // no body opening (施政報告 and the like): whatever header there is stands in the first lines,
            // among body lines, so only body-safe shapes are taken
            found = search(text, logicals(lines, headerFrom, Math.min(n, headerFrom + FALLBACK_LINES)), true);
        }

        // the YAML title is the last resort for the title, the meeting and date (lasa writes them there)
        // and the speaker (凉山州政府工作报告（2021年3月20日 NAME）)
        if (yamlTitle != null) {
            yamlTitle.freeze();
            if (found.meeting == null) {
                Meeting m = findMeeting(yamlTitle);
                if (m != null) {
                    found.meeting = m;
                    found.meetingLine = yamlTitle;
                }
            }
            if (found.date == null) {
                Date d = found.meetingLine == yamlTitle ? dateNear(yamlTitle, found.meeting.start) : null;
                if (d == null) {
                    d = firstDate(yamlTitle, false);
                }
                if (d != null) {
                    found.date = d.date;
                }
            }
            if (found.title == null) {
                int[] span = titleSpan(yamlTitle);
                if (span != null) {
                    found.title = yamlTitle.value(text, span[0], span[1]);
                    found.titleClean = yamlTitle.s.substring(span[0], span[1]);
                }
            }
            if (found.speaker == null) {
                found.speaker = nameInParentheses(yamlTitle.s);
            }
        }

        // region, by reliability: meeting, speaker line, title, YAML title, the first body sentence
        String region = null;
        if (found.meeting != null) {
            region = found.meeting.region;
        }
        if (region == null && found.speakerRegion != null) {
            region = found.speakerRegion;
        }
        if (region == null && found.titleClean != null) {
            region = regionFromTitle(found.titleClean);
        }
        if (region == null && yamlTitle != null) {
            region = regionFromTitle(yamlTitle.s);
        }
        Level hint = null;
        if (bodyLine >= 0) {
            // 我代表国务院 / 我代表省人民政府: the region (or at least its level) the speaker stands for
            for (int i = bodyLine; i < Math.min(n, bodyLine + 6); i++) {
                String who = representedBy(despace(lines.get(i).clean));
                if (who == null) {
                    continue;
                }
                if (who.equals("国务院")) {
                    if (region == null) {
                        region = "中国";
                    }
                    hint = Level.NATIONAL;
                } else if (isRegion(who)) {
                    if (region == null) {
                        region = who;
                    }
                    hint = levelOfRegion(who);
                } else {
                    hint = levelOfBareWord(who);
                }
                break;
            }
        }
        if (found.meeting != null && hint == null) {
            hint = levelOfBareWord(found.meeting.rawRegion); // 向省第六届…: at least a province
        }

        Level level = region == null ? null : levelOfRegion(region);
        if (level == null && found.speakerTitle != null) {
            level = levelOfOffice(found.speakerTitle);
        }
        if (level == null) {
            level = hint;
        }
        if (level == null && found.titleClean != null) {
            level = officeLevelIn(found.titleClean); // 行政长官2025年施政报告
        }

        Integer titleYear = found.titleClean == null ? null : yearIn(found.titleClean);
        if (titleYear == null) {
            titleYear = found.otherTitleYear; // the page title above the real one: 2018年区政府工作报告
        }
        if (titleYear == null && yamlTitle != null) {
            int[] span = titleSpan(yamlTitle);
            titleYear = yearIn(span == null ? yamlTitle.s : yamlTitle.s.substring(span[0], span[1]));
        }

        int bodyStart = bodyLine;
        if (bodyLine < 0) {
            bodyStart = found.lastLine >= 0 ? found.lastLine + 1 : headerFrom;
            problems.report(ReportProblem.Type.NO_BODY_START, 0,
                "no line opens with 各位代表; the body is taken to start at line " + (bodyStart + 1));
        }

        String meeting = found.meeting == null ? null : found.meetingLine.value(text, found.meeting.start, found.meeting.end);
        missing(problems, "title", found.title);
        missing(problems, "region", region);
        missing(problems, "date", found.date);
        missing(problems, "speaker", found.speaker);
        missing(problems, "meeting", meeting);

        return new Header(found.title, region, level, found.date, found.speaker, found.speakerTitle, meeting, titleYear,
            bodyStart);
    }

    private static void missing(Problems problems, String field, Object value) {
        if (value == null) {
            problems.report(ReportProblem.Type.MISSING_METADATA, 0, "the report's " + field + " was not found in its header");
        }
    }

    // ------------------------------------------------------------------------------------------------
    // The search over joined header lines

    /** What one pass over a run of lines found. */
    private static final class Found {
        String title;
        String titleClean;
        Integer otherTitleYear;
        Meeting meeting;
        Logical meetingLine;
        LocalDate date;
        String speaker;
        String speakerTitle;
        String speakerRegion;
        int lastLine = -1;

        boolean isEmpty() {
            return title == null && meeting == null && date == null && speaker == null;
        }

        void used(Logical l) {
            if (l != null && !l.yaml) {
                lastLine = Math.max(lastLine, l.last);
            }
        }
    }

    private static Found search(ReportText text, List<Logical> logicals, boolean bodyMode) {
        Found f = new Found();

        // the meeting: prefer the dated line with a region (——date在<region>第…届…会议上) over the same
        // meeting named in a photo caption or in an abbreviated page code (区五届人大三次会议)
        int meetingIndex = -1;
        int bestRank = -1;
        for (int i = 0; i < logicals.size(); i++) {
            Logical l = logicals.get(i);
            Meeting m = findMeeting(l);
            if (m == null) {
                continue;
            }
            int rank = (dateNear(l, m.start) != null ? 2 : 0) + (m.region != null ? 1 : 0);
            if (rank > bestRank) {
                bestRank = rank;
                f.meeting = m;
                f.meetingLine = l;
                meetingIndex = i;
            }
        }
        f.used(f.meetingLine);

        // the date: the one on the meeting line, else one that leads into a meeting (…日在), else a dated
        // line of its own; never a timestamp, 更新时间, 时间：, a dateline (…电) or a zero-padded publication date
        Logical dateLine = null;
        if (f.meeting != null) {
            Date d = dateNear(f.meetingLine, f.meeting.start);
            if (d != null) {
                f.date = d.date;
                dateLine = f.meetingLine;
            }
        }
        if (f.date == null && !bodyMode) {
            for (Logical l : logicals) {
                if (isResidue(l.s)) {
                    continue;
                }
                for (Date d : dates(l.s)) {
                    if (!d.padded && d.end < l.s.length() && l.s.charAt(d.end) == '在') {
                        f.date = d.date;
                        dateLine = l;
                        break;
                    }
                }
                if (f.date != null) {
                    break;
                }
            }
        }
        if (f.date == null && !bodyMode) {
            for (Logical l : logicals) {
                Date d = isResidue(l.s) ? null : firstDate(l, true);
                if (d != null) {
                    f.date = d.date;
                    dateLine = l;
                    break;
                }
            }
        }
        f.used(dateLine);

        // the title: the title line nearest above the meeting line, since a page title in the residue
        // (2018年区政府工作报告) may stand further up
        int titleIndex = -1;
        int[] titleSpan = null;
        for (int i = 0; i < logicals.size(); i++) {
            Logical l = logicals.get(i);
            if (l.s.indexOf('。') >= 0 || (bodyMode && l.s.length() > SHORT_TITLE)) {
                continue; // a sentence (a caption: …作政府工作报告。), not a title
            }
            int[] span = titleSpan(l);
            if (span == null || span[1] - span[0] > LONG_TITLE) {
                continue;
            }
            if (titleIndex < 0 || meetingIndex >= 0 && i <= meetingIndex) {
                if (titleIndex >= 0 && f.otherTitleYear == null) {
                    f.otherTitleYear = yearIn(logicals.get(titleIndex).s.substring(titleSpan[0], titleSpan[1]));
                }
                titleIndex = i;
                titleSpan = span;
            } else if (f.otherTitleYear == null) {
                f.otherTitleYear = yearIn(l.s.substring(span[0], span[1]));
            }
        }
        if (titleIndex >= 0) {
            Logical l = logicals.get(titleIndex);
            f.title = l.value(text, titleSpan[0], titleSpan[1]);
            f.titleClean = l.s.substring(titleSpan[0], titleSpan[1]);
            f.used(l);
        }

        // the speaker: <region>人民政府<office>NAME; in body text only on a short line of its own
        for (Logical l : logicals) {
            if (bodyMode && l.s.length() > SHORT_SPEAKER) {
                continue;
            }
            Speaker sp = findSpeaker(l.s);
            if (sp != null) {
                f.speaker = sp.name;
                f.speakerTitle = sp.office;
                f.speakerRegion = sp.region;
                f.used(l);
                break;
            }
        }
        // a name alone on the line after the meeting or date line (七台河, 益阳 write no office)
        int anchor = meetingIndex >= 0 ? meetingIndex : logicals.indexOf(dateLine);
        if (f.speaker == null && !bodyMode && anchor >= 0 && anchor + 1 < logicals.size()) {
            Logical next = logicals.get(anchor + 1);
            if (isName(next.s) && !endsWithLevelChar(next.s) && !next.s.equals(BODY_OPENING)) {
                f.speaker = next.s;
                f.used(next);
            }
        }
        return f;
    }

    // ------------------------------------------------------------------------------------------------
    // Joined header lines

    /**
     * A header line, or several physical lines joined where a break is known to fall, with all spaces
     * removed; each char keeps its offset in the text as given.
     */
    private static final class Logical {
        final int first;
        int last;
        final boolean yaml;
        private final StringBuilder chars = new StringBuilder();
        private int[] offsets = new int[32];
        String s = "";

        Logical(int first, boolean yaml) {
            this.first = first;
            this.last = first;
            this.yaml = yaml;
        }

        void append(ReportText.Line line, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = line.clean.charAt(i);
                if (c == ' ') {
                    continue; // 政 府 工 作 报 告, 汪 泉, 2 0 2 2 年: spaces carry nothing in a header
                }
                if (chars.length() == offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                }
                offsets[chars.length()] = line.offset(i);
                chars.append(c);
            }
            last = Math.max(last, line.index);
            freeze();
        }

        void freeze() {
            s = chars.toString();
        }

        /** Drops quotes around a YAML value. */
        void stripQuotes() {
            freeze();
            if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
                chars.deleteCharAt(chars.length() - 1);
                chars.deleteCharAt(0);
                System.arraycopy(offsets, 1, offsets, 0, chars.length());
                freeze();
            }
        }

        /**
         * The chars {@code from..to} as a value: the clean (Simplified) chars, but full-width punctuation
         * as the report wrote it, so that a title keeps its （文字实录） rather than the folded ASCII form.
         */
        String value(ReportText text, int from, int to) {
            StringBuilder out = new StringBuilder(to - from);
            String all = text.text();
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                char original = all.charAt(offsets[i]);
                out.append(original >= '\uFF01' && original <= '\uFF5E' && !Character.isLetterOrDigit(c) ? original : c);
            }
            return out.toString();
        }
    }

    private static List<Logical> logicals(List<ReportText.Line> lines, int from, int to) {
        List<Logical> out = new ArrayList<>();
        Logical current = null;
        for (int i = from; i < to; i++) {
            ReportText.Line line = lines.get(i);
            if (line.isBlank()) {
                continue; // broken meeting lines have blank lines between their halves (wulumuqi, yingze)
            }
            String next = despace(line.clean);
            if (next.isEmpty()) {
                continue;
            }
            if (current != null && joins(current.s, next)) {
                current.append(line, 0, line.clean.length());
            } else {
                current = new Logical(i, false);
                current.append(line, 0, line.clean.length());
                out.add(current);
            }
        }
        return out;
    }

    /** True where a header line is known to break: inside the meeting, inside the title, between office and name. */
    private static boolean joins(String previous, String next) {
        if (previous.endsWith("人民代表大会") && next.startsWith("第")) {
            return true;
        }
        if (previous.endsWith("届") && (next.startsWith("人民代表大会") || next.startsWith("全国人民代表大会"))) {
            return true;
        }
        if ((previous.endsWith("政府工作报") || previous.endsWith("施政报")) && next.startsWith("告")) {
            return true;
        }
        if (isName(next) && !next.equals(BODY_OPENING)) {
            for (String office : OFFICES) {
                if (previous.endsWith(office)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------
    // Title

    /** The span of the title within a line: the piece with 政府工作报告 or 施政报告, without date notes; or null. */
    private static int[] titleSpan(Logical l) {
        String s = l.s;
        int kw = -1;
        String word = null;
        for (String w : TITLE_WORDS) {
            int at = s.indexOf(w);
            if (at >= 0 && (kw < 0 || at < kw)) {
                kw = at;
                word = w;
            }
        }
        if (kw < 0) {
            return null;
        }
        // pieces are cut by a dash run (政府工作报告  ——2020年…) or a page-title bar (施政報告 | 行政長官…)
        int from = 0;
        int to = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean cut = c == '|' || ((c == '—' || c == '-') && i + 1 < s.length() && s.charAt(i + 1) == c);
            if (!cut) {
                continue;
            }
            if (i < kw) {
                from = i + 1;
                while (from < s.length() && (s.charAt(from) == c)) {
                    from++;
                }
                i = from - 1;
            } else if (i >= kw + word.length()) {
                to = i;
                break;
            }
        }
        if (s.indexOf('|') >= 0) {
            // the bar separates a short and a long form; the long one says more (行政长官2025年施政报告)
            int other = s.indexOf(word, kw + word.length());
            if (other >= 0) {
                int bar = s.lastIndexOf('|', other);
                if (bar > kw) {
                    int end = s.indexOf('|', other);
                    from = bar + 1;
                    to = end < 0 ? s.length() : end;
                }
            }
        }
        // a sentence title (…会议上的政府工作报告): the title is what follows 的
        int de = s.lastIndexOf("上的", kw);
        if (de >= from && s.indexOf("会议", from) >= 0 && s.indexOf("会议", from) < de) {
            from = de + 2;
        }
        // a trailing (YYYY年M月D日 NAME) is a note on the delivery, not part of the title; (文字实录) is
        int open = s.indexOf('(', kw + word.length());
        if (open >= 0 && open < to) {
            int close = s.indexOf(')', open);
            if (close < 0) {
                close = to;
            }
            String note = s.substring(open, Math.min(close, to));
            if (note.indexOf('年') >= 0 && note.indexOf('日') >= 0) {
                to = open;
            }
        }
        // a title written twice in a row by the page (2020年X市政府工作报告2020年X市政府工作报告)
        int len = to - from;
        if (len % 2 == 0 && len >= 12 && s.regionMatches(from, s, from + len / 2, len / 2)) {
            to = from + len / 2;
        }
        return from < to ? new int[] {from, to} : null;
    }

    /** A 4-digit year written in a title (YYYY年, not the year of a date), or null. */
    private static Integer yearIn(String s) {
        for (int at = s.indexOf('年'); at >= 0; at = s.indexOf('年', at + 1)) {
            if (at < 4 || !allDigits(s, at - 4, at) || (at > 4 && isDigit(s.charAt(at - 5)))) {
                continue;
            }
            int m = at + 1;
            while (m < s.length() && isDigit(s.charAt(m))) {
                m++;
            }
            if (m > at + 1 && m < s.length() && s.charAt(m) == '月') {
                continue; // a date
            }
            return Integer.parseInt(s.substring(at - 4, at));
        }
        return null;
    }

    private static String regionFromTitle(String title) {
        String s = title;
        int kw = -1;
        for (String w : TITLE_WORDS) {
            int at = s.indexOf(w);
            if (at >= 0) {
                kw = at;
                break;
            }
        }
        if (kw < 0) {
            return null;
        }
        s = s.substring(0, kw);
        // drop the year wherever it stands: 2025年湖北省…, 合肥市2008年…
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i + 5 <= s.length() && allDigits(s, i, i + 4) && s.charAt(i + 4) == '年') {
                i += 4;
                continue;
            }
            b.append(s.charAt(i));
        }
        s = b.toString();
        if (s.endsWith("人民")) {
            s = s.substring(0, s.length() - 2); // …人民政府工作报告
        }
        if (s.endsWith("人民政府")) {
            s = s.substring(0, s.length() - 4);
        }
        for (String office : OFFICES) {
            if (s.endsWith(office)) {
                s = s.substring(0, s.length() - office.length()); // 市长施政报告, 行政长官…施政报告
                break;
            }
        }
        return isRegion(s) ? s : null;
    }

    // ------------------------------------------------------------------------------------------------
    // Meeting

    /** A meeting found in a line: {@code [start, end)} in the line, and the region it names. */
    private record Meeting(int start, int end, String region, String rawRegion) {}

    /**
     * Finds {@code <region>[第]N届…(人民代表大会|人大|议会)…会议} (or a Taiwanese {@code …次定期会}): scans
     * from each 届 back over the numerals and the region, and forward over a short run of CJK and digits.
     */
    private static Meeting findMeeting(Logical l) {
        String s = l.s;
        for (int j = s.indexOf('届'); j >= 0; j = s.indexOf('届', j + 1)) {
            int k = j;
            while (k > 0 && NUMERALS.indexOf(s.charAt(k - 1)) >= 0) {
                k--;
            }
            if (k == j) {
                continue; // 本届, 首届: no number
            }
            int start = k > 0 && s.charAt(k - 1) == '第' ? k - 1 : k;
            int r = start;
            while (r > 0 && start - r < 20 && isCjk(s.charAt(r - 1)) && REGION_STOPS.indexOf(s.charAt(r - 1)) < 0) {
                r--;
            }
            // forward: the meeting ends at 会议 within a short run that no punctuation breaks
            int end = -1;
            int limit = Math.min(s.length(), j + 30);
            for (int e = j + 1; e < limit; e++) {
                char c = s.charAt(e);
                if (!isCjk(c) && !isDigit(c)) {
                    break;
                }
                if (s.startsWith("会议", e)) {
                    end = e + 2;
                    break;
                }
                if (s.startsWith("定期会", e) || s.startsWith("临时会", e)) {
                    end = e + 3;
                    break;
                }
            }
            if (end < 0) {
                continue;
            }
            String whole = s.substring(r, end);
            boolean assembly = whole.contains("人民代表大会") || whole.contains("人大") || whole.contains("议会");
            if (!assembly || whole.contains("常务委员会") || whole.contains("常委会")) {
                continue; // 党的十九届…全会, 人大常委会会议: not the plenary the report is delivered to
            }
            String raw = s.substring(r, start);
            String region = raw;
            for (String tail : new String[] {"议会", "人民代表大会", "人大"}) {
                if (region.endsWith(tail)) {
                    region = region.substring(0, region.length() - tail.length());
                }
            }
            if (!isRegion(region)) {
                region = null;
            }
            if (region == null && (whole.contains("全国人民代表大会") || whole.contains("全国人大"))) {
                region = "中国";
            }
            return new Meeting(r, end, region, raw);
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------
    // Date

    private record Date(LocalDate date, int start, int end, boolean padded) {}

    /** The date on a meeting line: the one nearest before the meeting (…日在<region>第…), else the first there. */
    private static Date dateNear(Logical l, int meetingStart) {
        Date best = null;
        for (Date d : dates(l.s)) {
            if (d.padded) {
                continue;
            }
            if (d.end <= meetingStart) {
                best = d;
            } else if (best == null) {
                best = d;
                break;
            }
        }
        return best;
    }

    /** The first unpadded date of a line; with {@code atStart}, only a date that opens the line (after a dash). */
    private static Date firstDate(Logical l, boolean atStart) {
        for (Date d : dates(l.s)) {
            if (d.padded) {
                continue;
            }
            if (atStart) {
                for (int i = 0; i < d.start; i++) {
                    char c = l.s.charAt(i);
                    if (c != '—' && c != '-' && c != '─') {
                        return null;
                    }
                }
            }
            return d;
        }
        return null;
    }

    /** A line of page furniture, whose dates are publication or crawl dates, not the delivery date. */
    private static boolean isResidue(String s) {
        if (s.contains("时间") || s.contains("更新") || s.contains("发布") || s.contains("来源") || s.endsWith("电")) {
            return true;
        }
        for (int at = s.indexOf('时'); at >= 0; at = s.indexOf('时', at + 1)) {
            if (at > 0 && isDigit(s.charAt(at - 1))) {
                return true; // 07时41分
            }
        }
        return false;
    }

    /** Every YYYY年M月D日 of a line, in Arabic or Chinese numerals (一九八五年五月二十日). */
    private static List<Date> dates(String s) {
        List<Date> out = new ArrayList<>();
        for (int y = s.indexOf('年'); y >= 0; y = s.indexOf('年', y + 1)) {
            if (y < 4) {
                continue;
            }
            boolean arabic = allDigits(s, y - 4, y) && (y == 4 || !isDigit(s.charAt(y - 5)));
            boolean chinese = !arabic && allCnDigits(s, y - 4, y);
            if (!arabic && !chinese) {
                continue;
            }
            // month and day are 1–3 chars each (12, 十二); bounded look-ahead keeps a line of 年 linear
            int m = indexWithin(s, '月', y + 2, y + 5);
            if (m < 0) {
                continue;
            }
            int d = indexWithin(s, '日', m + 2, m + 5);
            if (d < 0) {
                continue;
            }
            String ms = s.substring(y + 1, m);
            String ds = s.substring(m + 1, d);
            int year;
            int month;
            int day;
            boolean padded = false;
            if (arabic) {
                if (!allDigits(ms, 0, ms.length()) || !allDigits(ds, 0, ds.length()) || ms.length() > 2 || ds.length() > 2) {
                    continue;
                }
                year = Integer.parseInt(s.substring(y - 4, y));
                month = Integer.parseInt(ms);
                day = Integer.parseInt(ds);
                padded = ms.charAt(0) == '0' || ds.charAt(0) == '0';
            } else {
                year = 0;
                for (int i = y - 4; i < y; i++) {
                    year = year * 10 + cnDigit(s.charAt(i));
                }
                month = smallCn(ms);
                day = smallCn(ds);
            }
            try {
                out.add(new Date(LocalDate.of(year, month, day), y - 4, d + 1, padded));
            } catch (DateTimeException e) {
                // not a calendar date (a typo or a misread run): not the delivery date either
            }
        }
        return out;
    }

    /** The first {@code c} in {@code s[from, to)}, or -1. */
    private static int indexWithin(String s, char c, int from, int to) {
        for (int i = from; i < Math.min(to, s.length()); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** 一 … 三十一 as a number, or 0 when it is not one. */
    private static int smallCn(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return 0;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? Math.max(0, cnDigit(s.charAt(0))) : 0;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? cnDigit(s.charAt(0)) : -1;
        int ones = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? cnDigit(s.charAt(ten + 1)) : -1;
        return tens <= 0 || ones < 0 ? 0 : tens * 10 + ones;
    }

    private static int cnDigit(char c) {
        int i = CN_DIGITS.indexOf(c);
        return i < 0 ? -1 : i <= 1 ? 0 : i - 1;
    }

    // ------------------------------------------------------------------------------------------------
    // Speaker

    private record Speaker(String office, String name, String region) {}

    /** The first office word followed by a name: 2–4 CJK chars (or a name with ·), stopping before 作. */
    private static Speaker findSpeaker(String s) {
        for (int pos = 0; pos < s.length(); pos++) {
            for (String office : OFFICES) {
                if (!s.startsWith(office, pos)) {
                    continue;
                }
                int from = pos + office.length();
                // the run is capped just past the longest name, so that a line of office words stays linear
                int end = from;
                while (end < s.length() && end - from <= MAX_NAME && isNameChar(s.charAt(end))) {
                    end++;
                }
                for (int z = from + 2; z < end; z++) {
                    if (s.charAt(z) == '作') {
                        end = z; // …代省长NAME作政府工作报告
                        break;
                    }
                }
                String name = s.substring(from, end);
                if (!isName(name)) {
                    break; // no name after this office here (省长沙市…): try further on
                }
                return new Speaker(office, name, speakerRegion(s, pos, office));
            }
        }
        return null;
    }

    /** The region before an office: 凉山州人民政府州长 → 凉山州; 国务院总理 → 中国. */
    private static String speakerRegion(String s, int officeAt, String office) {
        if (office.equals("国务院总理")) {
            return "中国";
        }
        int r = officeAt;
        while (r > 0 && officeAt - r < 30 && isCjk(s.charAt(r - 1)) && REGION_STOPS.indexOf(s.charAt(r - 1)) < 0) {
            r--;
        }
        String prefix = s.substring(r, officeAt);
        int after = prefix.lastIndexOf("会议上");
        if (after >= 0) {
            prefix = prefix.substring(after + 3); // …会议上湖北省人民政府代省长
        }
        if (prefix.endsWith("人民政府")) {
            prefix = prefix.substring(0, prefix.length() - 4);
        } else if (prefix.endsWith("政府")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        if (prefix.equals("国务院")) {
            return "中国";
        }
        return isRegion(prefix) ? prefix : null;
    }

    /** A name in a YAML title's trailing note: X政府工作报告（YYYY年M月D日 NAME）. */
    private static String nameInParentheses(String s) {
        if (!s.endsWith(")")) {
            return null;
        }
        int open = s.lastIndexOf('(');
        int day = s.lastIndexOf('日');
        if (open < 0 || day < open) {
            return null;
        }
        String name = s.substring(day + 1, s.length() - 1);
        return isName(name) ? name : null;
    }

    private static boolean isName(String s) {
        int n = s.length();
        if (n < 2) {
            return false;
        }
        for (String word : NOT_NAMES) {
            if (s.contains(word)) {
                return false; // 市长施政报告: the office word starts a title, not a speaker line
            }
        }
        boolean dot = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isDot(c)) {
                if (i == 0 || i == n - 1) {
                    return false;
                }
                dot = true;
            } else if (!isCjk(c)) {
                return false;
            }
        }
        return dot ? n <= MAX_NAME : n <= 4;
    }

    private static boolean isNameChar(char c) {
        return isCjk(c) || isDot(c);
    }

    private static boolean isDot(char c) {
        return c == '·' || c == '‧' || c == '・' || c == '•';
    }

    private static boolean endsWithLevelChar(String s) {
        return "省市区县州盟旗".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    // ------------------------------------------------------------------------------------------------
    // Region and level

    /** X in 我代表X人民政府 or 我代表国务院, or null. */
    private static String representedBy(String s) {
        int at = s.indexOf("我代表");
        if (at < 0) {
            return null;
        }
        int from = at + 3;
        if (s.startsWith("国务院", from)) {
            return "国务院";
        }
        int gov = s.indexOf("人民政府", from);
        if (gov < 0 || gov - from > 15) {
            return null;
        }
        for (int i = from; i < gov; i++) {
            if (!isCjk(s.charAt(i))) {
                return null;
            }
        }
        return s.substring(from, gov);
    }

    private static boolean isRegion(String s) {
        if (s == null || s.length() < 2 || s.length() > 20 || BARE.contains(s)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isCjk(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Level levelOfRegion(String region) {
        if (region.equals("中国") || region.equals("全国")) {
            return Level.NATIONAL;
        }
        if (region.contains("特别行政区") || region.endsWith("自治区") || region.endsWith("省")
                || MUNICIPALITIES.contains(region)) {
            return Level.PROVINCE;
        }
        if (region.endsWith("县") || region.endsWith("旗") || region.endsWith("区")) {
            return Level.COUNTY;
        }
        if (region.endsWith("市") || region.endsWith("州") || region.endsWith("盟")) {
            // a city under a city or prefecture (呼伦贝尔市满洲里市) is county-level
            return namesParent(region) ? Level.COUNTY : Level.CITY;
        }
        return null;
    }

    /**
     * True when a 市, 州 or 盟 inside the name ends a parent's name: it must have a name before it and at
     * least two chars after it, since 州 also ends the first half of many city names (广州市, 苏州市).
     */
    private static boolean namesParent(String region) {
        for (int i = 1; i <= region.length() - 3; i++) {
            char c = region.charAt(i);
            if (c == '市' || c == '州' || c == '盟') {
                return true;
            }
        }
        return false;
    }

    /** The level a bare word names (省 in 我代表省人民政府), or null. */
    private static Level levelOfBareWord(String word) {
        if (word == null || word.isEmpty()) {
            return null;
        }
        if (word.equals("国务院") || word.equals("全国")) {
            return Level.NATIONAL;
        }
        if (word.equals("省") || word.endsWith("自治区") || word.equals("特别行政区")) {
            return Level.PROVINCE;
        }
        if (word.equals("区") || word.equals("县") || word.equals("旗") || word.equals("自治县") || word.equals("自治旗")) {
            return Level.COUNTY;
        }
        if (word.equals("市") || word.equals("州") || word.equals("盟") || word.equals("自治州")) {
            return Level.CITY;
        }
        return null;
    }

    private static Level levelOfOffice(String office) {
        switch (office) {
            case "国务院总理", "总理" -> {
                return Level.NATIONAL;
            }
            case "省长", "代省长", "主席", "代理主席", "行政长官" -> {
                return Level.PROVINCE;
            }
            case "区长", "代区长", "县长", "代县长", "旗长", "代旗长" -> {
                return Level.COUNTY;
            }
            case "市长", "代市长", "州长", "代州长" -> {
                return Level.CITY;
            }
            default -> {
                return null;
            }
        }
    }

    /** The level of an office named in a title (行政长官2025年施政报告), or null. */
    private static Level officeLevelIn(String title) {
        for (int pos = 0; pos < title.length(); pos++) {
            for (String office : OFFICES) {
                if (title.startsWith(office, pos)) {
                    return levelOfOffice(office);
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------
    // Chars

    private static String despace(String s) {
        if (s.indexOf(' ') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != ' ') {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean isCjk(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '〇';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s, int from, int to) {
        if (from < 0 || to > s.length() || from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCnDigits(String s, int from, int to) {
        if (from < 0 || to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (CN_DIGITS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
