package io.github.govreport.examples.linear;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The families of pathological inputs that the linearity and memory tests and the benchmarks share: each
 * a text of about a given number of chars, made to find a slow or wasteful path if there is one.
 */
public final class Families {

    /** Each family by name, in a stable order. */
    public static final Map<String, IntFunction<String>> ALL = all();

    private Families() {}

    private static Map<String, IntFunction<String>> all() {
        Map<String, IntFunction<String>> f = new LinkedHashMap<>();
        f.put("a run of one Chinese numeral", n -> "一".repeat(n));
        f.put("a run of digits", n -> "8".repeat(n));
        f.put("a run of line breaks", n -> "\n".repeat(n));
        f.put("linking words before a value", n -> "一、2025年工作回顾\n" + "的".repeat(n) + "增长8%\n");
        f.put("unnamed values after a named one", n -> "一、2025年工作回顾\n产值增长8%。" + "8%。".repeat(n / 3));
        f.put("values on one line without punctuation", n -> "一、2025年工作回顾\n产值增长8%" + "8%".repeat(n / 2));
        f.put("headings only", n -> "一、2025年工作回顾\n（一）壮大实体经济\n".repeat(n / 20));
        f.put("nested quotation marks", n -> "“".repeat(n / 2) + "”".repeat(n / 2));
        f.put("nested brackets", n -> "（".repeat(n / 2) + "）".repeat(n / 2));
        f.put("one long sentence of measures", n -> "二、2026年工作安排\n" + "新建学校3所、".repeat(n / 7) + "。\n");
        f.put("list words before 分别", n -> "一、2025年工作回顾\n" + "工业、".repeat(n / 3) + "增加值分别增长8%和9%。\n");
        f.put("random CJK and digits (seed 20261204)", Families::randomText);
        return f;
    }

    private static String randomText(int n) {
        String chars = "一二三四五六七八九十百千万亿增长下降提高到年月日的和、，。；：%元人个0123456789工业生产总值\n";
        SplittableRandom random = new SplittableRandom(20261204L);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(chars.charAt(random.nextInt(chars.length())));
        }
        return s.toString();
    }
}
