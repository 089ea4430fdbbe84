package io.github.govreport.parser.internal.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The years a sentence names, read at a position. */
class YearMentionsTest {

    private static YearMentions.Years at(String text, int pos) {
        return YearMentions.at(text.toCharArray(), pos, 2026);
    }

    @Test
    void yearsInEveryWrittenForm() {
        assertEquals(new YearMentions.Years(2025, 2025, 5), at("2025年全县", 0));
        assertEquals(new YearMentions.Years(1984, 1984, 5), at("一九八四年", 0));
        assertEquals(new YearMentions.Years(2000, 2000, 5), at("二〇〇〇年", 0));
        assertEquals(new YearMentions.Years(2021, 2025, 10), at("2021—2025年", 0));
        assertEquals(new YearMentions.Years(2021, 2025, 11), at("2021年至2025年", 0));
        assertEquals(new YearMentions.Years(2021, 2025, 5), at("2021年以来", 0), "以来 runs to the year before the one planned");
    }

    @Test
    void whatIsNoYear() {
        assertNull(at("12025年", 1), "part of a longer number");
        assertNull(at("1800年", 0), "before 1900");
        assertNull(at("2025亿元", 0), "no 年");
        assertNull(at("2025—2021年", 0), "a run that goes backwards");
        assertNull(at("205年", 0));
    }
}
