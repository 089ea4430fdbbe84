package io.github.govreport.parser.internal.report;

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
}
