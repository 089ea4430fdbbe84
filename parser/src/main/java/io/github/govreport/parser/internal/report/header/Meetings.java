package io.github.govreport.parser.internal.report.header;

import static io.github.govreport.parser.internal.report.header.HeaderChars.*;

import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.List;

/**
 * Finds the congress session a header line names ({@code <region>第N届人民代表大会第N次会议}) and the region
 * written before it. Only the report's own session counts: one at the end of its line or followed by a word
 * of {@code report/meetings.tsv} (会议上, 会议作…报告); a session named in passing (完成了市十四届人大一次会议确定的
 * 任务, 贯彻省十届人大三次会议精神) is no meeting of the report and gives no region.
 */
final class Meetings {

    private static final String NUMERALS = "〇零一二三四五六七八九十百0123456789";

    /** Chars that end a region when scanning back from 第…届: 在 (在广州市第…), 向 (向省第…), 的 (召开的第…). */
    static final String REGION_STOPS = "在向于的对从";

    /** The words that may follow the report's own session (上, 作, 报告 …), from {@code report/meetings.tsv}. */
    static final List<Row> FOLLOWERS = ReportTables.read("meetings.tsv");

    private Meetings() {}

    /** True when the session ending at {@code end} of {@code s} is the report's own: nothing or a follower after it. */
    private static boolean isOwn(String s, int end) {
        if (end >= s.length() || s.charAt(end) == '(' || s.charAt(end) == ')') {
            return true; // a session line of its own, or one with a note: …会议(2024年1月15日)
        }
        for (Row r : FOLLOWERS) {
            if (s.startsWith(r.columns().get(1), end)) {
                return true;
            }
        }
        return false;
    }

    /** A meeting found in a line: {@code [start, end)} in the line, and the region it names. */
    record Meeting(int start, int end, String region, String rawRegion) {}

    /**
     * Finds {@code <region>[第]N届…(人民代表大会|人大|议会)…会议} (or a Taiwanese {@code …次定期会}): scans
     * from each 届 back over the numerals and the region, and forward over a short run of CJK and digits.
     */
    static Meeting findMeeting(String s) {
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
            if (end < 0 || !isOwn(s, end)) {
                continue; // no session, or one named in passing (…会议确定的任务, …会议精神)
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
            if (!RegionNames.isRegion(region)) {
                region = null;
            }
            if (region == null && (whole.contains("全国人民代表大会") || whole.contains("全国人大"))) {
                region = "中国";
            }
            return new Meeting(r, end, region, raw);
        }
        return null;
    }
}
