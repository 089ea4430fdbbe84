package io.github.govreport.parser.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Level;
import org.junit.jupiter.api.Test;

/** Speakers and offices on invented bylines (every person and place here is made up). */
class SpeakersTest {

    private static String read(String line) {
        Speakers.Speaker s = Speakers.findSpeaker(line);
        return s == null ? null : s.office() + "|" + s.name() + "|" + s.region();
    }

    @Test
    void officeNameAndRegion() {
        assertEquals("市长|王明远|示例市", read("示例市人民政府市长王明远"));
        assertEquals("代省长|李某某|某某省", read("某某省人民政府代省长李某某"));
        assertEquals("国务院总理|张某某|中国", read("国务院总理张某某"));
        assertEquals("州长|买买提·某某|示例州", read("示例州州长买买提·某某"));
    }

    @Test
    void nameStopsBeforeZuo() {
        assertEquals("代市长|陈某某|null", read("代市长陈某某作政府工作报告"));
    }

    @Test
    void officeWordsInProseAreNoSpeaker() {
        assertNull(read("市长施政报告"));
        assertNull(read("省长沙市人民政府"));
    }

    @Test
    void names() {
        assertTrue(Speakers.isName("王明远"));
        assertTrue(Speakers.isName("买买提·某某"));
        assertFalse(Speakers.isName("·某某"));
        assertFalse(Speakers.isName("政府工作"));
        assertFalse(Speakers.isName("王明远明远"));
        assertEquals("林望舒", Speakers.nameInParentheses("示例州政府工作报告(2021年3月20日林望舒)"));
        assertNull(Speakers.nameInParentheses("示例州政府工作报告(文字实录)"));
    }

    @Test
    void officeLevels() {
        assertEquals(Level.NATIONAL, Speakers.levelOfOffice("国务院总理"));
        assertEquals(Level.PROVINCE, Speakers.levelOfOffice("代理主席"));
        assertEquals(Level.CITY, Speakers.levelOfOffice("州长"));
        assertEquals(Level.COUNTY, Speakers.levelOfOffice("旗长"));
        assertEquals(Level.PROVINCE, Speakers.officeLevelIn("行政长官2025年施政报告"));
        assertNull(Speakers.officeLevelIn("2025年政府工作报告"));
    }
}
