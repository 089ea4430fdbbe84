package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Metadata;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.model.Target;
import io.github.govreport.model.panel.Panel;
import io.github.govreport.model.panel.PanelRow;
import io.github.govreport.model.panel.PanelSource;
import io.github.govreport.parser.internal.report.header.Gazetteer;
import io.github.govreport.parser.internal.report.outline.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The development collection ({@code ../shared/corpus/dev}: 1,000 reports nobody on the team has read, with
 * the year, region and level of their file names in {@code MANIFEST.tsv}): the library agrees with the names
 * in at least 99.5% of reports for each field, leaving out the files whose names the text shows to be wrong
 * ({@code dev/wrong-names.tsv}), and holds invariants that need no label. Every disagreement is printed.
 * Skipped where the collection is absent.
 */
class DevCollectionTest {

    private static final double FLOOR = 0.995;
    private static final ReportParser PARSER = ReportParser.builder().build();

    /** One report of the collection, with its labels and what the library read. */
    private record Read(String file, String year, String region, String level, Report report, String text) {}

    private static final List<Read> READS = new ArrayList<>();
    /** file + field → what the text says, for the files whose names are wrong. */
    private static final Map<String, String> WRONG_NAMES = new LinkedHashMap<>();

    @BeforeAll
    static void readTheCollection() throws IOException {
        Path reports = Corpus.folder() == null ? null : Corpus.folder().resolveSibling("dev");
        Assumptions.assumeTrue(reports != null && Files.isRegularFile(reports.resolve("MANIFEST.tsv")),
                "development collection ../shared/corpus/dev not found: skipped");
        List<String> manifest = Files.readAllLines(reports.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        for (String line : manifest.subList(1, manifest.size())) {
            String[] c = line.split("\t");
            String text = Files.readString(reports.resolve("reports").resolve(c[0]), StandardCharsets.UTF_8);
            READS.add(new Read(c[0], c[4], c[3], c[2], PARSER.parse(text), text));
        }
        try (InputStream in = DevCollectionTest.class.getResourceAsStream("/dev/wrong-names.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    WRONG_NAMES.put(c[0] + "/" + c[1], c[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void yearRegionAndLevelAgreeWithTheNames() {
        assertEquals(1000, READS.size());
        List<String> report = new ArrayList<>();
        double year = agreement("year", r -> String.valueOf(r.report().metadata().year()), Read::year, report);
        double region = agreement("region", DevCollectionTest::regionAsLabelled, Read::region, report);
        double level = agreement("level", r -> String.valueOf(r.report().metadata().level()), Read::level, report);
        System.out.printf("dev collection, of %d reports less the wrongly named: year %.1f%%, region %.1f%%, level %.1f%%%n",
                READS.size(), 100 * year, 100 * region, 100 * level);
        report.forEach(System.out::println);
        assertTrue(year >= FLOOR && region >= FLOOR && level >= FLOOR, String.join("\n", report));
    }

    /**
     * The label's name where the library's code is one of the places that bear it (浙江省宁波市 and 宁波市 are one
     * place), else what the library wrote.
     */
    private static String regionAsLabelled(Read r) {
        Metadata m = r.report().metadata();
        boolean same = m.regionCode() != null
                && Gazetteer.standard().named(r.region()).stream().anyMatch(p -> m.regionCode().equals(p.code()));
        return same ? r.region() : m.region() + "/" + m.regionCode();
    }

    /** The share of reports that agree, less the wrongly named; every disagreement goes into {@code report}. */
    private static double agreement(String field, Function<Read, String> read,
            Function<Read, String> label, List<String> report) {
        int counted = 0;
        int agreed = 0;
        for (Read r : READS) {
            String said = read.apply(r);
            String text = WRONG_NAMES.get(r.file() + "/" + field);
            if (text != null) {
                // a listed file stays listed only while the library reads what the text says
                assertEquals(text, field.equals("region") ? r.report().metadata().region() : said, r.file() + " " + field);
                continue;
            }
            counted++;
            if (said.equals(label.apply(r))) {
                agreed++;
            } else {
                report.add(field + "\t" + r.file() + "\tlibrary: " + said + "\tname: " + label.apply(r));
            }
        }
        return (double) agreed / counted;
    }

    @Test
    void noReportPlansLaterThanTheYearAfterItsDeliveryAndEveryReviewComesBefore() {
        List<String> wrong = new ArrayList<>();
        for (Read r : READS) {
            Metadata m = r.report().metadata();
            if (m.year() != null && m.date() != null && m.year() > m.date().getYear() + 1) {
                wrong.add(r.file() + ": plans " + m.year() + ", delivered " + m.date());
            }
            if (m.year() != null && m.reviewYear() != null && m.reviewYear().last() >= m.year()) {
                wrong.add(r.file() + ": reviews " + m.reviewYear() + ", plans " + m.year());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRegionIsAPlaceOfTheGazetteer() {
        List<String> wrong = new ArrayList<>();
        for (Read r : READS) {
            Metadata m = r.report().metadata();
            if (m.region() != null && !m.region().equals("中国") && m.regionCode() == null) {
                wrong.add(r.file() + ": " + m.region());
            }
            if (m.regionCode() != null) {
                assertNotNull(Gazetteer.standard().byCode(m.regionCode()), m.regionCode());
            }
        }
        assertEquals(List.of(), wrong, "a region without a code: ambiguous, or no place");
    }

    /**
     * For each concept, the (region, year) targets whose region's next report is in the collection, and the
     * share of them that find an outcome there. Printed for the closing notes; the floor holds GDP, the
     * concept every report states, at the share measured when this test was written (96% of 180), held at 90%.
     */
    @Test
    void targetsWhoseNextReportIsPresentFindTheirOutcome() {
        List<PanelSource> sources = new ArrayList<>();
        Set<String> reviewed = new HashSet<>();
        for (Read r : READS) {
            sources.add(new PanelSource(r.file(), r.report()));
            Metadata m = r.report().metadata();
            if (m.regionCode() != null && m.reviewYear() != null && m.reviewYear().first() == m.reviewYear().last()) {
                reviewed.add(m.regionCode() + "/" + m.reviewYear().first());
            }
        }
        Map<String, int[]> byConcept = new TreeMap<>();
        for (PanelRow row : Panel.of(sources)) {
            if (row.concept() == null || row.regionCode() == null || !reviewed.contains(row.regionCode() + "/" + row.year())) {
                continue;
            }
            int[] counts = byConcept.computeIfAbsent(row.concept(), k -> new int[2]);
            counts[0]++;
            if (row.outcome() != null) {
                counts[1]++;
            }
        }
        byConcept.forEach((concept, c) -> System.out.printf("%-32s %4d pairs with the next report, %3.0f%% find an outcome%n",
                concept, c[0], 100.0 * c[1] / c[0]));
        int[] gdp = byConcept.get("gdp");
        assertNotNull(gdp, "no GDP target with its next report");
        assertTrue(gdp[1] * 100 >= gdp[0] * 90, "GDP outcomes found: " + gdp[1] + " of " + gdp[0]);
    }

    /**
     * Targets are set for the year planned or a later horizon: a target whose period ends before the year
     * planned is a result read as a goal. Measured at 21 of about 67,000 targets when this test was written;
     * held under 1 in 2,000.
     */
    @Test
    void targetsAreForTheYearPlannedOrLater() {
        int targets = 0;
        List<String> early = new ArrayList<>();
        for (Read r : READS) {
            Integer year = r.report().metadata().year();
            for (Target t : r.report().targets()) {
                targets++;
                if (year != null && t.period() != null && t.period().last() < year) {
                    early.add(r.file() + ": " + t.name() + " for " + t.period() + " in a report for " + year);
                }
            }
        }
        System.out.printf("targets before the year planned: %d of %d%n", early.size(), targets);
        early.forEach(System.out::println);
        assertTrue(early.size() * 2000 < targets, String.join("\n", early));
    }

    /** An opener of a list of main targets: the word, then 是, 为, 建议为 … and a colon. */
    private static final Pattern LIST_OPENER = Pattern.compile("(主要预期目标|主要目标|预期目标)\\**(建议|拟|确定|定)?(是|为)?\\**[：:]");
    /** A heading that is the word alone: （一）主要预期目标, **主要目标**. */
    private static final Pattern LIST_HEADING = Pattern.compile("(?m)^[ #*（(一二三四五六七八九十0-9）)、.．]*(主要预期目标|主要目标|预期目标)[*\\s]*$");
    /** Words that put a sentence in another time than the year planned: a five-year plan, a horizon, the review. */
    private static final Pattern OTHER_TIME = Pattern.compile("五年|十[一二三四五]五|”时期|远景|今后|到20\\d\\d|去年|上年|过去|回顾");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    private static final Pattern PERCENT = Pattern.compile("[0-9.]+[%％]|百分之");
    /** How far after the opener the figures of its list are looked for. */
    private static final int LIST_REACH = 300;

    /**
     * A report whose text states a list of main targets for the year planned has headline targets. A list is
     * read from the text alone, not from the library's outline, so that a list the outline misplaces counts
     * too: 主要预期目标, 主要目标 or 预期目标 followed by a colon (after 是, 为, 建议为 …), or standing alone as a
     * heading; the sentence before the word names no five-year plan, horizon, past year or review (五年, “十四五”,
     * 今后, 到2025年, 去年, 回顾) and no year but the one planned; and at least two percentages follow within 300
     * chars. A mention in the review (完成了年初确定的主要目标) has no colon and figures after it, so it is no
     * list. Measured at 42 of 903 reports without headline targets before issue 18 (lists after a five-year
     * plan's list, in a part the outline reads as the five-year plan's, after 预期目标建议为), 7 after; held
     * under 1 in 100.
     */
    /**
     * The most target names per 1,000 that name no measure: 35 before the name rules of issue 19, 20 after, 16
     * after a verb alone names nothing (issue 21), 14 after item numbers left names (19.城镇新增就业), 12 after a
     * scope alone before a count left them (实现全市600家医院联网).
     */
    private static final int NO_MEASURE_NAMES_PER_MILLE = 13;

    @Test
    void fewTargetNamesNameNoMeasure() throws IOException {
        Map<String, String> words = new LinkedHashMap<>();
        try (InputStream in = DevCollectionTest.class.getResourceAsStream("/dev/no-measure-names.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    words.put(c[1], c[0]);
                }
            }
        }
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> byName = new LinkedHashMap<>();
        int targets = 0;
        for (Read r : READS) {
            for (Target t : r.report().targets()) {
                targets++;
                String kind = noMeasureKind(t.name(), words);
                if (kind != null) {
                    byKind.merge(kind, 1, Integer::sum);
                    byName.merge(kind + " " + t.name(), 1, Integer::sum);
                }
            }
        }
        int all = byKind.values().stream().mapToInt(Integer::intValue).sum();
        long perMille = Math.round(all * 1000.0 / targets);
        System.out.println("target names that name no measure: " + all + " of " + targets + " (" + perMille + " per 1,000) " + byKind);
        byName.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(30)
                .forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
        assertTrue(perMille <= NO_MEASURE_NAMES_PER_MILLE, perMille + " per 1,000");
    }

    /** Why a target's name names no measure (PLACE, EXAMPLE, DIGIT, or a kind of the table), or null. */
    private static String noMeasureKind(String name, Map<String, String> words) {
        if (words.containsKey(name)) {
            return words.get(name);
        }
        for (Map.Entry<String, String> w : words.entrySet()) {
            if (w.getValue().equals("STOP") && name.contains(w.getKey())) {
                return "STOP";
            }
        }
        if (name.endsWith("等")) {
            return "EXAMPLE";
        }
        int letters = 0;
        while (letters < name.length() && Character.isDigit(name.charAt(letters))) {
            letters++;
        }
        if (letters > 0 && (letters == name.length() || !Character.isLetter(name.charAt(letters)) || name.charAt(letters) > 'z')) {
            return "DIGIT"; // 10亿元以上项目, 0.7个和; but 5G基站 is a name
        }
        return Gazetteer.standard().named(name).isEmpty() ? null : "PLACE";
    }

    /**
     * The most reports with a plan that yield no task: a report has a plan where a heading names the plan
     * (工作安排, 主要任务, 民生实事 …: {@code report/parts.tsv}) or a target is set for its year. Measured at
     * 37 of 997 at the start of issue 19's tasks, 36 after its lead sentences, 5 after plans in five-year
     * and slogan parts, 4 where the part headings are lost, 2 after the outline fixes (七) without its bracket,
     * dashed list items): 太原 2019 reads no body, 黑龙江 2010 numbers its parts with bare marks (（一） alone on a line); see {@link #everyReportWithAPlanYieldsTasks}.
     */
    private static final int PLANS_WITHOUT_TASKS = 2;

    /**
     * Every report with a plan yields tasks. Prints the distribution of tasks per report with a plan and the
     * outliers: the reports with none, with fewer than 5, and the ten with most.
     */
    @Test
    void everyReportWithAPlanYieldsTasks() {
        List<Integer> counts = new ArrayList<>();
        List<String> none = new ArrayList<>();
        List<String> few = new ArrayList<>();
        Map<String, Integer> byFile = new LinkedHashMap<>();
        for (Read r : READS) {
            if (!hasPlan(r.report())) {
                continue;
            }
            int n = r.report().tasks().size();
            counts.add(n);
            byFile.put(r.file(), n);
            if (n == 0) {
                none.add(r.file());
            } else if (n < 5) {
                few.add(r.file() + ": " + n);
            }
        }
        List<Integer> sorted = counts.stream().sorted().toList();
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        System.out.printf("tasks per report with a plan (%d reports, %d tasks): min %d, p10 %d, p25 %d, median %d, p75 %d,"
                + " p90 %d, p99 %d, max %d%n", sorted.size(), total, sorted.get(0), at(sorted, 0.1), at(sorted, 0.25),
                at(sorted, 0.5), at(sorted, 0.75), at(sorted, 0.9), at(sorted, 0.99), sorted.get(sorted.size() - 1));
        System.out.println("reports with a plan and no task: " + none.size());
        none.forEach(f -> System.out.println("  none\t" + f));
        System.out.println("reports with a plan and fewer than 5 tasks: " + few.size());
        few.forEach(f -> System.out.println("  few\t" + f));
        byFile.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(10)
                .forEach(e -> System.out.println("  most\t" + e.getKey() + ": " + e.getValue()));
        assertTrue(none.size() <= PLANS_WITHOUT_TASKS, none.size() + " reports with a plan yield no task:\n" + String.join("\n", none));
    }

    /** True where a heading of the report names its plan, or a target is set for its year. */
    private static boolean hasPlan(Report report) {
        Integer year = report.metadata().year();
        if (report.targets().stream().anyMatch(t -> year != null && t.period() != null && t.period().first() == year)) {
            return true;
        }
        List<Section> open = new ArrayList<>(report.sections());
        while (!open.isEmpty()) {
            Section s = open.remove(open.size() - 1);
            Part part = Part.of(s.title(), year);
            if (part == Part.PLAN || part == Part.MIXED || part == Part.LIVELIHOOD) {
                return true;
            }
            open.addAll(s.sections());
        }
        return false;
    }

    /** The value at quantile q of a sorted list. */
    private static int at(List<Integer> sorted, double q) {
        return sorted.get((int) (q * (sorted.size() - 1)));
    }

    @Test
    void aMainTargetListGivesHeadlineTargets() {
        int withList = 0;
        List<String> missed = new ArrayList<>();
        for (Read r : READS) {
            if (!statesMainList(r.text(), r.report().metadata().year())) {
                continue;
            }
            withList++;
            if (r.report().targets().stream().noneMatch(Target::headline)) {
                missed.add(r.file());
            }
        }
        System.out.printf("reports with a list of main targets but no headline target: %d of %d%n", missed.size(), withList);
        missed.forEach(System.out::println);
        assertTrue(missed.size() * 100 < withList, String.join("\n", missed));
    }

    /** True when {@code text} states a list of main targets for {@code year} (null: any year), as told above. */
    static boolean statesMainList(String text, Integer year) {
        Matcher m = LIST_OPENER.matcher(text);
        while (m.find()) {
            int start = Math.max(text.lastIndexOf('。', m.start()), text.lastIndexOf('\n', m.start())) + 1;
            String sentence = text.substring(start, m.start());
            if (!OTHER_TIME.matcher(sentence).find() && namesOnly(sentence, year) && percentsAfter(text, m.end()) >= 2) {
                return true;
            }
        }
        Matcher h = LIST_HEADING.matcher(text);
        while (h.find()) {
            if (percentsAfter(text, h.end()) >= 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesOnly(String sentence, Integer year) {
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
            if (year != null && Integer.parseInt(y.group(1)) != year) {
                return false;
            }
        }
        return true;
    }

    private static int percentsAfter(String text, int from) {
        Matcher p = PERCENT.matcher(text.substring(from, Math.min(text.length(), from + LIST_REACH)));
        int n = 0;
        while (p.find()) {
            n++;
        }
        return n;
    }
}
