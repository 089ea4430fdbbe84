package io.github.govreport.parser.internal.report.header;

import io.github.govreport.model.Level;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.WordTrie.Match;
import io.github.govreport.parser.internal.WordTrie;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * China's administrative divisions, as the national standard codes them: every province, prefecture-level
 * city and county with its six-digit code, full name, short names and parent, from {@code
 * report/gazetteer.tsv} (generated from a published edition of the standard, see its header), and the
 * former names that old reports use, from {@code report/former-names.tsv} (襄樊市 for today's 襄阳市). A
 * report's region is a place of this gazetteer or none: a word that no place bears (代表省 in 我代表省人民政府)
 * is never a region.
 *
 * <p>Several places may bear one name (four districts are called 鼓楼区), so a name looks up a list. Some
 * full names are also common words (城区, 郊区, 矿区, 老城区): they stay, because they are those places' own
 * names, and a caller that scans prose must confirm a match from its context.
 */
public final class Gazetteer {

    /**
     * One administrative division.
     *
     * @param code its six-digit code in the standard: 330000, 330200, 330203; null for a local government of
     *     Taiwan, which the standard does not code below 台湾省
     * @param name its full name: 浙江省, 宁波市, 恩施土家族苗族自治州
     * @param shortNames the shorter names it goes by (浙江, 恩施, 恩施州), possibly none
     * @param level PROVINCE, CITY or COUNTY
     * @param parentCode the code of the province or city it belongs to, or null for a province
     */
    public record Place(String code, String name, List<String> shortNames, Level level, String parentCode) {
        /** Copies the short names, so that a place never changes. */
        public Place {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(level, "level");
            shortNames = List.copyOf(shortNames);
        }
    }


    private static final class Holder {
        static final Gazetteer STANDARD = new Gazetteer(
                ReportTables.read("gazetteer.tsv"), ReportTables.read("former-names.tsv"), ReportTables.read("taiwan.tsv"));
    }

    private final Map<String, Place> byCode = new HashMap<>();
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final WordTrie<List<Place>> names = new WordTrie<>();
    private final List<Place> places = new ArrayList<>();

    /** The bundled tables; loaded on first use, as most reports never need a place looked up. */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    private Gazetteer(List<Row> divisions, List<Row> formerNames, List<Row> taiwan) {
        // full names first, then short names, then former names: a list a name looks up keeps that order
        Map<String, List<Place>> collected = new LinkedHashMap<>();
        for (Row r : divisions) {
            List<String> c = r.columns();
            if (c.size() != 5) {
                throw new IllegalStateException("gazetteer.tsv: 5 columns expected in " + c);
            }
            String[] shorts = c.get(2).isEmpty() ? new String[0] : c.get(2).split(",");
            Place place = new Place(c.get(0), c.get(1), Arrays.asList(shorts), Level.valueOf(c.get(3)),
                    c.get(4).isEmpty() ? null : c.get(4));
            if (byCode.put(place.code(), place) != null) {
                throw new IllegalStateException("gazetteer.tsv: code twice: " + place.code());
            }
            places.add(place);
            add(collected, place.name(), place);
        }
        for (Row r : taiwan) {
            // no code: the standard stops at 台湾省 (710000), the parent of every row
            Place place = new Place(null, r.columns().get(0), List.of(), Level.valueOf(r.columns().get(1)), "710000");
            places.add(place);
            add(collected, place.name(), place);
        }
        for (Place place : places) {
            for (String s : place.shortNames()) {
                add(collected, s, place);
            }
        }
        for (Row r : formerNames) {
            List<String> c = r.columns();
            if (c.size() != 4) {
                throw new IllegalStateException("former-names.tsv: 4 columns expected in " + c);
            }
            Place place = byCode.get(c.get(1));
            // a former name must lead to a place of today at the level the row says: else the table is wrong
            if (place == null || place.level() != Level.valueOf(c.get(2))) {
                throw new IllegalStateException("former-names.tsv: no " + c.get(2) + " with code " + c.get(1));
            }
            add(collected, c.get(0), place);
        }
        for (Map.Entry<String, List<Place>> e : collected.entrySet()) {
            List<Place> list = Collections.unmodifiableList(e.getValue());
            byName.put(e.getKey(), list);
            names.put(e.getKey(), list);
        }
    }

    private static void add(Map<String, List<Place>> collected, String name, Place place) {
        List<Place> list = collected.computeIfAbsent(name, k -> new ArrayList<>(1));
        if (!list.contains(place)) {
            list.add(place);
        }
    }

    /** The place with this six-digit code, or null. */
    public Place byCode(String code) {
        return byCode.get(code);
    }

    /**
     * Every place that bears this name as its full name, a short name or a former name: 宁波市 and 宁波 give
     * 宁波市, 襄樊市 gives 襄阳市, 鼓楼区 gives four districts. Empty for a word that names no place.
     */
    public List<Place> named(String nameOrShortOrFormer) {
        return byName.getOrDefault(nameOrShortOrFormer, List.of());
    }

    /** The province or city a place belongs to, or null for a province. */
    public Place parent(Place place) {
        return place.parentCode() == null ? null : byCode.get(place.parentCode());
    }

    /** Every place: the divisions in the order of the table (by code), then the local governments of Taiwan. */
    public List<Place> places() {
        return Collections.unmodifiableList(places);
    }

    /**
     * The longest name of a place (full, short or former) that starts at {@code from} and ends at or before
     * {@code limit}, with every place that bears it; or null. In 浙江省宁波市 it finds 浙江省 at 0 and 宁波市 at 3.
     */
    public Match<List<Place>> longestAt(char[] text, int from, int limit) {
        return names.longestAt(text, from, limit);
    }
}
