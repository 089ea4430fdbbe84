package io.github.govreport.parser.internal.report.header;

import java.util.HashMap;
import java.util.Map;

/**
 * A last resort for a report whose header names no region (我代表省人民政府 …): the province its opening
 * text names most often, such as 浙江省. Only provinces: city names are too easily confused with phrases
 * (以城市改革为重点) to be guessed this way.
 */
public final class Regions {

    /** How far into the text to look. */
    private static final int REACH = 8_000;

    /** First chars that make 全省, 我市, 各区 words of scope, not names. */
    private static final String NOT_A_NAME = "全我各本该外兄弟省市区县州两三四五六七八九十";

    private Regions() {}

    /** The most named province, as two or three chars before 省, seen at least twice; or null. */
    public static String mostNamed(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int n = Math.min(text.length(), REACH);
        for (int i = 3; i < n; i++) {
            if (text.charAt(i) != '省') {
                continue;
            }
            for (int length = 2; length <= 3; length++) {
                String name = text.substring(i - length, i + 1);
                if (isName(name, length)) {
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        // the longer candidate wins only where it is seen as often (黑龙江省 over 龙江省)
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -e.getKey().length()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static boolean isName(String candidate, int length) {
        for (int k = 0; k < length; k++) {
            char c = candidate.charAt(k);
            if (!isCjk(c) || NOT_A_NAME.indexOf(c) >= 0 || "的和与在对向是了为把以从由年月日".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }
}
