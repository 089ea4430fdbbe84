package io.github.govreport.parser.internal.report.header;

import static io.github.govreport.parser.internal.report.header.HeaderChars.*;

import io.github.govreport.model.Level;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds who delivered a report and in what office: an office word of {@code report/offices.tsv} followed by
 * a name ({@code 示例市人民政府市长 王某某}), a compound office ({@code 国务院副总理兼某某委员会主任 王某某}: the
 * whole run is the office), an office with no name after it (the office is kept, the speaker is null), the
 * region written before the office, and a name in a title's note. An office word right after 副 is not
 * that office: a vice-premier is never a 总理, a 副省长 never a 省长.
 */
final class Speakers {

    /** The rows of {@code report/offices.tsv}: kind (OFFICE or END), word, level, example. */
    static final List<Row> ROWS = ReportTables.read("offices.tsv");

    /** Offices, longest first, so that 代省长 wins over 省长 and 国务院总理 over 总理 at one position. */
    static final String[] OFFICES = words("OFFICE");

    /** How the second office of a compound byline ends (…兼某某委员会主任), longest first. */
    static final String[] COMPOUND_ENDS = words("END");

    private static final Map<String, Level> LEVELS = new HashMap<>();

    static {
        for (Row r : ROWS) {
            if (r.columns().get(0).equals("OFFICE")) {
                LEVELS.put(r.columns().get(1), Level.valueOf(r.columns().get(2)));
            }
        }
    }

    /** The longest name taken: a transcribed name with a middle dot (买买提·艾则孜) runs up to 12 chars. */
    private static final int MAX_NAME = 12;

    /** The longest second office of a compound byline (兼国家发展和改革委员会主任). */
    private static final int MAX_COMPOUND = 30;

    /** Words no personal name contains, but which follow an office word in titles and sentences. */
    private static final String[] NOT_NAMES = {"报告", "政府", "工作", "会议", "代表", "人民", "施政"};

    private Speakers() {}

    record Speaker(String office, String name, String region) {}

    private static String[] words(String kind) {
        return ROWS.stream().filter(r -> r.columns().get(0).equals(kind)).map(r -> r.columns().get(1))
            .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
    }

    /**
     * The first office word followed by a name: 2–4 CJK chars (or a name with ·), stopping before 作; or
     * a compound office (…兼…主任) followed by a name.
     */
    static Speaker findSpeaker(String s) {
        for (int pos = 0; pos < s.length(); pos++) {
            String office = officeAt(s, pos);
            if (office == null) {
                continue;
            }
            int from = pos + office.length();
            if (from < s.length() && s.charAt(from) == '兼') {
                int[] c = compound(s, from);
                if (c != null && c[1] > c[0]) {
                    return new Speaker(s.substring(pos, c[0]), s.substring(c[0], c[1]), speakerRegion(s, pos, office));
                }
                continue;
            }
            String name = s.substring(from, nameEnd(s, from));
            if (isName(name)) {
                return new Speaker(office, name, speakerRegion(s, pos, office));
            }
            // no name after this office here (省长沙市…): try further on
        }
        return null;
    }

    /**
     * A byline with an office and no name: the whole line is [region][人民政府]office, or a compound office
     * (国务院副总理兼某某委员会主任). The speaker is null; null when the line is anything else.
     */
    static Speaker officeOnly(String s) {
        for (int pos = 0; pos < s.length(); pos++) {
            String office = officeAt(s, pos);
            if (office == null) {
                continue;
            }
            int end = pos + office.length();
            if (end < s.length() && s.charAt(end) == '兼') {
                int[] c = compound(s, end);
                end = c == null || c[1] > c[0] ? -1 : c[0];
            }
            if (end != s.length() || !isRegionPrefix(s.substring(0, pos))) {
                return null;
            }
            return new Speaker(s.substring(pos), null, speakerRegion(s, pos, office));
        }
        return null;
    }

    /** True when {@code left} may stand before an office on a byline: nothing, a region, its government. */
    private static boolean isRegionPrefix(String left) {
        String p = left.endsWith("人民政府") ? left.substring(0, left.length() - 4)
            : left.endsWith("政府") ? left.substring(0, left.length() - 2) : left;
        return p.isEmpty() || p.equals("国务院") || RegionNames.isRegion(p);
    }

    /** The longest office word at {@code pos} of {@code s}, or null; none right after 副 (副省长 is no 省长). */
    static String officeAt(String s, int pos) {
        if (pos > 0 && s.charAt(pos - 1) == '副') {
            return null;
        }
        for (String office : OFFICES) {
            if (s.startsWith(office, pos)) {
                return office;
            }
        }
        return null;
    }

    /** The end of a name run from {@code from}: name chars, capped just past the longest name, cut before 作. */
    private static int nameEnd(String s, int from) {
        // the run is capped just past the longest name, so that a line of office words stays linear
        int end = from;
        while (end < s.length() && end - from <= MAX_NAME && isNameChar(s.charAt(end))) {
            end++;
        }
        for (int z = from + 2; z < end; z++) {
            if (s.charAt(z) == '作') {
                return z; // …代省长NAME作政府工作报告
            }
        }
        return end;
    }

    /**
     * The second office of a compound byline from its 兼 at {@code jian}: {@code [officeEnd, nameEnd]}, at
     * the last {@link #COMPOUND_ENDS} word followed by a name (or by nothing: then {@code nameEnd ==
     * officeEnd}); null when there is none.
     */
    static int[] compound(String s, int jian) {
        int run = jian + 1;
        while (run < s.length() && run - jian <= MAX_COMPOUND && isCjk(s.charAt(run))) {
            run++;
        }
        int[] best = null;
        for (int e = jian + 2; e <= run; e++) {
            for (String w : COMPOUND_ENDS) {
                if (e - w.length() <= jian || !s.startsWith(w, e - w.length())) {
                    continue;
                }
                if (e == s.length()) {
                    best = new int[] {e, e};
                } else {
                    int n = nameEnd(s, e);
                    if (isName(s.substring(e, n))) {
                        best = new int[] {e, n};
                    }
                }
                break;
            }
        }
        return best;
    }

    /** True when a header line ends with a compound office, so that a name on the next line is its speaker's. */
    static boolean endsWithCompound(String s) {
        int jian = s.lastIndexOf('兼');
        if (jian < 0 || s.length() - jian > MAX_COMPOUND) {
            return false;
        }
        for (String w : COMPOUND_ENDS) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The region before an office: 示例州人民政府州长 → 示例州; 国务院总理, 国务委员 → 中国. */
    static String speakerRegion(String s, int officeAt, String office) {
        if (office.startsWith("国务院") || office.equals("国务委员")) {
            return "中国";
        }
        int r = officeAt;
        while (r > 0 && officeAt - r < 30 && isCjk(s.charAt(r - 1)) && Meetings.REGION_STOPS.indexOf(s.charAt(r - 1)) < 0) {
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
        return RegionNames.isRegion(prefix) ? prefix : null;
    }

    /** A name in a YAML title's trailing note: X政府工作报告（YYYY年M月D日 NAME）. */
    static String nameInParentheses(String s) {
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

    static boolean isName(String s) {
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

    static boolean isNameChar(char c) {
        return isCjk(c) || isDot(c);
    }


    static boolean endsWithLevelChar(String s) {
        return "省市区县州盟旗".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** The level of an office: of its word, or of the office a compound office opens with. */
    static Level levelOfOffice(String office) {
        Level level = LEVELS.get(office);
        return level != null ? level : officeLevelIn(office);
    }

    /** The level of an office named in a title (行政长官2025年施政报告), or null. */
    static Level officeLevelIn(String title) {
        for (int pos = 0; pos < title.length(); pos++) {
            String office = officeAt(title, pos);
            if (office != null) {
                return LEVELS.get(office);
            }
        }
        return null;
    }
}
