package io.github.govreport.parser.internal.report.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.ReportWordsTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalog of concepts: every row's example reads back to its id, every alias to its concept. */
class ConceptsTest {

    private static final ReportParser PARSER = ReportParser.builder().build();
    private static final Concepts CONCEPTS = Concepts.standard();

    static Stream<Row> rows() {
        return CONCEPTS.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void exampleReadsBackToItsConcept(Row row) {
        String id = row.columns().get(0);
        String example = row.columns().get(5);
        String text = ReportWordsTest.reportWith("PLAN", example);
        Report report = PARSER.parse(text);
        int from = text.indexOf(example);
        ValueMention last = report.values().stream().filter(m -> m.start() >= from && m.end() <= from + example.length())
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no value in " + example));
        Target t = report.targets().stream().filter(x -> last.equals(x.value()) || last.equals(x.change())).findFirst()
                .orElseThrow(() -> new AssertionError("no target for " + last + " in " + report.targets()));
        assertEquals(id, t.concept(), t.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyAliasIsItsConceptAndTheDimensionIsKnown(Row row) {
        String id = row.columns().get(0);
        for (String alias : row.columns().get(4).split("\\|")) {
            assertEquals(id, CONCEPTS.of(alias), alias);
        }
        assertEquals(id, CONCEPTS.of(row.columns().get(1)), "the canonical name is an alias");
        io.github.govreport.core.Dimension.valueOf(row.columns().get(2));
        assertTrue(List.of("yes", "no").contains(row.columns().get(3)), row.toString());
    }

    @Test
    void namesAreMatchedWithoutYearsAndGrowthWordsButNotAsPartOfAnotherThing() {
        Map<String, String> cases = Map.of(
                "2025年国内生产总值", "gdp",
                "到2030年城镇化率", "urbanization-rate",
                "地区生产总值增速", "gdp",
                "全市规模以上工业增加值", "industrial-value-added",
                "单位地区生产总值能耗", "energy-intensity",
                "出口", "exports",
                "全縣生產總值", "gdp",
                "單位ＧＤＰ能耗", "energy-intensity");
        cases.forEach((name, id) -> assertEquals(id, CONCEPTS.of(name), name));
        assertNull(CONCEPTS.of("高技术产品出口"), "a short alias matches only the whole name");
        assertNull(CONCEPTS.of("第一产业增加值占生产总值比重"), "a share of GDP is not GDP");
        assertNull(CONCEPTS.of("推进重大项目"));
    }
}
