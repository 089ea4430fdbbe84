package io.github.govreport.parser.internal.report.header;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Title spans, title years and title regions on invented header lines. */
class TitlesTest {

    private static String title(String line) {
        int[] span = Titles.titleSpan(line);
        return span == null ? null : line.substring(span[0], span[1]);
    }

    @Test
    void spans() {
        assertEquals("政府工作报告", title("政府工作报告——2024年1月15日在示例市第三届人民代表大会第二次会议上"));
        assertEquals("政府工作报告", title("王某某在示例市第三届人民代表大会第二次会议上的政府工作报告"));
        assertEquals("示例州政府工作报告", title("示例州政府工作报告(2021年3月20日林望舒)"));
        assertEquals("政府工作报告(文字实录)", title("政府工作报告(文字实录)"));
        assertEquals("2020年示例市政府工作报告", title("2020年示例市政府工作报告2020年示例市政府工作报告"));
        assertEquals("行政长官2025年施政报告", title("施政报告|行政长官2025年施政报告|首页"));
        assertNull(title("示例市人民政府市长王明远"));
    }

    @Test
    void years() {
        assertEquals(2023, Titles.yearIn("示例市2023年政府工作报告"));
        assertNull(Titles.yearIn("2023年1月5日政府工作报告"));
        assertNull(Titles.yearIn("政府工作报告"));
    }

    @Test
    void regions() {
        assertEquals("某某省", Titles.regionFromTitle("2025年某某省政府工作报告"));
        assertEquals("示例市", Titles.regionFromTitle("示例市2008年人民政府工作报告"));
        assertEquals("示例市", Titles.regionFromTitle("示例市市长施政报告"));
        assertNull(Titles.regionFromTitle("2025年政府工作报告"));
    }

    @Test
    void frontMatterTitlesOfAnyWording() {
        String t = "某某省人民政府2003年工作报告";
        assertArrayEquals(new int[] {0, t.length()}, Titles.frontMatterSpan(t));
        assertEquals("某某省", Titles.regionFromTitle(t));
        assertEquals(2003, Titles.yearIn(t));
        String note = "样例市2010年报告(2010年2月1日)";
        int[] span = Titles.frontMatterSpan(note);
        assertEquals("样例市2010年报告", note.substring(span[0], span[1]));
        assertArrayEquals(new int[] {0, 7}, Titles.frontMatterSpan("示例县施政纲要"));
        assertNull(Titles.frontMatterSpan(""));
        assertNull(Titles.titleSpan(t)); // in the body, only a line with the title words is a title
    }

    @Test
    void speakerOfASentenceTitle() {
        Speakers.Speaker s = Titles.speakerInSentence("王某某市长在某某市第十届人民代表大会第三次会议上的政府工作报告(2014年)");
        assertEquals("王某某|市长", s.name() + "|" + s.office());
        s = Titles.speakerInSentence("示例县人民政府代县长郑某某在示例县第五届人民代表大会第一次会议上的报告");
        assertEquals("郑某某|代县长|示例县", s.name() + "|" + s.office() + "|" + s.region());
        assertNull(Titles.speakerInSentence("王某某同志在某某省第九届人民代表大会第二次会议上的报告")); // no office
        assertNull(Titles.speakerInSentence("某某市2014年政府工作报告"));
        assertNull(Titles.speakerInSentence("市长在某某市第十届人民代表大会第三次会议上的政府工作报告"));
    }
}
