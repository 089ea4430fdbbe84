package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.parser.internal.WordTrie;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the name of the measure a value belongs to: the words of its clause before it, without scope
 * words (全区, 全年), connectives (其中, 同时) and the verbs that link a name to its value (完成, 达到,
 * 分别, 同比). {@code 全区地区生产总值完成356.7亿元} names {@code 地区生产总值}.
 */
final class MeasureNames {

    /** Clause boundaries in clean text (full-width punctuation is folded to ASCII there). */
    private static final String BOUNDARIES = ",;。:!?、()";

    private static final String[] LEADING = {
        "——", "—", "其中", "同时", "另外", "此外", "以及", "并且", "全年", "全区", "全市", "全省", "全州", "全县", "全旗", "全盟", "全镇",
        "全国", "今年", "去年", "上年", "当年", "我区", "我市", "我省", "我州", "我县", "和", "及", "与", "并", "其", "共", "使", "的", "把", "将",
        "力争", "争取", "确保", "实现", "预计", "初步测算", "年末", "年底", "到年底", "今年内", "一年内", "年内", "推动", "推进",
        "支持", "促进", "带动", "基本消除", "完成", "新建", "建成", "一季度", "第一季度", "二季度", "第二季度", "三季度", "第三季度",
        "前三季度", "四季度", "第四季度", "上半年", "下半年"
    };

    /**
     * Leading words that name a time and nothing measured: alone before a value (全年增长5.8%) they leave
     * the name to the measure before them. (A place alone, 全省0.7个, is left as it is: what follows it is
     * mostly a comparison with that place, no measure of the report's own.)
     */
    private static final String[] TIME_ALONE = {
        "全年", "今年", "去年", "上年", "当年", "年末", "年底", "到年底", "今年内", "一年内", "年内", "一季度", "第一季度", "二季度", "第二季度", "三季度",
        "第三季度", "前三季度", "四季度", "第四季度", "上半年", "下半年"
    };

    /** Scopes that, alone before a count (全市600家医院), leave the name to what is counted. */
    private static final String[] SCOPE_ALONE = {
        "全区", "全市", "全省", "全州", "全县", "全旗", "全盟", "全镇", "全乡", "全国", "我区", "我市", "我省", "我州", "我县"
    };

    private static final Set<String> SCOPE_ALONE_WORDS = Set.of(SCOPE_ALONE);
    private static final Set<String> TIME_ALONE_WORDS = Set.of(TIME_ALONE);

    /** Words before a scope that keep it a scope: 对全市, 为全市, 在全市. */
    private static final String SCOPE_PREPOSITIONS = "对为在向给";

    /** True when a name is only a scope (全市), or a scope after a preposition (对全市). */
    static boolean isScopeAlone(String name) {
        String scope = name.length() == 3 && SCOPE_PREPOSITIONS.indexOf(name.charAt(0)) >= 0 ? name.substring(1) : name;
        return SCOPE_ALONE_WORDS.contains(scope);
    }

    private static final String[] TRAILING = {
        "累计完成", "完成", "实现", "达到", "达", "为", "突破", "超过", "累计", "共计", "总计", "共", "提高到", "提高至", "提升到",
        "提升至", "增加到", "增加至", "增长到", "增长至", "增至", "降至", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至",
        "回落到", "回落至", "扩大到", "扩大至", "压缩到", "压缩至", "缩短到", "缩短至", "控制在", "稳定在", "保持在", "年均", "分别", "同比", "环比", "比上年同期", "比上年", "比去年同期",
        "比去年", "较上年", "较去年", "比年初", "平均", "均", "都", "也", "将", "要", "力争", "争取", "达到了", "增长了", "约", "近",
        "超", "逾", "突破", "再", "预期目标", "继续保持", "保持", "首次跃上", "跃上", "首次突破", "首次超过", "上升至", "上升到", "跃升至", "跃升到", "迈上", "站上", "跨过", "跨上", "跨越", "拟按", "按", "拟", "同口径相比", "相比", "按同口径", "去年", "上年", "今年", "计划", "预期", "要求达到", "要求", "同口径", "可比口径", "按可比价格计算", "扣除价格因素", "每人每月", "每人每年", "每人", "分别提高到", "分别提高至", "不低于", "不少于", "至少", "不超过", "不足", "低于", "以上", "实际", "名义", "预计", "了", "的", "由", "从"
    };

    private static final int MAX_NAME = 24;
    private static final int MAX_LIST_NAME = 48;
    /** The longest gloss in parentheses a name may hold: (PM2.5). */
    private static final int GLOSS = 12;

    private MeasureNames() {}

    /**
     * How far before a value its name may start. A name is at most {@link #MAX_LIST_NAME} chars once its
     * linking words are gone; looking no further keeps the reading of a line linear however long its
     * clauses run.
     */
    static final int LOOK_BACK = 128;

    private static int clauseStart(String clean, int at, int floor) {
        int limit = Math.max(floor, at - LOOK_BACK);
        int start = at;
        while (start > limit && BOUNDARIES.indexOf(clean.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /**
     * The name before clean index {@code at} of a line, looking back no further than {@code floor}; an
     * empty string when the clause holds no name.
     */
    static String before(String clean, int at, int floor) {
        int start = clauseStart(clean, at, floor);
        int open = start > floor && clean.charAt(start - 1) == ')' ? clean.lastIndexOf('(', start - 1) : -1;
        if (open > floor && start - open <= GLOSS) {
            start = clauseStart(clean, open, floor); // 细颗粒物(PM2.5)年均浓度: a gloss inside the name
        }
        if (start > floor + 1 && clean.charAt(start - 1) == '、' && holds(clean, "分别", start, at)) {
            // 高技术制造业、装备制造业增加值分别增长…: the list is the name, its members take the values in turn
            int limit = Math.max(floor, at - LOOK_BACK);
            while (start > limit + 1 && clean.charAt(start - 1) == '、') {
                start = clauseStart(clean, start - 1, limit);
            }
        }
        String name = withoutInnerLink(stripLinks(withoutItemNumber(stripMarkers(clean.substring(start, at)))));
        name = stripTrailingDate(name);
        int period = name.startsWith("“十") ? planPeriodEnd(name, 0) : -1;
        if (period > 0 && period < name.length() && !name.startsWith("规划", period) && !name.startsWith("计划", period)) {
            name = stripLinks(name.substring(period)); // “十四五”时期地区生产总值: the period opens the name, it is no part of it
        }
        int longest = name.indexOf('、') >= 0 ? MAX_LIST_NAME : MAX_NAME;
        if (name.length() < 2 || name.length() > longest || !hasCjk(name) || name.indexOf('$') >= 0) {
            return "";
        }
        if (TIME_ALONE_WORDS.contains(name)) {
            return ""; // 一季度增长3.2%，全年增长5.8%: 全年 names no measure; the one before carries on
        }
        if (endsWithConjunction(name)) {
            return ""; // 完成100个村庄改造和2500户危房改造: the words before 和 are the last item's, the count opens its own
        }
        if (isCountAlone(name)) {
            return ""; // 推进2个500千伏…: a count left before a value (its own clause named nothing) names nothing
        }
        if (isComparisonBasis(name)) {
            return ""; // 赤字规模4亿元，比上年年初预算增加0.2亿元: the basis names nothing, the measure before carries on
        }
        // 经济增长5%左右: the change word is the value's, but 经济 alone names nothing
        return name.equals("经济") ? "经济增长" : name;
    }

    /** True when words end with a conjunction that joins them to what follows (客运站和, 展能中心及). */
    static boolean endsWithConjunction(String words) {
        return !words.isEmpty() && "和及与".indexOf(words.charAt(words.length() - 1)) >= 0;
    }

    /** True when a name is a number and one char, a classifier: 2个, 20项. */
    private static boolean isCountAlone(String name) {
        int i = 0;
        while (i < name.length() && Character.isDigit(name.charAt(i))) {
            i++;
        }
        return i > 0 && i == name.length() - 1;
    }

    /**
     * True when a name is the basis of a comparison (比上年年初预算, 较上年末) rather than a measure: it opens
     * with 比 (not 比重, 比例, 比率, 比值), with 较 before a time (较上年, 较年初), or with 是 before a quoted period.
     */
    static boolean isComparisonBasis(String name) {
        if (name.length() < 2) {
            return false;
        }
        char second = name.charAt(1);
        return name.charAt(0) == '比' && "重例率值较".indexOf(second) < 0 || name.charAt(0) == '较' && "上去年同前".indexOf(second) >= 0
                || name.charAt(0) == '是' && second == '“'; // 是“九五”时期的1.7倍
    }

    /**
     * Strips scope words from the front and linking words from the end, by moving two indices: no copy
     * until the name is known.
     */
    private static String stripLinks(String raw) {
        char[] c = raw.toCharArray();
        int s = 0;
        int e = c.length;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            while (s < e && c[s] == ' ') {
                s++;
            }
            while (e > s && c[e - 1] == ' ') {
                e--;
            }
            // the longest word at each end, by trie: one look-up per end instead of one per word
            WordTrie.Match<Boolean> lead = LEADING_WORDS.longestAt(c, s, e - 1);
            if (lead != null) {
                s = lead.end();
                changed = true;
            }
            WordTrie.Match<Boolean> trail = TRAILING_WORDS.longestEndingAt(c, e, s);
            if (trail != null) {
                e = trail.start();
                changed = true;
            }
        }
        return raw.substring(s, e).strip();
    }

    /** Linking verbs that may stand inside a name, between what acts and what is measured: 工业完成产值. */
    private static final String[] INNER_LINKS = {"完成", "实现"};

    /**
     * 工业完成产值 → 工业产值: a linking verb between two words of at least two chars each leaves the name,
     * unless it makes a word with what follows (完成率, 实现度).
     */
    static String withoutInnerLink(String name) {
        for (String link : INNER_LINKS) {
            int i = name.indexOf(link);
            int after = i + link.length();
            if (i >= 2 && name.length() - after >= 2 && "率度值".indexOf(name.charAt(after)) < 0) {
                return name.substring(0, i) + name.substring(after);
            }
        }
        return name;
    }

    private static final WordTrie<Boolean> LEADING_WORDS = trie(LEADING);
    private static final WordTrie<Boolean> TRAILING_WORDS = trie(TRAILING);

    private static WordTrie<Boolean> trie(String[] words) {
        WordTrie<Boolean> trie = new WordTrie<>();
        for (String w : words) {
            trie.put(w, Boolean.TRUE);
        }
        return trie;
    }

    /**
     * What stands in the clause before clean index {@code at} as written, without spaces: the verb of 新建12所学校
     * even where it is a linking word (完成40个…), or nothing where the clause opens with its count (，6家企业…).
     */
    static String lead(String clean, int at, int floor) {
        return clean.substring(clauseStart(clean, at, floor), at).strip();
    }

    /**
     * True when a count without a unit runs straight into the noun it counts: 5万农户 (a magnitude, then the
     * noun), not a number that stands apart (04 其他支出, a row number).
     */
    static boolean isCountBeforeNoun(String valueText, String clean, int end) {
        boolean magnitude = valueText.indexOf('万') >= 0 || valueText.indexOf('亿') >= 0 || valueText.indexOf('千') >= 0;
        return magnitude && end < clean.length() && clean.charAt(end) >= '\u4E00' && clean.charAt(end) <= '\u9FFF';
    }

    /** The most chars of the noun phrase after a count that {@link #after} takes. */
    private static final int MAX_NOUN = 16;

    /**
     * The noun after clean index {@code from} (the end of a value): up to the next boundary or number, at
     * most {@link #MAX_NOUN} chars, or an empty string. 新建12所学校 gives 学校; a number that is part of a
     * name (5G, 4K) does not end it.
     */
    static String after(String clean, int from) {
        return after(clean, from, from);
    }

    /** {@link #after(String, int)} where the chars up to {@code sizeEnd} are a size that belongs to the noun. */
    static String after(String clean, int from, int sizeEnd) {
        if (from > 0 && from < clean.length() && clean.charAt(from) == '大' && Character.isDigit(clean.charAt(from - 1))) {
            from++; // 3大行动: 大 ("major") goes with the count, the noun is 行动
        }
        int end = Math.max(from, sizeEnd); // 建成20个500千伏输变电工程: a size right after the count is part of the noun
        while (end < clean.length() && end - from < MAX_NOUN && BOUNDARIES.indexOf(clean.charAt(end)) < 0
                && !(Character.isDigit(clean.charAt(end)) && !isNameDigit(clean, end))) {
            end++;
        }
        if (end < clean.length() && end - from >= MAX_NOUN && BOUNDARIES.indexOf(clean.charAt(end)) < 0) {
            return ""; // runs on: no short noun phrase
        }
        String noun = clean.substring(from, end).strip();
        if (noun.startsWith("的")) {
            noun = noun.substring(1);
        }
        if (endsWithConjunction(noun)) {
            noun = noun.substring(0, noun.length() - 1); // 建成8个客运站和20个停靠点: the next count's list mark
        }
        return noun.length() >= 2 && hasCjk(noun) ? noun : "";
    }

    /** True when the digit at {@code i} starts a name such as 5G or 4K: digits, then a Latin letter. */
    private static boolean isNameDigit(String clean, int i) {
        int k = i;
        while (k < clean.length() && Character.isDigit(clean.charAt(k))) {
            k++;
        }
        return k < clean.length() && (clean.charAt(k) >= 'A' && clean.charAt(k) <= 'Z' || clean.charAt(k) >= 'a' && clean.charAt(k) <= 'z');
    }

    /**
     * 增加到2002年 → 增加到, 农民人均纯收入“十五” → 农民人均纯收入: a year or a five-year plan the clause names at its
     * end is the period (or, after 是/比/较, the basis of a comparison), not the measure.
     */
    private static String stripTrailingDate(String name) {
        int open = name.lastIndexOf('“');
        if (open > 0 && planPeriodEnd(name, open) == name.length()) {
            // 农民人均纯收入“十五”(期间年均增长8%): the plan names the period; 投资额是“十二五”(的1.2倍), 能耗比“十五”末:
            // the period is the basis of a comparison, and the word that compares goes with it
            String head = name.substring(0, open);
            for (String word : BASIS_WORDS) {
                if (head.endsWith(word)) {
                    return before(head.substring(0, head.length() - word.length()));
                }
            }
            return before(head);
        }
        int end = name.length();
        if (end > 0 && (name.charAt(end - 1) == '底' || name.charAt(end - 1) == '末')) {
            end--;
        }
        if (end > 0 && name.charAt(end - 1) == '年') {
            int k = end - 1;
            while (k > 0 && Character.isDigit(name.charAt(k - 1))) {
                k--;
            }
            if (end - 1 - k == 4) {
                return before(name.substring(0, k));
            }
        }
        return name;
    }

    /** Words before a period that make it the basis of a comparison: 是“十二五”的2倍, 比“十五”末降低20%. */
    private static final String[] BASIS_WORDS = {"分别是", "分别较", "分别比", "均是", "是", "较", "比"};

    /** Words after a five-year plan's label that make it a period: “十五”期间, “十四五”时期. */
    private static final String[] PERIOD_WORDS = {"期间", "时期", "期末", "末", "以来"};

    /**
     * The end of a five-year plan's label at {@code open} (“十五”, “十四五”) with a period word after it, or -1
     * where none stands there.
     */
    private static int planPeriodEnd(String name, int open) {
        int close = name.indexOf('”', open);
        if (close < 0 || close - open > 5 || !name.startsWith("“十", open) || name.charAt(close - 1) != '五') {
            return -1;
        }
        for (String w : PERIOD_WORDS) {
            if (name.startsWith(w, close + 1)) {
                return close + 1 + w.length();
            }
        }
        return close + 1;
    }

    /** The name left when text after it was cut: strip the linking words again. */
    private static String before(String name) {
        return name.isEmpty() ? name : before(name, name.length(), 0);
    }

    /**
     * True when the clause before clean index {@code at} gives its one value to every member of a list:
     * 城乡居民人均可支配收入均增长6.8%, 城镇和农村居民收入均达到…. The 均 must stand close before the value.
     */
    static boolean isShared(String clean, int at, int floor) {
        int start = clauseStart(clean, at, floor);
        int i = ListNames.sharedAt(clean, start, at);
        return i >= 0 && at - i - 1 <= SHARED_GAP;
    }

    /** The most chars between a shared 均 and its value: 均比上年 (同比, 达到 and the like fit). */
    private static final int SHARED_GAP = 4;

    /** True when the clause before clean index {@code at} distributes its values over a list: 分别. */
    static boolean isDistributive(String clean, int at, int floor) {
        return holds(clean, "分别", clauseStart(clean, at, floor), at);
    }

    /** True when {@code word} stands inside s[from, to): a search bounded by the clause, not the line. */
    private static boolean holds(String s, String word, int from, int to) {
        for (int i = from; i + word.length() <= to; i++) {
            if (s.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the value at clean [at, end) measures nothing by itself: the length of a streak (连续5年), a
     * horizon ({@code time} values before 内: 3—5年内), or a threshold that defines a class of things (投资过10亿元的项目, 10亿元以上的项目): a value above a
     * bound ({@code threshold}, or 过 / 超 before it) that qualifies the noun after 的, or an amount (not a
     * {@code counted} number of things) bounded in its own text that qualifies the noun right after it
     * (亿元以上项目; but 40家以上企业 counts firms, and 跨过百亿元台阶 is a result).
     */
    static boolean measuresNothing(String clean, int at, int end, boolean threshold, boolean time, boolean counted) {
        if (at >= 2 && clean.startsWith("连续", at - 2)) {
            return true;
        }
        if (time && endsWithAny(clean, at, TIME_WORDS)) {
            return true; // 提前3年, 历时5年, 建军一百年: a lead time, a duration or an anniversary, no measure
        }
        if (time && end < clean.length() && (clean.charAt(end) == '内' || clean.startsWith("之内", end))) {
            return true; // 3—5年内: a horizon
        }
        boolean over = threshold || at >= 1 && (clean.charAt(at - 1) == '过' || clean.charAt(at - 1) == '超');
        if (!over || end >= clean.length()) {
            return false;
        }
        char next = clean.charAt(end);
        if (next == '的') {
            return !clean.startsWith("的目标", end) && !clean.startsWith("的预期目标", end);
        }
        // 亿元以上项目: the bound names a class of the noun right after it; a conjunction goes on instead
        boolean boundInText = clean.startsWith("以上", end - 2) || "过超".indexOf(clean.charAt(at)) >= 0;
        return !counted && boundInText && next >= '\u4E00' && next <= '\u9FFF' && "并和及与或且".indexOf(next) < 0;
    }

    /** {@code report/time-words.tsv}: words before a time that make it a lead time, a duration or an anniversary. */
    private static final String[] TIME_WORDS = ReportTables.read("time-words.tsv").stream().map(r -> r.columns().get(1))
            .toArray(String[]::new);

    /** {@code report/class-units.tsv}: units whose value names a class of things (500千伏输变电工程). */
    private static final Set<String> CLASS_UNITS = ReportTables.read("class-units.tsv").stream().map(r -> r.columns().get(1))
            .collect(Collectors.toUnmodifiableSet());

    /** True when a value of this unit names a class of things and measures nothing: a voltage (220千伏). */
    static boolean namesAClass(String unitSymbol) {
        return CLASS_UNITS.contains(unitSymbol);
    }

    private static boolean endsWithAny(String clean, int at, String[] words) {
        for (String w : words) {
            if (at >= w.length() && clean.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the number of a list item from the front of a name: 19.城镇新增就业 and ①筹措资金 name 城镇新增就业
     * and 筹措资金 (a number before a point and a digit, 2.5亿元以上项目, stays).
     */
    static String withoutItemNumber(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i < s.length() && (s.charAt(i) >= '\u2460' && s.charAt(i) <= '\u2473' || s.charAt(i) >= '\u2776' && s.charAt(i) <= '\u2793')) {
            return s.substring(i + 1); // ① … ⑳, ❶ … ➓
        }
        int d = i;
        while (d < s.length() && d - i < 3 && Character.isDigit(s.charAt(d))) {
            d++;
        }
        boolean numbered = d > i && d + 1 < s.length() && (s.charAt(d) == '.' || s.charAt(d) == '．') && !Character.isDigit(s.charAt(d + 1));
        return numbered ? s.substring(d + 1) : s;
    }

    /** Removes note markers such as [3] from a name. */
    private static String stripMarkers(String s) {
        int open = s.indexOf('[');
        if (open < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int close = c == '[' ? s.indexOf(']', i) : -1;
            if (close > i && close - i <= 4) {
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u4E00' && s.charAt(i) <= '\u9FFF') {
                return true;
            }
        }
        return false;
    }

    /** True when only list separators and spaces stand in clean[from, to). */
    static boolean onlyListBetween(String clean, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = clean.charAt(i);
            if (c != ' ' && c != '、' && c != ',' && c != '和' && c != '与' && c != '及') {
                return false;
            }
        }
        return true;
    }

    /** True when clean[from, to) leads from one level of a measure to the next: 由10亿元增加到2025年的18亿元. */
    static boolean isFromTo(String clean, int from, int to) {
        if (to - from > 12) {
            return false;
        }
        String gap = clean.substring(from, to);
        return gap.indexOf('到') >= 0 || gap.indexOf('至') >= 0;
    }

    /**
     * True when the value at clean [at, end) is the level a from-to pair starts from: 从 or 由 stands
     * before it in its clause (not 由于, 从而), and 到 or 至 follows it within a few chars.
     */
    static boolean isFromLevel(String clean, int at, int end) {
        boolean from = false;
        for (int i = at - 1; i >= 0 && at - i <= 20 && BOUNDARIES.indexOf(clean.charAt(i)) < 0; i--) {
            char c = clean.charAt(i);
            char next = i + 1 < clean.length() ? clean.charAt(i + 1) : ' ';
            if ((c == '从' || c == '由') && next != '于' && next != '而' && next != '此') {
                from = true;
                break;
            }
        }
        if (!from) {
            return false;
        }
        for (int i = end; i < clean.length() && i - end < 8 && BOUNDARIES.indexOf(clean.charAt(i)) < 0; i++) {
            if (clean.charAt(i) == '到' || clean.charAt(i) == '至') {
                return true;
            }
        }
        return false;
    }

    /** True when the clause before clean index {@code at} says the value is a stretch goal (力争达到8%). */
    static boolean isStretch(String clean, int at, int floor) {
        int start = clauseStart(clean, at, floor);
        String clause = clean.substring(start, at);
        return clause.contains("力争") || clause.contains("争取");
    }
}
