package io.github.govreport.parser.internal.report.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Level;
import io.github.govreport.parser.internal.Lexicon.Row;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The report's own session and region on invented lines (every place here is made up); and region names and levels. */
class MeetingsTest {

    private static String meetingIn(String line) {
        Meetings.Meeting m = Meetings.findMeeting(line);
        return m == null ? null : line.substring(m.start(), m.end());
    }

    @Test
    void datedBylineGivesMeetingAndRegion() {
        Meetings.Meeting m = Meetings.findMeeting("——2024年1月15日在示例市第三届人民代表大会第二次会议上");
        assertNotNull(m);
        assertEquals("示例市", m.region());
        assertEquals("示例市第三届人民代表大会第二次会议", "——2024年1月15日在示例市第三届人民代表大会第二次会议上".substring(m.start(), m.end()));
    }

    @Test
    void nationalSessionIsChina() {
        Meetings.Meeting m = Meetings.findMeeting("——2025年3月5日在第十四届全国人民代表大会第三次会议上");
        assertEquals("中国", m.region());
        assertEquals("", m.rawRegion());
    }

    @Test
    void sessionsNamedInPassingAreNoMeeting() {
        assertNull(meetingIn("过去一年，我们全面完成了市十四届人大三次会议确定的各项目标任务。"));
        assertNull(meetingIn("认真贯彻执行省十届人大五次会议精神，扎实做好各项工作。"));
        assertNull(meetingIn("超额完成示例区第十三届人民代表大会第五次会议确定的各项任务"));
        assertNull(meetingIn("自示例县第八届人民代表大会第一次会议以来的五年"));
    }

    @Test
    void ownSessionAfterPassingOneOnTheSameLine() {
        String line = "完成了市九届人大二次会议确定的任务。现在向示例市第九届人民代表大会第三次会议报告工作";
        assertEquals("示例市第九届人民代表大会第三次会议", meetingIn(line));
    }

    @Test
    void partyCongressAndStandingCommitteeAreNoMeeting() {
        assertNull(meetingIn("党的二十届三中全会上"));
        assertNull(meetingIn("示例市第十届人民代表大会常务委员会第五次会议上"));
    }

    @Test
    void sessionAtTheEndOfItsLineIsOwn() {
        assertEquals("示例区五届人大三次会议", meetingIn("示例区五届人大三次会议"));
    }

    static Stream<Row> followers() {
        return Meetings.FOLLOWERS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("followers")
    void everyFollowerExampleGivesItsSession(Row row) {
        String word = row.columns().get(1);
        String example = row.example();
        Meetings.Meeting m = Meetings.findMeeting(example);
        assertNotNull(m, example);
        assertTrue(example.startsWith(word, m.end()), example);
        assertTrue(RegionNames.isRegion(m.region()), example);
    }

    @Test
    void regionNamesHaveTheirSuffix() {
        assertTrue(RegionNames.isRegion("示例市"));
        assertTrue(RegionNames.isRegion("某某自治区"));
        assertTrue(RegionNames.isRegion("某某旗"));
        assertTrue(RegionNames.isRegion("中国"));
        assertFalse(RegionNames.isRegion("完成了市"));
        assertFalse(RegionNames.isRegion("认真贯彻执行省"));
        assertFalse(RegionNames.isRegion("全省"));
        assertFalse(RegionNames.isRegion("市"));
        assertFalse(RegionNames.isRegion("示例"));
    }

    @Test
    void levels() {
        assertEquals(Level.NATIONAL, RegionNames.levelOfRegion("中国"));
        assertEquals(Level.PROVINCE, RegionNames.levelOfRegion("某某特别行政区"));
        assertEquals(Level.PROVINCE, RegionNames.levelOfRegion("上海市"));
        assertEquals(Level.CITY, RegionNames.levelOfRegion("示例州"));
        assertEquals(Level.CITY, RegionNames.levelOfRegion("广州市"));
        assertEquals(Level.COUNTY, RegionNames.levelOfRegion("示例市示例市"));
        assertEquals(Level.COUNTY, RegionNames.levelOfRegion("示例旗"));
        assertEquals(Level.PROVINCE, RegionNames.levelOfBareWord("省"));
        assertEquals(Level.CITY, RegionNames.levelOfBareWord("自治州"));
        assertNull(RegionNames.levelOfBareWord("示例"));
    }

    @Test
    void representedBy() {
        assertEquals("国务院", RegionNames.representedBy("现在，我代表国务院，向大会报告政府工作"));
        assertEquals("示例县", RegionNames.representedBy("现在，我代表示例县人民政府，向大会报告工作"));
        // the governments of old reports: 革命委员会 (1967-1979) and 人民委员会 (1954-1966)
        assertEquals("浙江省", RegionNames.representedBy("我代表浙江省革命委员会，向省第五届人民代表大会报告工作"));
        assertEquals("示例县", RegionNames.representedBy("我代表示例县人民委员会向大会报告工作"));
        assertEquals("市", RegionNames.representedBy("我代表市人民政府向大会报告工作"));
        assertNull(RegionNames.representedBy("各位代表："));
    }
}
