package io.github.govreport.parser.internal.report;

import static io.github.govreport.parser.internal.report.HeaderChars.*;

import io.github.govreport.model.Level;

/**
 * Finds who delivered a report and in what office: an office word of {@link #OFFICES} followed by a name
 * ({@code 示例市人民政府市长 王某某}), the region written before the office, and a name in a title's note.
 */
final class Speakers {

    /** Offices, longest first at each position, so that 代省长 wins over 省长 and 国务院总理 over 总理. */
    static final String[] OFFICES = {"国务院总理", "代理主席", "行政长官", "代省长", "代市长", "代区长", "代县长",
        "代州长", "代旗长", "省长", "市长", "州长", "区长", "县长", "旗长", "主席", "总理"};

    /** The longest name taken: a transcribed name with a middle dot (买买提·艾则孜) runs up to 12 chars. */
    private static final int MAX_NAME = 12;

    /** Words no personal name contains, but which follow an office word in titles and sentences. */
    private static final String[] NOT_NAMES = {"报告", "政府", "工作", "会议", "代表", "人民", "施政"};

    private Speakers() {}

    record Speaker(String office, String name, String region) {}

    /** The first office word followed by a name: 2–4 CJK chars (or a name with ·), stopping before 作. */
    static Speaker findSpeaker(String s) {
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
    static String speakerRegion(String s, int officeAt, String office) {
        if (office.equals("国务院总理")) {
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

    static Level levelOfOffice(String office) {
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
    static Level officeLevelIn(String title) {
        for (int pos = 0; pos < title.length(); pos++) {
            for (String office : OFFICES) {
                if (title.startsWith(office, pos)) {
                    return levelOfOffice(office);
                }
            }
        }
        return null;
    }
}
