package io.github.govreport.parser.internal.report.header;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.govreport.model.Level;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The header rules of issue 8 on invented headers (every place and person here is made up): compound
 * bylines and offices without a name, front matter titles of any wording, dates in brackets or emphasis.
 */
class HeaderRulesTest {

    private static final String BODY = "各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n一、过去一年的工作\n";

    static MetadataReader.Header read(String text) {
        ReportText rt = ReportText.of(text);
        return MetadataReader.read(rt, new Problems(rt, new ArrayList<>()::add));
    }

    // ---------------------------------------------------------------------------------------------- bylines

    @Test
    void compoundOfficeWithIdeographicSpace() {
        MetadataReader.Header h = read("""
                政府工作报告

                ——2025年3月5日在第十五届全国人民代表大会第三次会议上

                国务院副总理兼某某委员会主任\u3000王某某

                """ + BODY);
        assertAll(
            () -> assertEquals("王某某", h.speaker()),
            () -> assertEquals("国务院副总理兼某某委员会主任", h.speakerTitle()),
            () -> assertEquals(Level.NATIONAL, h.level()));
    }

    @Test
    void compoundOfficeAndNameOnTwoLines() {
        MetadataReader.Header h = read("""
                政府工作报告

                ——2025年3月5日在第十五届全国人民代表大会第三次会议上

                国务委员兼某某部部长
                王某某

                """ + BODY);
        assertEquals("王某某", h.speaker());
        assertEquals("国务委员兼某某部部长", h.speakerTitle());
    }

    @Test
    void viceOfficeIsNeverTheOffice() {
        MetadataReader.Header h = read("""
                政府工作报告

                国务院副总理 李某某

                """ + BODY);
        assertEquals("李某某", h.speaker());
        assertEquals("国务院副总理", h.speakerTitle());
    }

    @Test
    void officeWithoutAName() {
        MetadataReader.Header h = read("""
                政府工作报告

                ——2025年1月15日在样例市第十届人民代表大会第三次会议上

                样例市人民政府代市长

                """ + BODY);
        assertAll(
            () -> assertNull(h.speaker()),
            () -> assertEquals("代市长", h.speakerTitle()),
            () -> assertEquals("样例市", h.region()),
            () -> assertEquals(Level.CITY, h.level()));
    }

    @Test
    void actingChairmanStaysActing() {
        MetadataReader.Header h = read("""
                政府工作报告

                ——2025年1月20日在示例自治区第十四届人民代表大会第三次会议上

                示例自治区人民政府代理主席　孙某某

                """ + BODY);
        assertEquals("代理主席", h.speakerTitle());
        assertEquals("孙某某", h.speaker());
        assertEquals(LocalDate.of(2025, 1, 20), h.date());
    }

    // ----------------------------------------------------------------------------------------------- titles

    @Test
    void frontMatterTitleWithoutTheTitleWords() {
        MetadataReader.Header h = read("""
                ---
                title: 某某省人民政府2003年工作报告
                source: https://example.org/2003.html
                ---

                """ + BODY);
        assertAll(
            () -> assertEquals("某某省人民政府2003年工作报告", h.title()),
            () -> assertEquals("某某省", h.region()),
            () -> assertEquals(Level.PROVINCE, h.level()),
            () -> assertNull(h.titleYear()),
            () -> assertEquals(2003, h.frontMatterYear()),
            () -> assertNull(h.speaker()));
    }

    @Test
    void frontMatterSentenceTitleGivesSpeakerMeetingAndYear() {
        MetadataReader.Header h = read("""
                ---
                title: 王某某市长在某某市第十届人民代表大会第三次会议上的政府工作报告（2014年）
                ---

                """ + BODY);
        assertAll(
            () -> assertEquals("王某某", h.speaker()),
            () -> assertEquals("市长", h.speakerTitle()),
            () -> assertEquals("某某市第十届人民代表大会第三次会议", h.meeting()),
            () -> assertEquals("某某市", h.region()),
            () -> assertEquals(Level.CITY, h.level()),
            () -> assertNull(h.titleYear()),
            () -> assertEquals(2014, h.frontMatterYear()),
            () -> assertNull(h.date()));
    }

    @Test
    void theBodyHeaderWinsOverTheFrontMatter() {
        MetadataReader.Header h = read("""
                ---
                title: 王某某市长在某某市第十届人民代表大会第三次会议上的政府工作报告（2014年）
                ---

                2014年样例市政府工作报告

                ——2014年1月10日在样例市第九届人民代表大会第二次会议上

                样例市人民政府市长 李某某

                """ + BODY);
        assertAll(
            () -> assertEquals("2014年样例市政府工作报告", h.title()),
            () -> assertEquals("李某某", h.speaker()),
            () -> assertEquals("样例市第九届人民代表大会第二次会议", h.meeting()),
            () -> assertEquals("样例市", h.region()));
    }

    // ------------------------------------------------------------------------------------------------ dates

    @Test
    void dateInAnyBracketOrEmphasisOnItsOwnLine() {
        for (String line : List.of("**（2025年1月15日）**", "(2025年1月15日)", "［2025年1月15日］", "【2025年1月15日】",
                "——2025年1月15日", "——2025年1月15日在样例市第十届人民代表大会第三次会议上")) {
            MetadataReader.Header h = read("**2025年样例市政府工作报告**\n\n" + line + "\n\n样例市人民政府市长 王某某\n\n" + BODY);
            assertEquals(LocalDate.of(2025, 1, 15), h.date(), line);
            assertEquals("王某某", h.speaker(), line);
            assertEquals("2025年样例市政府工作报告", h.title(), line);
        }
    }

    @Test
    void aBracketedDateInProseIsNoDeliveryDate() {
        MetadataReader.Header h = read("2025年样例市政府工作报告\n\n（2025年1月10日发布）\n\n" + BODY);
        assertNull(h.date());
    }
}
