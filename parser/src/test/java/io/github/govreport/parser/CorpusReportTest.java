package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Span;
import io.github.govreport.model.Annotation;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report parser over every real report of the shared corpus: checks of structure, not answers
 * copied from the texts. Skipped where the corpus is absent.
 */
class CorpusReportTest {

    /** Not government work reports: a Hong Kong policy address and a Taiwanese mayor's address. */
    private static final Set<String> NOT_WORK_REPORTS = Set.of("province-xianggang-2025.txt", "city-taoyuan-2015.txt");

    static Stream<Path> reports() {
        return Corpus.reportsToTest().stream();
    }

    private static Report parse(Path report, List<ReportProblem> problems) {
        return ReportParser.builder().build().parse(Corpus.read(report), problems::add);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyReportHasYearRegionSectionsAndIndicators(Path report) {
        List<ReportProblem> problems = new ArrayList<>();
        String text = Corpus.read(report);
        Report r = parse(report, problems);
        String name = report.getFileName().toString();
        assertNotNull(r.metadata().year(), name + ": year");
        if (!NOT_WORK_REPORTS.contains(name)) {
            assertNotNull(r.metadata().region(), name + ": region");
            assertTrue(r.sections().size() >= 2, name + ": top-level sections " + titles(r.sections()));
            assertFalse(r.indicators().isEmpty(), name + ": no indicators");
        }
        for (ReportProblem p : problems) {
            assertTrue(p.index() >= 0 && p.index() <= text.length(), p.toString());
        }
        spansLieInside(r, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void aTargetListYieldsHeadlineTargets(Path report) {
        String text = Corpus.read(report);
        Report r = parse(report, new ArrayList<>());
        if (text.contains("主要预期目标") || text.contains("预期目标为") || text.contains("预期目标是") || text.contains("主要目标是")) {
            assertFalse(r.headlineTargets().isEmpty(), report + ": a 预期目标 list but no headline target");
        }
        String name = report.getFileName().toString();
        if (name.startsWith("national-") && !name.contains("2020")) {
            // every State Council report but 2020's sets a GDP growth target
            boolean gdp = r.headlineTargets().stream().anyMatch(CorpusReportTest::isGrowthTarget)
                    || r.targets().stream().anyMatch(CorpusReportTest::isGrowthTarget);
            assertTrue(gdp, name + ": no GDP or growth target among " + names(r.targets()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyMeasureIsInItsTime(Path report) {
        Report r = parse(report, new ArrayList<>());
        String name = report.getFileName().toString();
        Integer year = r.metadata().year();
        if (!NOT_WORK_REPORTS.contains(name)) {
            assertNotNull(r.metadata().reviewYear(), name + ": review year");
            assertTrue(r.metadata().reviewYear().last() < year, name + ": review " + r.metadata().reviewYear() + " before " + year);
        }
        for (Target t : r.headlineTargets()) {
            assertEquals(YearSpan.of(year), t.period(), name + ": a headline target of another period: " + t);
        }
        for (Indicator i : r.indicators()) {
            assertTrue(i.period() == null || i.period().last() <= year, name + ": a result of a later year: " + i);
        }
        for (Target t : r.targets()) {
            // a goal may be for a five-year period under way (2016-2020 in 2017), never for one that is over
            assertTrue(t.period() == null || t.period().last() >= year, name + ": a goal of a past period: " + t);
        }
        if (name.equals("national-zhongguo-2020.txt")) {
            // the one State Council report that says it sets no growth target
            assertEquals(List.of("经济增速"), r.noTargets().stream().map(n -> n.measure()).toList(), name);
            // and states its other goals after 预期目标 in prose, without a list opener
            assertTrue(r.headlineTargets().size() >= 3, name + ": headline " + names(r.headlineTargets()));
        }
    }

    @Test
    void nearlyEveryHeadlineTargetOfTheCorpusHasItsConcept() {
        List<String> without = new ArrayList<>();
        int headline = 0;
        for (Path report : Corpus.reports()) {
            for (Target t : parse(report, new ArrayList<>()).headlineTargets()) {
                headline++;
                if (t.concept() == null) {
                    without.add(report.getFileName() + ": " + t.name());
                }
            }
        }
        // the few without one measure what the catalog does not hold (三次产业比例) or lost their name
        System.out.println("headline targets without a concept: " + without.size() + " of " + headline + " " + without);
        assertTrue(without.size() * 20 <= headline, without.size() + " of " + headline + " without a concept: " + without);
    }

    private static boolean isGrowthTarget(Target t) {
        boolean gdp = t.name().contains("生产总值") || t.name().contains("经济增长") || t.name().contains("GDP");
        // 经济增长预期目标为7%左右 states a growth rate as a level
        return gdp && (t.change() != null || t.name().contains("增长"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyAnnotationListYieldsAnnotations(Path report) {
        String text = Corpus.read(report);
        Report r = parse(report, new ArrayList<>());
        boolean hasList = text.contains("名词解释") || text.contains("相关注释") || text.contains("名词注释") || text.contains("名词术语解释")
                || text.contains("註1");
        if (hasList) {
            assertTrue(r.annotations().size() >= 5, report + ": only " + r.annotations().size() + " annotations");
            for (Annotation a : r.annotations()) {
                assertFalse(a.term().isBlank(), a.toString());
                assertFalse(a.definition().isBlank(), a.toString());
            }
        }
    }

    static void spansLieInside(Report r, String text) {
        List<Span> spans = new ArrayList<>();
        collect(r.sections(), spans);
        r.indicators().forEach(i -> spans.add(i.span()));
        r.targets().forEach(t -> spans.add(t.span()));
        r.tasks().forEach(t -> spans.add(t.span()));
        r.annotations().forEach(a -> {
            spans.add(a.span());
            spans.addAll(a.references());
        });
        r.values().forEach(v -> spans.add(v.span()));
        for (Span s : spans) {
            assertTrue(s.end() <= text.length(), s.toString());
            assertEquals(s.of(text), text.substring(s.start(), s.end()));
        }
    }

    private static void collect(List<Section> sections, List<Span> spans) {
        for (Section s : sections) {
            spans.add(s.span());
            collect(s.sections(), spans);
        }
    }

    private static List<String> titles(List<Section> sections) {
        return sections.stream().map(Section::title).toList();
    }

    private static List<String> names(List<Target> targets) {
        return targets.stream().map(Target::name).limit(30).toList();
    }
}
