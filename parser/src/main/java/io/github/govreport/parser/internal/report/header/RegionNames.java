package io.github.govreport.parser.internal.report.header;

import static io.github.govreport.parser.internal.report.header.HeaderChars.*;

import io.github.govreport.model.Level;
import java.util.List;

/**
 * Region names and levels of government: whether a word names a place (示例市) or only a level (市, 全省),
 * the level a name's suffix gives, and the government a body sentence speaks for (我代表X人民政府).
 */
final class RegionNames {

    /** Level words that name no place on their own (自治区人民政府主席, 向省第六届…): not a region. */
    private static final List<String> BARE = List.of("省", "市", "区", "县", "州", "盟", "旗", "自治区", "自治州", "自治县",
        "自治旗", "特别行政区", "全国", "全省", "全市", "全区", "全县", "本市", "本区", "本省", "本县");

    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");

    /** The chars a region's name ends in: 省, 市, 区 (自治区, 特别行政区), 县, 州, 盟, 旗. */
    static final String LEVEL_CHARS = "省市区县州盟旗";

    /** Particles no place name holds (完成了市, 市的): the scan back from a meeting ran into prose. */
    private static final String NOT_IN_NAMES = "了的和与是把被将";

    /** Verbs that open a sentence naming a session in passing (贯彻执行省…, 完成市…, 落实区…): not a name. */
    private static final List<String> VERBS = List.of("完成", "贯彻", "执行", "落实", "按照", "根据", "确定", "通过");

    private RegionNames() {}

    /**
     * The names of a local government: 人民政府 since 1980, and before it 革命委员会 (1967-1979) and 人民委员会
     * (1954-1966), which old reports speak for (我代表浙江省革命委员会).
     */
    private static final List<String> GOVERNMENTS = List.of("人民政府", "革命委员会", "人民委员会");

    /** X in 我代表X人民政府 (or 革命委员会, 人民委员会) or 我代表国务院, or null. */
    static String representedBy(String s) {
        int at = s.indexOf("我代表");
        if (at < 0) {
            return null;
        }
        int from = at + 3;
        if (s.startsWith("国务院", from)) {
            return "国务院";
        }
        int gov = -1;
        for (String word : GOVERNMENTS) {
            int found = s.indexOf(word, from);
            if (found >= 0 && (gov < 0 || found < gov)) {
                gov = found;
            }
        }
        if (gov < 0 || gov - from > 15) {
            return null;
        }
        for (int i = from; i < gov; i++) {
            if (!isCjk(s.charAt(i))) {
                return null;
            }
        }
        return s.substring(from, gov);
    }

    /**
     * True for an administrative name with its suffix (示例市, 示例县, 某某自治区, 中国): CJK only, ending in a
     * level char, neither a bare level word (市, 全省) nor a verb phrase that ends in one (完成了市, 贯彻执行省).
     */
    static boolean isRegion(String s) {
        if (s == null || s.length() < 2 || s.length() > 20 || BARE.contains(s)) {
            return false;
        }
        if (s.equals("中国")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isCjk(s.charAt(i)) || NOT_IN_NAMES.indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        for (String verb : VERBS) {
            if (s.contains(verb)) {
                return false;
            }
        }
        return LEVEL_CHARS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    static Level levelOfRegion(String region) {
        if (region.equals("中国") || region.equals("全国")) {
            return Level.NATIONAL;
        }
        if (region.contains("特别行政区") || region.endsWith("自治区") || region.endsWith("省")
                || MUNICIPALITIES.contains(region)) {
            return Level.PROVINCE;
        }
        if (region.endsWith("县") || region.endsWith("旗") || region.endsWith("区")) {
            return Level.COUNTY;
        }
        if (region.endsWith("市") || region.endsWith("州") || region.endsWith("盟")) {
            // a city under a city or prefecture (呼伦贝尔市满洲里市) is county-level
            return namesParent(region) ? Level.COUNTY : Level.CITY;
        }
        return null;
    }

    /**
     * True when a 市, 州 or 盟 inside the name ends a parent's name: it must have a name before it and at
     * least two chars after it, since 州 also ends the first half of many city names (广州市, 苏州市).
     */
    static boolean namesParent(String region) {
        for (int i = 1; i <= region.length() - 3; i++) {
            char c = region.charAt(i);
            if (c == '市' || c == '州' || c == '盟') {
                return true;
            }
        }
        return false;
    }

    /** The level a bare word names (省 in 我代表省人民政府), or null. */
    static Level levelOfBareWord(String word) {
        if (word == null || word.isEmpty()) {
            return null;
        }
        if (word.equals("国务院") || word.equals("全国")) {
            return Level.NATIONAL;
        }
        if (word.equals("省") || word.endsWith("自治区") || word.equals("特别行政区")) {
            return Level.PROVINCE;
        }
        if (word.equals("区") || word.equals("县") || word.equals("旗") || word.equals("自治县") || word.equals("自治旗")) {
            return Level.COUNTY;
        }
        if (word.equals("市") || word.equals("州") || word.equals("盟") || word.equals("自治州")) {
            return Level.CITY;
        }
        return null;
    }
}
