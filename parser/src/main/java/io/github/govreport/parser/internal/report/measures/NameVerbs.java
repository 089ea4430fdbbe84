package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.parser.internal.Lexicon;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verbs of {@code report/name-verbs.tsv}: a verb alone before a count leaves the name to what is counted
 * (新建12所学校 is 新建学校; 确保7个项目建成投产 is 项目建成投产), and an adverb before such a verb goes with it.
 */
final class NameVerbs {

    private NameVerbs() {}

    /** {@code report/name-verbs.tsv}: verb → true when it stays in the name (ACTION), false when left out (RHETORIC, LEAD). */
    private static final Map<String, Boolean> NAME_VERBS = new HashMap<>();

    /** {@code report/name-verbs.tsv}, ADVERB rows: words before a verb that leave the name with the verb (先发行). */
    private static final List<String> ADVERBS = new ArrayList<>();

    /** {@code report/name-verbs.tsv}, ADDRESSED rows: verbs that make a count the population a plan addresses. */
    private static final List<String> ADDRESSED = new ArrayList<>();

    static {
        for (Lexicon.Row r : ReportTables.read("name-verbs.tsv")) {
            String kind = r.columns().get(0);
            if (kind.equals("ADVERB")) {
                ADVERBS.add(r.columns().get(1));
            } else if (kind.equals("ADDRESSED")) {
                ADDRESSED.add(r.columns().get(1));
            } else {
                NAME_VERBS.put(r.columns().get(1), kind.equals("ACTION"));
            }
        }
    }

    /** True when a name is only a verb whose noun follows the number: 新建12所学校. */
    static boolean isBareVerb(String name) {
        return NAME_VERBS.containsKey(name);
    }

    /** The verb of a name that is an adverb and a verb of the table (先发行 → 发行); any other name as it is. */
    static String withoutAdverb(String name) {
        for (String adverb : ADVERBS) {
            if (name.startsWith(adverb) && isBareVerb(name.substring(adverb.length()))) {
                return name.substring(adverb.length());
            }
        }
        return name;
    }

    /** True when a bare verb stays in the name with the noun after the count (新建学校), false for rhetoric (确保). */
    static boolean keepsVerb(String verb) {
        return Boolean.TRUE.equals(NAME_VERBS.get(verb));
    }

    /**
     * True when a name opens with a verb that makes its count a population addressed (惠及居民5000户): a
     * measure only where it is a result stated, never a goal (docs/report.md, "No measure").
     */
    static boolean addressesPopulation(String name) {
        for (String verb : ADDRESSED) {
            if (name.startsWith(verb)) {
                return true;
            }
        }
        return false;
    }
}
