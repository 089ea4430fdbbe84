package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.parser.internal.Folding;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.text.ReportTables;
import io.github.govreport.parser.internal.report.text.Traditional;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog of concepts, the indicators economists track under many names ({@code report/concepts.tsv}):
 * 国内生产总值, 地区生产总值, 生产总值 and 经济增长 are the concept {@code gdp}. A measure's name is matched
 * without a leading year (2005年国内生产总值) and, failing that, without a trailing word of growth (增速,
 * 涨幅); it is a concept when it is one of its aliases, or ends with an alias of four chars or more (the
 * longest wins), so that 出口 alone is exports but 高技术产品出口 is not.
 */
public final class Concepts {

    private static final int SUFFIX_MIN = 4;
    private static final String[] GROWTH_WORDS = {"年均增速", "增长率", "增速", "增幅", "涨幅", "增长", "总量"};

    private static final class Holder {
        static final Concepts STANDARD = new Concepts();
    }

    private final Map<String, String> byAlias = new HashMap<>();
    private final List<Row> rows;
    private final int longest;

    private Concepts() {
        rows = ReportTables.read("concepts.tsv");
        int max = 0;
        for (Row r : rows) {
            for (String alias : r.columns().get(4).split("\\|")) {
                String previous = byAlias.put(alias, r.columns().get(0));
                if (previous != null && !previous.equals(r.columns().get(0))) {
                    throw new IllegalStateException("alias " + alias + " of two concepts: " + previous + ", " + r.columns().get(0));
                }
                max = Math.max(max, alias.length());
            }
        }
        longest = max;
    }

    /** The bundled catalog; loaded on first use. */
    public static Concepts standard() {
        return Holder.STANDARD;
    }

    /** Every row of the catalog, in table order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The concept a measure of this name is, or null. */
    public String of(String name) {
        String bare = withoutGloss(withoutLeadingYear(folded(name)));
        String found = match(bare);
        if (found == null) {
            for (String w : GROWTH_WORDS) {
                if (bare.endsWith(w) && bare.length() > w.length()) {
                    found = match(bare.substring(0, bare.length() - w.length()));
                    break;
                }
            }
        }
        return found;
    }

    /** The concept whose alias is {@code name}, or the longest alias of four chars or more it ends with. */
    private String match(String name) {
        String exact = byAlias.get(name);
        if (exact != null) {
            return exact;
        }
        for (int start = Math.max(0, name.length() - longest); start <= name.length() - SUFFIX_MIN; start++) {
            String concept = byAlias.get(name.substring(start));
            if (concept != null) {
                return concept; // the first start is the longest suffix
            }
        }
        return null;
    }

    /** Full-width forms and Traditional chars folded: 单位ＧＤＰ能耗 is 单位GDP能耗, 生產總值 is 生产总值. */
    private static String folded(String name) {
        char[] chars = Folding.fold(name);
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Traditional.toSimplified(chars[i]);
        }
        return new String(chars);
    }

    /** 细颗粒物(PM2.5)年均浓度 → 细颗粒物年均浓度: a gloss in parentheses adds nothing to the name. */
    private static String withoutGloss(String name) {
        int open = name.indexOf('(');
        int close = open < 0 ? -1 : name.indexOf(')', open);
        return close < 0 ? name : name.substring(0, open) + name.substring(close + 1);
    }

    /** 2005年国内生产总值 → 国内生产总值; 到2025年城镇化率 → 城镇化率. */
    private static String withoutLeadingYear(String name) {
        int i = name.startsWith("到") ? 1 : 0;
        int digits = 0;
        while (i + digits < name.length() && Character.isDigit(name.charAt(i + digits))) {
            digits++;
        }
        if (digits == 4 && i + 4 < name.length() && name.charAt(i + 4) == '年') {
            String rest = name.substring(i + 5);
            return rest.startsWith("的") ? rest.substring(1) : rest;
        }
        return name;
    }
}
