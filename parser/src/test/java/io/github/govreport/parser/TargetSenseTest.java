package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Sense;
import io.github.govreport.model.Target;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.measures.TargetSenses;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sense of a target on invented goals: the value's qualifier, then a word before it
 * ({@code report/target-senses.tsv}), then the concept's sense in the catalog, then the direction.
 */
class TargetSenseTest {

    private static final ReportParser PARSER = ReportParser.builder().build();

    /** The targets of one goal sentence in the plan of an invented report for 2026. */
    static List<Target> targets(String sentence) {
        String text = "2026年德清县政府工作报告\n\n各位代表：\n\n一、2025年工作回顾\n\n全县生产总值增长5.2%。\n\n"
                + "二、2026年工作安排\n\n" + sentence + "\n";
        return PARSER.parse(text).targets();
    }

    static Stream<Row> rows() {
        return TargetSenses.standard().rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aCeilingWordMakesACeilingAndWithoutItTheGoalIsAFloor(Row row) {
        String word = row.columns().get(0);
        String example = row.columns().get(1);
        assertTrue(example.contains(word), example);
        List<Target> with = targets(example);
        assertEquals(1, with.size(), with.toString());
        assertEquals(Sense.CEILING, with.get(0).sense(), example);
        List<Target> without = targets(example.replace(word, "达到"));
        assertEquals(Sense.FLOOR, without.get(0).sense(), example);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // qualifiers of the value come first
        "全县新增就业岗位8000个以上。, FLOOR",
        "城镇调查失业率5.5%以内。, CEILING",
        "单位地区生产总值能耗下降3%以上。, FLOOR",
        // then the catalog's sense of the concept
        "城镇调查失业率5.5%。, CEILING",
        "居民消费价格上涨3%。, CEILING",
        "一般公共预算收入增长6%。, FLOOR",
        // then the direction of a change without a concept
        "农村危房存量减少20%。, CEILING",
        "口袋公园数量增长20%。, FLOOR"})
    void theSenseComesFromTheQualifierThenTheConceptThenTheDirection(String sentence, Sense sense) {
        List<Target> t = targets(sentence);
        assertEquals(1, t.size(), t.toString());
        assertEquals(sense, t.get(0).sense(), t.toString());
    }

    @Test
    void aCeilingWordBeforeAListGovernsEveryItem() {
        // the qualifier 以内 stands after the last item only; 控制在 makes the first a ceiling as well (measures of no
        // concept, so that only the words decide)
        List<Target> t = targets("全县燃煤锅炉和燃油锅炉分别控制在40台和30台以内。");
        assertEquals(2, t.size(), t.toString());
        assertTrue(t.stream().allMatch(x -> x.sense() == Sense.CEILING), t.toString());
        List<Target> reach = targets("全县燃煤锅炉和燃油锅炉分别达到40台和30台以内。");
        assertEquals(Sense.FLOOR, reach.get(0).sense(), reach.toString());
    }

    @Test
    void everyTargetOfTheParserHasASense() {
        List<Target> t = targets("全县生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业6000人以上，居民消费价格涨幅3%左右。");
        assertEquals(4, t.size(), t.toString());
        assertTrue(t.stream().allMatch(x -> x.sense() != null), t.toString());
    }
}
