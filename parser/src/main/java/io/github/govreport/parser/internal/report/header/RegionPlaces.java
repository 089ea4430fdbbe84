package io.github.govreport.parser.internal.report.header;

import io.github.govreport.model.Level;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.WordTrie.Match;
import io.github.govreport.parser.internal.report.header.Gazetteer.Place;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The region a report is for, as a place of the {@link Gazetteer}: the first of the header's region
 * phrases (meeting, speaker line, title, front matter title, 我代表…人民政府) that names a place, else the
 * place its opening text (else its whole text) names most often at the level its scope words give (我市, 全省). A phrase that
 * names no place (代表省 from 我代表省人民政府, 实施省 from 深入实施省委…) gives nothing, so a region is always
 * a place or null.
 *
 * <p>Within a phrase, places are read as a chain from the largest down (浙江省宁波市: 浙江省, then 宁波市 in
 * it), and the chain must run to the phrase's end, so that a place inside a longer name is no region. Of
 * several places that bear one name (鼓楼区), the one whose province or city the opening text names most
 * often is taken; where the text does not tell them apart, the name is kept without a code.
 */
public final class RegionPlaces {

    /**
     * A region found.
     *
     * @param name the region as the report writes it: 宁波市, 恩施州, 浙江省宁波市
     * @param code its six-digit code, or null where several places bear the name or for the State Council
     * @param level its level of government
     */
    public record Region(String name, String code, Level level) {}

    /** The State Council's region, which the gazetteer does not list. */
    static final Region NATIONAL = new Region("中国", null, Level.NATIONAL);

    /** How much of the text's start a body count reads: the opening and first part of the review. */
    private static final int OPENING = 8_000;

    /** Scope words and the level they say the report is for: 我市 is a city's report. */
    private static final String[][] SCOPE_WORDS = {
        {"全省", "我省", "本省"}, {"全市", "我市", "本市"}, {"全县", "我县", "本县", "全区", "我区", "本区", "全旗", "我旗"}
    };
    private static final Level[] SCOPE_LEVELS = {Level.PROVINCE, Level.CITY, Level.COUNTY};

    private RegionPlaces() {}

    /**
     * The region of a report whose header {@link MetadataReader} read; reports MISSING_METADATA when there is
     * none, naming the phrases that name no place.
     */
    public static Region of(MetadataReader.Header header, ReportText text, Problems problems) {
        Region region = of(header.regionPhrases(), header.spokenLevel(), header.level(), text.text());
        if (region == null) {
            String phrases = header.regionPhrases().isEmpty() ? ""
                    : " (" + String.join(", ", header.regionPhrases()) + ": no place of the gazetteer)";
            problems.report(ReportProblem.Type.MISSING_METADATA, 0, "the report's region was not found in its header" + phrases);
        }
        return region;
    }

    /**
     * The level of government: the region's, else the one the speaker's own words give (我代表省人民政府), else
     * the header's reading of titles and offices.
     */
    public static Level level(Region region, MetadataReader.Header header) {
        if (region != null) {
            return region.level();
        }
        return header.spokenLevel() != null ? header.spokenLevel() : header.level();
    }

    /**
     * The region the first phrase that names a place gives, else the most named place of the opening text
     * at {@code level} (the level the header's words give, or null), else null. A phrase at a level the
     * speaker's own words rule out ({@code spoken}: 我代表省人民政府 is a province's report) is passed over.
     */
    static Region of(List<String> phrases, Level spoken, Level level, String text) {
        String opening = text.length() > OPENING ? text.substring(0, OPENING) : text;
        for (String phrase : phrases) {
            Region r = phrase.equals("中国") ? NATIONAL : inPhrase(phrase, opening);
            if (r != null && fits(r, spoken)) {
                return r;
            }
        }
        Level named = spoken != null ? spoken : level != null ? level : scopeLevel(opening);
        Region most = mostNamed(opening, named);
        // a report that names itself rarely (甘肃 once in its opening): the whole text, only where the opening gave none
        return most != null || opening.length() == text.length() ? most : mostNamed(text, named);
    }

    /** The place a phrase names, read as a chain of places that runs to its end; or null. */
    static Region inPhrase(String phrase, String context) {
        Gazetteer g = Gazetteer.standard();
        char[] chars = phrase.toCharArray();
        int n = chars.length;
        // a repeated level char (连云港市市, left by 连云港市市长) is no part of the name
        while (n > 1 && RegionNames.LEVEL_CHARS.indexOf(chars[n - 1]) >= 0 && chars[n - 2] == chars[n - 1]) {
            n--;
        }
        List<Place> chain = null;
        int start = -1;
        int end = -1;
        for (int i = 0; i < n; ) {
            Match<List<Place>> m = g.longestAt(chars, i, n);
            if (m == null) {
                i++;
                continue;
            }
            List<Place> within = chain == null ? List.of() : under(m.value(), chain);
            if (within.isEmpty()) {
                chain = m.value(); // a new chain: 日上海市 starts at 上海市
                start = m.start();
            } else {
                chain = within;
            }
            end = m.end();
            i = m.end();
        }
        if (chain == null || end != n) {
            return null;
        }
        String name = phrase.substring(start, end);
        Place place = chain.size() == 1 ? chain.get(0) : likeliest(chain, context);
        Level level = place != null ? place.level() : commonLevel(chain);
        return new Region(name, place == null ? null : place.code(), level);
    }

    /**
     * Whether a region can be the government that the speaker calls {@code spoken}: a 市 is a city, a
     * county-level city or a municipality (天津市); every other word names one level.
     */
    static boolean fits(Region region, Level spoken) {
        Level level = region.level();
        return spoken == null || level == null || level == spoken || spoken == Level.CITY && isCityWord(region.name(), level);
    }

    /** A place its government calls 市: a county-level city, or a municipality at the level of a province. */
    private static boolean isCityWord(String name, Level level) {
        return level == Level.COUNTY || isMunicipality(name, level);
    }

    /** 北京市, 天津市, 上海市, 重庆市: a 市 at the level of a province. */
    private static boolean isMunicipality(String name, Level level) {
        return level == Level.PROVINCE && name.endsWith("市");
    }

    /** The places of {@code candidates} that lie in one of {@code parents}. */
    private static List<Place> under(List<Place> candidates, List<Place> parents) {
        Gazetteer g = Gazetteer.standard();
        List<Place> out = new ArrayList<>(1);
        for (Place c : candidates) {
            for (Place p = g.parent(c); p != null; p = g.parent(p)) {
                if (parents.contains(p)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** Of several places of one name, the one whose parents the context names most often; null on a tie. */
    private static Place likeliest(List<Place> places, String context) {
        Gazetteer g = Gazetteer.standard();
        Map<Place, Integer> counts = new HashMap<>();
        for (Place place : places) {
            int count = 0;
            for (Place p = g.parent(place); p != null; p = g.parent(p)) {
                count += occurrences(context, p.name());
                for (String s : p.shortNames()) {
                    count += occurrences(context, s);
                }
            }
            counts.put(place, count);
        }
        return uniqueMost(counts, 0);
    }

    /** The key counted more than {@code floor} times and more often than any other, or null. */
    private static <T> T uniqueMost(Map<T, Integer> counts, int floor) {
        T best = null;
        int bestCount = floor;
        boolean tie = false;
        for (Map.Entry<T, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount && best != null) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static Level commonLevel(List<Place> places) {
        Level level = places.get(0).level();
        for (Place p : places) {
            if (p.level() != level) {
                return null;
            }
        }
        return level;
    }

    /**
     * The place at {@code level} that the opening names most often, at least twice and more often than any
     * other of its level; or null. Provinces and cities count by their full and short names (山东省, 山东); a
     * county only by its full name of three chars or more, since the short names of counties are too often
     * part of other words.
     */
    static Region mostNamed(String opening, Level level) {
        if (level == null || level == Level.NATIONAL) {
            return null;
        }
        Gazetteer g = Gazetteer.standard();
        char[] chars = opening.toCharArray();
        Map<Place, Integer> counts = new HashMap<>();
        for (int i = 0; i < chars.length; ) {
            Match<List<Place>> m = g.longestAt(chars, i, chars.length);
            if (m == null) {
                i++;
                continue;
            }
            String name = opening.substring(m.start(), m.end());
            if (m.value().size() == 1) {
                Place p = m.value().get(0);
                // a county's short name is too often part of other words (和政 in 和政府): counties by full name only
                boolean named = p.name().equals(name) ? name.length() >= 3 : level != Level.COUNTY && p.shortNames().contains(name);
                boolean atLevel = p.level() == level || level == Level.CITY && isMunicipality(p.name(), p.level());
                if (atLevel && named) {
                    counts.merge(p, 1, Integer::sum);
                }
            }
            i = m.end();
        }
        Place best = uniqueMost(counts, 1); // named at least twice
        return best == null ? null : new Region(best.name(), best.code(), best.level());
    }

    /** The level the opening's scope words say most often (全市, 我省), or null when it names none. */
    static Level scopeLevel(String opening) {
        int best = -1;
        int bestCount = 0;
        for (int k = 0; k < SCOPE_WORDS.length; k++) {
            int count = 0;
            for (String w : SCOPE_WORDS[k]) {
                count += occurrences(opening, w);
            }
            if (count > bestCount) {
                best = k;
                bestCount = count;
            }
        }
        return best < 0 ? null : SCOPE_LEVELS[best];
    }

    private static int occurrences(String s, String word) {
        int count = 0;
        for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }
}
