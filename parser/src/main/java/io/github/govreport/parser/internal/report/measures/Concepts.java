package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.model.Sense;
import io.github.govreport.parser.internal.Folding;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.text.ReportTables;
import io.github.govreport.parser.internal.report.text.Traditional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog of concepts, the indicators economists track under many names ({@code report/concepts.tsv}):
 * 国内生产总值, 地区生产总值, 生产总值 and 经济增长 are the concept {@code gdp}. A measure's name is matched
 * without a leading year (2005年国内生产总值) and, failing that, without a trailing word of growth (增速,
 * 涨幅); it is a concept when it is one of its aliases, or ends with an alias of four chars or more (the
 * longest wins), so that 出口 alone is exports but 高技术产品出口 is not. A name that holds a modifier of
 * {@code report/concept-modifiers.tsv} before the alias it ends with is not that concept: 海洋生产总值 is a
 * part of GDP, 占一般公共预算支出 a share of spending, 出口总额和进口总额 a list.
 */
public final class Concepts {

    private static final int SUFFIX_MIN = 4;
    private static final String[] GROWTH_WORDS = {"年均增速", "增长率", "增速", "增幅", "涨幅", "增长", "总量"};

    private static final class Holder {
        static final Concepts STANDARD = new Concepts();
    }

    private final Map<String, String> byAlias = new HashMap<>();
    /** The aliases that are their concept only as the whole name (written =经济总量 in the table). */
    private final Set<String> wholeOnly = new HashSet<>();
    private final List<Row> rows;
    private final List<Row> modifierRows;
    /** The modifier words (海洋, 占, 和 …): any one before the alias is enough, so their order is free. */
    private final List<String> modifiers = new ArrayList<>();
    private final int longest;
    private final Map<String, Sense> senses = new HashMap<>();

    private Concepts() {
        rows = ReportTables.read("concepts.tsv");
        int max = 0;
        for (Row r : rows) {
            for (String written : r.columns().get(5).split("\\|")) {
                // =经济总量: the alias is the concept only as the whole name, 泸州经济总量 is another place's
                boolean whole = written.startsWith("=");
                String alias = whole ? written.substring(1) : written;
                if (whole) {
                    wholeOnly.add(alias);
                }
                String previous = byAlias.put(alias, r.columns().get(0));
                if (previous != null && !previous.equals(r.columns().get(0))) {
                    throw new IllegalStateException("alias " + alias + " of two concepts: " + previous + ", " + r.columns().get(0));
                }
                max = Math.max(max, alias.length());
            }
        }
        longest = max;
        for (Row r : rows) {
            senses.put(r.columns().get(0), Sense.valueOf(r.columns().get(4)));
        }
        modifierRows = ReportTables.read("concept-modifiers.tsv");
        for (Row r : modifierRows) {
            modifiers.add(r.columns().get(0));
        }
    }

    /** What a government wants of the concept {@code id} (the catalog's sense column), or null for no concept. */
    public Sense senseOf(String id) {
        return id == null ? null : senses.get(id);
    }

    /** The bundled catalog; loaded on first use. */
    public static Concepts standard() {
        return Holder.STANDARD;
    }

    /** Every row of the catalog, in table order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The rows of the table of modifiers, in table order. */
    public List<Row> modifierRows() {
        return Collections.unmodifiableList(modifierRows);
    }

    /** The concept a measure of this name is, or null. */
    public String of(String name) {
        return find(name, true);
    }

    /** The concept the name would be were there no modifiers: what a modifier row must change. */
    String ignoringModifiers(String name) {
        return find(name, false);
    }

    private String find(String name, boolean modified) {
        String bare = withoutGloss(withoutLeadingYear(folded(name)));
        String probe = bare;
        int start = match(probe);
        if (start < 0) {
            for (String w : GROWTH_WORDS) {
                if (bare.endsWith(w) && bare.length() > w.length()) {
                    probe = bare.substring(0, bare.length() - w.length());
                    start = match(probe);
                    break;
                }
            }
        }
        if (start < 0 || modified && modifiedBefore(probe, start)) {
            return null;
        }
        return byAlias.get(probe.substring(start));
    }

    /**
     * Where in {@code name} the alias it is starts: 0 when the whole name is one, else the start of the
     * longest alias of four chars or more it ends with; -1 for none.
     */
    private int match(String name) {
        if (byAlias.containsKey(name)) {
            return 0;
        }
        for (int start = Math.max(0, name.length() - longest); start <= name.length() - SUFFIX_MIN; start++) {
            String suffix = name.substring(start);
            if (byAlias.containsKey(suffix) && !wholeOnly.contains(suffix)) {
                return start; // the first start is the longest suffix
            }
        }
        return -1;
    }

    /**
     * True when a modifier starts before {@code aliasStart}: 海洋 in 海洋生产总值. One that starts inside
     * the alias is the alias's own word (国内 in 国内生产总值) and changes nothing.
     */
    private boolean modifiedBefore(String name, int aliasStart) {
        for (String m : modifiers) {
            int at = name.indexOf(m);
            if (at >= 0 && at < aliasStart) {
                return true;
            }
        }
        return false;
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
