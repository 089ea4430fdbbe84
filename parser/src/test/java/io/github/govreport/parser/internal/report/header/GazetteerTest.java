package io.github.govreport.parser.internal.report.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Level;
import io.github.govreport.parser.internal.WordTrie.Match;
import io.github.govreport.parser.internal.report.header.Gazetteer.Place;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void loadedOnce() {
        assertSame(gazetteer, Gazetteer.standard());
    }

    @Test
    void aCityByItsCode() {
        Place ningbo = gazetteer.byCode("330200");
        assertEquals("宁波市", ningbo.name());
        assertEquals(Level.CITY, ningbo.level());
        assertEquals("330000", ningbo.parentCode());
        assertEquals(List.of("宁波"), ningbo.shortNames());
        Place zhejiang = gazetteer.parent(ningbo);
        assertEquals("浙江省", zhejiang.name());
        assertEquals(Level.PROVINCE, zhejiang.level());
        assertNull(zhejiang.parentCode());
        assertNull(gazetteer.parent(zhejiang));
        assertNull(gazetteer.byCode("330299"), "no such code");
        assertNull(gazetteer.byCode("3302"), "codes are six digits");
    }

    @Test
    void placeholdersOfTheSourceAreNoPlaces() {
        // a municipality's districts and a province's directly administered counties hang under the province
        assertEquals("110000", gazetteer.byCode("110105").parentCode(), "朝阳区 of 北京");
        assertEquals("500000", gazetteer.byCode("500229").parentCode(), "城口县 of 重庆");
        assertEquals("420000", gazetteer.byCode("429004").parentCode(), "仙桃市 of 湖北");
        assertNull(gazetteer.byCode("110100"), "市辖区 of 北京 is no place");
        assertNull(gazetteer.byCode("429000"), "省直辖县级行政区划 is no place");
        assertNull(gazetteer.byCode("130171"), "a 开发区 is no division of the standard");
        assertEquals("北京市", gazetteer.byCode("110000").name());
        assertEquals(Level.PROVINCE, gazetteer.byCode("110000").level());
    }

    @Test
    void hongKongMacaoAndTaiwanAreProvincesWhoseStandardCodesStopThere() {
        for (String code : List.of("810000", "820000", "710000")) {
            Place p = gazetteer.byCode(code);
            assertEquals(Level.PROVINCE, p.level(), code);
        }
        for (String code : List.of("810000", "820000")) {
            assertTrue(gazetteer.places().stream().noneMatch(q -> code.equals(q.parentCode())), code);
        }
        assertEquals(List.of("810000"), codes(gazetteer.named("香港")));
        // Taiwan's local governments are places without a code of their own, under 台湾省
        List<Place> taiwan = gazetteer.places().stream().filter(q -> "710000".equals(q.parentCode())).toList();
        assertEquals(20, taiwan.size());
        assertTrue(taiwan.stream().allMatch(q -> q.code() == null && q.level() == Level.CITY), taiwan.toString());
        assertEquals("桃园市", gazetteer.named("桃园市").get(0).name());
        assertEquals("350527", gazetteer.named("金门县").get(0).code(), "金门县 is the standard's, under 福建省");
    }

    @Test
    void shortNames() {
        assertEquals(List.of("330200"), codes(gazetteer.named("宁波")));
        assertEquals(List.of("330000"), codes(gazetteer.named("浙江")));
        assertEquals(List.of("450000"), codes(gazetteer.named("广西")));
        assertEquals(List.of("150000"), codes(gazetteer.named("内蒙古")));
        assertEquals(List.of("650000"), codes(gazetteer.named("新疆")));
        assertEquals(List.of("422800"), codes(gazetteer.named("恩施")), "the prefecture, not 恩施市 below it");
        assertEquals(List.of("422800"), codes(gazetteer.named("恩施州")));
        assertEquals(List.of("422801"), codes(gazetteer.named("恩施市")));
        assertEquals(List.of("330110"), codes(gazetteer.named("余杭")));
        assertEquals(List.of("429021"), codes(gazetteer.named("神农架")));
        assertEquals(List.of("441803"), codes(gazetteer.named("清新区")), "清新区 is 清新 plus 区");
        assertEquals(List.of("140109"), codes(gazetteer.named("万柏林")), "万柏林区 is no 林区");
    }

    @Test
    void shortNamesThatWouldMisleadAreLeftOut() {
        assertEquals(List.of(), gazetteer.byCode("320322").shortNames(), "沛县: no one-char short name");
        assertEquals(List.of("430100"), codes(gazetteer.named("长沙")), "the city, not 长沙县");
        assertEquals(List.of("220000"), codes(gazetteer.named("吉林")), "the province, not 吉林市");
        assertEquals(List.of("460000"), codes(gazetteer.named("海南")), "the province, not 海南藏族自治州");
        assertEquals(List.of("632500"), codes(gazetteer.named("海南州")));
        for (String word : List.of("延长", "新建", "金山", "全州", "来宾", "和平", "朝阳", "双城")) {
            assertEquals(List.of(), gazetteer.named(word), word);
        }
        assertEquals(1, gazetteer.named("延长县").size(), "the full name stays");
    }

    @Test
    void formerNames() {
        assertEquals(List.of("420600"), codes(gazetteer.named("襄樊市")));
        assertEquals("襄阳市", gazetteer.named("襄樊市").get(0).name());
        assertEquals(List.of("530800"), codes(gazetteer.named("思茅地区")));
        assertEquals(List.of("330109"), codes(gazetteer.named("萧山市")));
        assertEquals(List.of("320115"), codes(gazetteer.named("江宁县")));
        assertEquals(List.of("440113"), codes(gazetteer.named("番禺市")));
        assertEquals(List.of("150600"), codes(gazetteer.named("伊克昭盟")));
        assertEquals(List.of("340181"), codes(gazetteer.named("巢湖市")), "today's county-level city only");
    }

    @Test
    void aNameSharedBySeveralCounties() {
        List<Place> gulou = gazetteer.named("鼓楼区");
        assertEquals(4, gulou.size(), "鼓楼区 of 福州, 南京, 徐州, 开封");
        assertTrue(gulou.stream().allMatch(p -> p.level() == Level.COUNTY));
        Set<String> provinces = gulou.stream().map(p -> p.code().substring(0, 2)).collect(Collectors.toSet());
        assertEquals(Set.of("35", "32", "41"), provinces);
        assertEquals(List.of("110112", "320612"), codes(gazetteer.named("通州")), "two districts share a short name");
    }

    @Test
    void placeNamesInText() {
        char[] text = "浙江省宁波市今年的计划".toCharArray();
        Match<List<Place>> first = gazetteer.longestAt(text, 0, text.length);
        assertEquals(3, first.end(), "浙江省, not 浙江");
        assertEquals(List.of("330000"), codes(first.value()));
        Match<List<Place>> second = gazetteer.longestAt(text, first.end(), text.length);
        assertEquals(6, second.end());
        assertEquals(List.of("330200"), codes(second.value()));
        assertNull(gazetteer.longestAt(text, 6, text.length));
        Match<List<Place>> cut = gazetteer.longestAt(text, 0, 2);
        assertEquals(2, cut.end(), "the limit cuts 浙江省 to 浙江, a short name of the same province");
        assertEquals(List.of("330000"), codes(cut.value()));
    }

    @Test
    void wordsThatEndInALevelCharAreNoPlaces() {
        for (String word : List.of("代表省", "居副省", "实施省")) {
            assertEquals(List.of(), gazetteer.named(word), word);
        }
        for (String sentence : List.of(
                "今天我代表省人民政府向各位代表报告一年来的工作",
                "去年我们的经济总量位居副省级城市中游",
                "各部门认真实施省里确定的重点项目")) {
            char[] text = sentence.toCharArray();
            for (int i = 0; i < text.length; i++) {
                assertNull(gazetteer.longestAt(text, i, text.length), sentence + " at " + i);
            }
        }
    }

    private static List<String> codes(List<Place> places) {
        return places.stream().map(Place::code).toList();
    }
}
