package io.github.govreport.parser.internal.report.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Level;
import io.github.govreport.parser.internal.Lexicon.Row;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    @Test
    void compoundOffices() {
        assertEquals("国务院副总理兼某某委员会主任|王某某|中国", read("国务院副总理兼某某委员会主任王某某"));
        assertEquals("国务委员兼某某部部长|王某某|中国", read("国务委员兼某某部部长王某某"));
        assertEquals("国务院副总理兼某某委员会主任委员|李某某|中国", read("国务院副总理兼某某委员会主任委员李某某"));
        assertEquals("国务委员兼某某部部长|王某某|中国", read("国务委员兼某某部部长王某某作报告"));
        assertNull(read("国务院副总理兼某某委员会主任"));
    }

    @Test
    void viceOfficesAreNotTheOffice() {
        assertEquals("国务院副总理|王某某|中国", read("国务院副总理王某某"));
        assertEquals("副总理|王某某|null", read("副总理王某某"));
        assertNull(read("某某省人民政府副省长李某某"));
        assertNull(read("样例市副市长王某某"));
        assertEquals(Level.NATIONAL, Speakers.levelOfOffice("国务院副总理兼某某委员会主任"));
    }

    @Test
    void actingOfficesStayAsWritten() {
        assertEquals("代市长|王某某|样例市", read("样例市人民政府代市长王某某"));
        assertEquals("代理主席|孙某某|示例自治区", read("示例自治区人民政府代理主席孙某某"));
        assertEquals("代理县长|郑某某|示例县", read("示例县人民政府代理县长郑某某"));
    }

    @Test
    void officeWithoutAName() {
        Speakers.Speaker s = Speakers.officeOnly("样例市人民政府市长");
        assertEquals("市长", s.office());
        assertNull(s.name());
        assertEquals("样例市", s.region());
        assertEquals("国务院副总理兼某某委员会主任", Speakers.officeOnly("国务院副总理兼某某委员会主任").office());
        assertEquals("代县长", Speakers.officeOnly("代县长").office());
        assertNull(Speakers.officeOnly("样例市人民政府市长王某某"));
        assertNull(Speakers.officeOnly("市长施政报告"));
        assertNull(Speakers.officeOnly("请市长"));
        assertNull(Speakers.officeOnly("样例市副市长"));
    }

    static Stream<Row> officeRows() {
        return Speakers.ROWS.stream();
    }

    /** Each row's example byline reads back with the row's word as (the end of) its office. */
    @ParameterizedTest
    @MethodSource("officeRows")
    void tableExamples(Row row) {
        Speakers.Speaker s = Speakers.findSpeaker(row.example());
        assertTrue(s != null && s.name() != null, row.toString());
        if (row.columns().get(0).equals("OFFICE")) {
            assertTrue(s.office().startsWith(row.columns().get(1)), row + " → " + s);
            assertEquals(Level.valueOf(row.columns().get(2)), Speakers.levelOfOffice(s.office()), row.toString());
        } else {
            assertTrue(s.office().endsWith(row.columns().get(1)), row + " → " + s);
        }
    }
}
