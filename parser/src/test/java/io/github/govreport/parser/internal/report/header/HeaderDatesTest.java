package io.github.govreport.parser.internal.report.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Delivery dates in invented header lines. */
class HeaderDatesTest {

    @Test
    void arabicAndChineseNumerals() {
        List<HeaderDates.Date> d = HeaderDates.dates("2024年1月15日和一九八五年五月二十日");
        assertEquals(2, d.size());
        assertEquals(LocalDate.of(2024, 1, 15), d.get(0).date());
        assertEquals(LocalDate.of(1985, 5, 20), d.get(1).date());
        assertEquals(0, d.get(0).start());
        assertEquals(10, d.get(0).end());
    }

    @Test
    void paddedAndImpossibleDates() {
        List<HeaderDates.Date> d = HeaderDates.dates("2024年01月05日 2024年2月30日");
        assertEquals(1, d.size());
        assertTrue(d.get(0).padded());
    }

    @Test
    void dateNearTheMeeting() {
        String line = "2024年1月2日发布——2024年1月15日在示例市第三届人民代表大会第二次会议上";
        assertEquals(LocalDate.of(2024, 1, 15), HeaderDates.dateNear(line, line.indexOf("示例市")).date());
    }

    @Test
    void dateOpeningALine() {
        assertEquals(LocalDate.of(2024, 1, 15), HeaderDates.firstDate("——2024年1月15日", true).date());
        assertNull(HeaderDates.firstDate("更新于2024年1月15日", true));
        assertEquals(LocalDate.of(2024, 1, 15), HeaderDates.firstDate("更新于2024年1月15日", false).date());
    }

    @Test
    void residue() {
        assertTrue(HeaderDates.isResidue("发布时间：2024年1月16日"));
        assertTrue(HeaderDates.isResidue("2024年1月16日 07时41分"));
        assertTrue(HeaderDates.isResidue("示例日报1月16日电"));
        assertFalse(HeaderDates.isResidue("——2024年1月15日在示例市第三届人民代表大会第二次会议上"));
    }

    @Test
    void dateInBracketsOrEmphasis() {
        LocalDate day = LocalDate.of(2025, 1, 15);
        for (String line : List.of("(2025年1月15日)", "[2025年1月15日]", "【2025年1月15日】", "〔2025年1月15日〕",
                "*2025年1月15日*", "__2025年1月15日__", "——(2025年1月15日)")) {
            assertEquals(day, HeaderDates.bracketed(line).date(), line);
        }
        assertNull(HeaderDates.bracketed("2025年1月15日")); // bare: firstDate reads it
        assertNull(HeaderDates.bracketed("(2025年1月15日发布)"));
        assertNull(HeaderDates.bracketed("(2025年01月15日)"));
        assertNull(HeaderDates.bracketed("(2025年1月15日—2025年1月18日)"));
        assertNull(HeaderDates.bracketed("(2025年)"));
    }
}
