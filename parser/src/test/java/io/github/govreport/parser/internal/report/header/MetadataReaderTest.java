package io.github.govreport.parser.internal.report.header;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.model.Level;
import io.github.govreport.parser.Corpus;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The header reader on invented header blocks (every place and person here is made up), and on the
 * shared corpus of real reports when it is present.
 */
class MetadataReaderTest {

    private static final String BODY = "各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n一、过去一年的工作\n";

    /** A header read with its problems. */
    private record Read(MetadataReader.Header header, List<ReportProblem> problems) {
        long count(ReportProblem.Type type) {
            return problems.stream().filter(p -> p.type() == type).count();
        }
    }

    private static Read read(String text) {
        List<ReportProblem> problems = new ArrayList<>();
        ReportText rt = ReportText.of(text);
        MetadataReader.Header h = MetadataReader.read(rt, new Problems(rt, problems::add));
        return new Read(h, problems);
    }

    // ------------------------------------------------------------------------------------------------
    // Examples

    @Test
    void plainHeader() {
        Read r = read("""
                政府工作报告

                ——2024年1月15日在示例市第三届人民代表大会第二次会议上

                示例市市长 王明远

                """ + BODY);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("政府工作报告", h.title()),
            () -> assertEquals("示例市", h.region()),
            () -> assertEquals(Level.CITY, h.level()),
            () -> assertEquals(LocalDate.of(2024, 1, 15), h.date()),
            () -> assertEquals("市长", h.speakerTitle()),
            () -> assertEquals("王明远", h.speaker()),
            () -> assertEquals("示例市第三届人民代表大会第二次会议", h.meeting()),
            () -> assertNull(h.titleYear()),
            () -> assertEquals(6, h.bodyStartLine()),
            () -> assertEquals(List.of(), r.problems()));
    }

    @Test
    void spacedTitleAndTwoLevelCounty() {
        Read r = read("""
                政 府 工 作 报 告

                 ——2016年2月19日在示例市示例区第十四届人民代表大会第五次会议上

                 示例市示例区人民政府区长\u3000\u3000周 子 安

                \u3000\u3000各位代表：
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("政府工作报告", h.title()),
            () -> assertEquals("示例市示例区", h.region()),
            () -> assertEquals(Level.COUNTY, h.level()),
            () -> assertEquals(LocalDate.of(2016, 2, 19), h.date()),
            () -> assertEquals("区长", h.speakerTitle()),
            () -> assertEquals("周子安", h.speaker()),
            () -> assertEquals("示例市示例区第十四届人民代表大会第五次会议", h.meeting()),
            () -> assertEquals(6, h.bodyStartLine()));
    }

    @Test
    void markdownBoldTitleAndSpeaker() {
        Read r = read("""
                **政府工作报告**

                ——2019年2月20日在示例州第九届人民代表大会第四次会议上

                **示例州人民政府州长 孙若溪**

                **各位代表：**
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("政府工作报告", h.title()),
            () -> assertEquals("示例州", h.region()),
            () -> assertEquals(Level.CITY, h.level()),
            () -> assertEquals("州长", h.speakerTitle()),
            () -> assertEquals("孙若溪", h.speaker()),
            () -> assertEquals(6, h.bodyStartLine()));
    }

    @Test
    void yamlFrontMatterOnly() {
        Read r = read("""
                ---
                source: https://example.org/report/2023.html
                title: 示例市2023年政府工作报告
                ---

                """ + BODY);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("示例市2023年政府工作报告", h.title()),
            () -> assertEquals("示例市", h.region()),
            () -> assertEquals(Level.CITY, h.level()),
            () -> assertNull(h.titleYear()),
            () -> assertEquals(2023, h.frontMatterYear()),
            () -> assertNull(h.date()),
            () -> assertNull(h.speaker()),
            () -> assertNull(h.meeting()),
            () -> assertEquals(5, h.bodyStartLine()));
        assertEquals(3, r.count(ReportProblem.Type.MISSING_METADATA), r.problems().toString());
        assertEquals(0, r.count(ReportProblem.Type.NO_BODY_START));
        for (String field : List.of("date", "speaker", "meeting")) {
            assertTrue(r.problems().stream().anyMatch(p -> p.message().contains(field) && p.index() == 0), field);
        }
    }

    @Test
    void yamlTitleWithDeliveryNote() {
        // the title note (date and name) is not part of the title, but gives the speaker when the body has none
        Read r = read("""
                ---
                title: 示例州政府工作报告（2021年3月20日 林望舒）
                ---

                """ + BODY);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("示例州政府工作报告", h.title()),
            () -> assertEquals("示例州", h.region()),
            () -> assertEquals(LocalDate.of(2021, 3, 20), h.date()),
            () -> assertEquals("林望舒", h.speaker()),
            () -> assertNull(h.titleYear()));
    }

    @Test
    void meetingLineBrokenAfterTheAssembly() {
        Read r = read("""
                政府工作报告

                ——2022年1月9日在示例市第十七届人民代表大会

                第一次会议上

                市长\u00A0\u00A0 阿不都·示例

                """ + BODY);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("示例市第十七届人民代表大会第一次会议", h.meeting()),
            () -> assertEquals("示例市", h.region()),
            () -> assertEquals(LocalDate.of(2022, 1, 9), h.date()),
            () -> assertEquals("市长", h.speakerTitle()),
            () -> assertEquals("阿不都·示例", h.speaker()),
            () -> assertEquals(8, h.bodyStartLine()));
    }

    @Test
    void meetingLineBrokenAfterTheTerm() {
        Read r = read("""
                政府工作报告
                ——2026年1月26日在示例省第十四届
                人民代表大会第五次会议上
                示例省省长 钱立行
                各位代表：
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("示例省第十四届人民代表大会第五次会议", h.meeting()),
            () -> assertEquals("示例省", h.region()),
            () -> assertEquals(Level.PROVINCE, h.level()),
            () -> assertEquals("省长", h.speakerTitle()),
            () -> assertEquals("钱立行", h.speaker()),
            () -> assertEquals(4, h.bodyStartLine()));
    }

    @Test
    void fourHyphenPrefixAndCounty() {
        Read r = read("""
                政 府 工 作 报 告\r
                \r
                ----2012年2月29日在示例县第十三届人民代表大会第六次会议上\r
                \r
                示例县人民政府县长\u3000\u3000赵德明\r
                \r
                \u3000\u3000各位代表：\r
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals(LocalDate.of(2012, 2, 29), h.date()),
            () -> assertEquals("示例县第十三届人民代表大会第六次会议", h.meeting()),
            () -> assertEquals("示例县", h.region()),
            () -> assertEquals(Level.COUNTY, h.level()),
            () -> assertEquals("县长", h.speakerTitle()),
            () -> assertEquals("赵德明", h.speaker()));
    }

    @Test
    void nationalForm() {
        Read r = read("""
                **政府工作报告**
                ——2031年3月6日在第十六届全国人民代表大会第二次会议上

                国务院总理\u3000王明远

                各位代表：
                现在，我代表国务院，向本次大会作报告，请审议。
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("政府工作报告", h.title()),
            () -> assertEquals("中国", h.region()),
            () -> assertEquals(Level.NATIONAL, h.level()),
            () -> assertEquals(LocalDate.of(2031, 3, 6), h.date()),
            () -> assertEquals("国务院总理", h.speakerTitle()),
            () -> assertEquals("王明远", h.speaker()),
            () -> assertEquals("第十六届全国人民代表大会第二次会议", h.meeting()),
            () -> assertEquals(5, h.bodyStartLine()),
            () -> assertEquals(List.of(), r.problems()));
    }

    @Test
    void nationalFormWithTitleAndOfficeBrokenOverLines() {
        Read r = read("""
                政府工作报
                告

                （文字实录）

                ——2033年3月7日在第十六届全国人民代表大会第四次会议上

                国务院总理
                \u3000王\u3000明远

                各位代表：
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("政府工作报告", h.title()),
            () -> assertEquals("国务院总理", h.speakerTitle()),
            () -> assertEquals("王明远", h.speaker()),
            () -> assertEquals(Level.NATIONAL, h.level()),
            () -> assertEquals(10, h.bodyStartLine()));
    }

    @Test
    void titleSuffixKeptAsWritten() {
        Read r = read("""
                政府工作报告（文字实录）

                ——2032年5月21日在第十六届全国人民代表大会第三次会议上

                国务院总理 王明远

                （根据直播整理）

                各位代表：
                """);
        assertEquals("政府工作报告（文字实录）", r.header().title());
        assertEquals(LocalDate.of(2032, 5, 21), r.header().date());
    }

    @Test
    void autonomousRegionIsAProvince() {
        Read r = read("""
                2025年示例自治区政府工作报告
                ——2025年1月20日在示例自治区第十二届人民代表大会第三次会议上
                来源：示例日报
                时间：2025-01-25
                自治区人民政府主席 王明远
                自治区人民政府主席王明远作政府工作报告。本报记者 李四 摄
                各位代表：
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("2025年示例自治区政府工作报告", h.title()),
            () -> assertEquals(2025, h.titleYear()),
            () -> assertEquals("示例自治区", h.region()),
            () -> assertEquals(Level.PROVINCE, h.level()),
            () -> assertEquals(LocalDate.of(2025, 1, 20), h.date()),
            () -> assertEquals("主席", h.speakerTitle()),
            () -> assertEquals("王明远", h.speaker()),
            () -> assertEquals(6, h.bodyStartLine()));
    }

    @Test
    void actingChairman() {
        Read r = read("""
                2025年示例政府工作报告
                来源：示例日报
                ——2025年1月19日在示例自治区第十二届人民代表大会第三次会议上
                示例自治区代理主席 李思齐
                各位代表：
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("代理主席", h.speakerTitle()),
            () -> assertEquals("李思齐", h.speaker()),
            () -> assertEquals("示例自治区", h.region()),
            () -> assertEquals(Level.PROVINCE, h.level()));
    }

    @Test
    void actingOfficeInASentence() {
        Read r = read("""
                2025年示例省政府工作报告
                来源：示例日报
                2025年1月16日在示例省第十四届人民代表大会第三次会议上示例省人民政府代省长郑一鸣作政府工作报告。
                各位代表：
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("2025年示例省政府工作报告", h.title()),
            () -> assertEquals("代省长", h.speakerTitle()),
            () -> assertEquals("郑一鸣", h.speaker()),
            () -> assertEquals("示例省", h.region()),
            () -> assertEquals(LocalDate.of(2025, 1, 16), h.date()),
            () -> assertEquals("示例省第十四届人民代表大会第三次会议", h.meeting()));
    }

    @Test
    void nameOnlySpeakerLine() {
        Read r = read("""
                2022年12月29日在示例市第七届人民代表大会第二次会议上

                陈思远

                """ + BODY);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("陈思远", h.speaker()),
            () -> assertNull(h.speakerTitle()),
            () -> assertEquals(LocalDate.of(2022, 12, 29), h.date()),
            () -> assertEquals("示例市", h.region()),
            () -> assertEquals(Level.CITY, h.level()),
            () -> assertNull(h.title()));
        assertEquals(1, r.count(ReportProblem.Type.MISSING_METADATA));
        assertTrue(r.problems().get(0).message().contains("title"));
    }

    @Test
    void residueDatesAreNotTheDeliveryDate() {
        Read r = read("""
                2018年区政府工作报告

                索引号: 000-TEST-2018 发布机构: 政府办
                已阅读: 0 更新时间: 2018-04-04
                区五届人大三次会议(14A

                政府工作报告

                ——2018年3月21日在示例市示例区第五届人民代表大会

                第三次会议上

                示例市示例区区长\u00A0 李\u00A0 一

                各位代表:
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("政府工作报告", h.title()),
            () -> assertEquals(2018, h.titleYear()),
            () -> assertEquals(LocalDate.of(2018, 3, 21), h.date()),
            () -> assertEquals("示例市示例区第五届人民代表大会第三次会议", h.meeting()),
            () -> assertEquals("示例市示例区", h.region()),
            () -> assertEquals(Level.COUNTY, h.level()),
            () -> assertEquals("李一", h.speaker()),
            () -> assertEquals(14, h.bodyStartLine()));
    }

    @Test
    void titleAndDateOnOneLineAndPaddedPublicationDate() {
        Read r = read("""
                政府工作报告  ——2020年1月16日在示例省第六届人民代表大会第三次会议上

                示例省省长 沈一舟  2020年01月22日

                各位代表：
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("政府工作报告", h.title()),
            () -> assertEquals(LocalDate.of(2020, 1, 16), h.date()),
            () -> assertEquals("沈一舟", h.speaker()),
            () -> assertEquals("示例省", h.region()));
    }

    @Test
    void meetingWithoutDi() {
        Read r = read("""
                2012年示例自治区政府工作报告

                2012年1月10日在示例自治区十一届人民代表大会第五次会议上

                各位代表:
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("示例自治区十一届人民代表大会第五次会议", h.meeting()),
            () -> assertEquals("示例自治区", h.region()),
            () -> assertEquals(Level.PROVINCE, h.level()),
            () -> assertEquals(2012, h.titleYear()));
    }

    @Test
    void cityNamesEndingInZhouAreCities() {
        // 州 ends the first half of many city names; only a parent's name before a 市 makes a county-level city
        Read city = read("——2021年1月5日在云州市第九届人民代表大会第一次会议上\n各位代表：\n");
        assertEquals("云州市", city.header().region());
        assertEquals(Level.CITY, city.header().level());
        Read county = read("——2021年1月5日在示例盟二连示例市第九届人民代表大会第一次会议上\n各位代表：\n");
        assertEquals(Level.COUNTY, county.header().level());
        Read municipality = read("——2021年1月5日在上海市第九届人民代表大会第一次会议上\n各位代表：\n");
        assertEquals(Level.PROVINCE, municipality.header().level());
    }

    @Test
    void chineseNumeralDate() {
        Read r = read("""
                政府工作报告
                ——一九八五年五月二十日在示例省第六届人民代表大会第三次会议上
                示例省省长 方一平
                各位代表:
                """);
        assertEquals(LocalDate.of(1985, 5, 20), r.header().date());
    }

    @Test
    void noHeaderAtAll() {
        Read r = read("""
                各位代表：

                过去一年，我们面对复杂形势，完成了全年主要目标任务。
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals(0, h.bodyStartLine()),
            () -> assertNull(h.title()),
            () -> assertNull(h.region()),
            () -> assertNull(h.level()),
            () -> assertNull(h.date()),
            () -> assertNull(h.speaker()),
            () -> assertNull(h.speakerTitle()),
            () -> assertNull(h.meeting()),
            () -> assertNull(h.titleYear()));
        // a missing region is the region step's to report (RegionPlaces), after the header
        assertEquals(4, r.count(ReportProblem.Type.MISSING_METADATA));
        assertEquals(0, r.count(ReportProblem.Type.NO_BODY_START));
        for (String field : List.of("title", "date", "speaker", "meeting")) {
            assertTrue(r.problems().stream().anyMatch(p -> p.message().contains(field)), field);
        }
    }

    @Test
    void noHeaderButTheFirstSentenceNamesTheGovernment() {
        Read r = read("""
                各位代表：

                现在，我代表国务院，向本次大会作报告，请审议。
                """);
        assertEquals("中国", r.header().region());
        assertEquals(Level.NATIONAL, r.header().level());
        assertEquals(0, r.header().bodyStartLine());
    }

    @Test
    void noBodyOpening() {
        Read r = read("""
                过去一年，我们面对复杂形势，完成了全年主要目标任务。
                今年要继续推动高质量发展。
                """);
        assertEquals(0, r.header().bodyStartLine());
        assertEquals(1, r.count(ReportProblem.Type.NO_BODY_START));
        assertEquals(4, r.count(ReportProblem.Type.MISSING_METADATA), "title, date, speaker, meeting: the region is reported after");
    }

    @Test
    void aFirstPartBeforeAnyAddressOpensTheBody() {
        // no 各位代表： opening: the first 各位代表 stands inside the review, so the body starts at its heading
        Read r = read("""
                政府工作报告

                （2026年1月20日在示例市第九届人民代表大会第三次会议上）

                **一、2025年工作回顾**

                过去一年，全市生产总值增长5.1%。

                各位代表！成绩来之不易。

                **二、2026年工作安排**
                """);
        assertEquals(4, r.header().bodyStartLine());
        assertEquals(0, r.count(ReportProblem.Type.NO_BODY_START));
        assertEquals("示例市第九届人民代表大会第三次会议", r.header().meeting());
        // a table of contents before the address is no part
        Read contents = read("""
                政府工作报告

                一、2025年工作回顾……………1

                各位代表：

                一、2025年工作回顾
                """);
        assertEquals(4, contents.header().bodyStartLine());
    }

    @Test
    void noBodyOpeningButAHeader() {
        Read r = read("""
                示 例 市
                市 长 施 政 报 告
                示例市议会第 1 届第 1 次定期会
                市长 胡一帆
                壹、前言
                本市的发展，走到了新的起点。
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertEquals("市长施政报告", h.title()),
            () -> assertEquals("示例市", h.region()),
            () -> assertEquals(Level.CITY, h.level()),
            () -> assertEquals("市长", h.speakerTitle()),
            () -> assertEquals("胡一帆", h.speaker()),
            () -> assertEquals("示例市议会第1届第1次定期会", h.meeting()),
            () -> assertEquals(4, h.bodyStartLine()));
        assertEquals(1, r.count(ReportProblem.Type.NO_BODY_START));
    }

    @Test
    void sessionNamedInPassingGivesNoRegionNorMeeting() {
        Read r = read("""
                各位代表：

                现在，我代表市人民政府向大会报告工作。过去一年，我们完成了市十四届人大二次会议确定的各项任务。

                认真贯彻执行省十届人大五次会议精神。
                """);
        MetadataReader.Header h = r.header();
        assertAll(
            () -> assertNull(h.region()),
            () -> assertNull(h.meeting()),
            () -> assertEquals(Level.CITY, h.level()));
    }

    @Test
    void emptyText() {
        Read r = read("");
        assertEquals(0, r.header().bodyStartLine());
        assertEquals(1, r.count(ReportProblem.Type.NO_BODY_START));
    }

    @Test
    void longLinesOfNearMissesAreRead() {
        // a header-less text whose first lines are huge and full of near-misses (the scans are bounded, so
        // this stays linear; speed is measured by the JMH benchmarks, not asserted here)
        String line = "第十届人民代表".repeat(50_000) + "\n" + "届".repeat(100_000) + "\n" + "市长".repeat(100_000) + "\n"
            + "2020年".repeat(100_000) + "\n" + "十".repeat(100_000) + "届人大" + "\n各位代表：\n";
        Read r = read(line);
        assertEquals(5, r.header().bodyStartLine());
    }

    // ------------------------------------------------------------------------------------------------
    // Corpus

    /** Reports whose header, YAML title and first sentences name no region (survey §3.4). */
    private static final Set<String> NO_REGION = Set.of(
        "province-zhejiang-1985.txt",   // only 省 in the meeting sentence and 我代表省人民政府
        "province-xianggang-2025.txt"); // DocBook; no meeting, no speaker line, title 行政長官…施政報告

    /** Reports the survey (§2.1, §3) says have no title, date, speaker or meeting in their header. */
    private static final Set<String> NO_HEADER = Set.of(
        "national-zhongguo-2010.txt", "national-zhongguo-2017.txt", "national-zhongguo-2019.txt",
        "national-zhongguo-2025.txt", "city-hefei-2008.txt", "province-zhejiang-1985.txt");

    /** Spot checks from the survey's tables: delivery dates. */
    private static final Map<String, LocalDate> DATES = Map.of(
        "city-yiyang-2023.txt", LocalDate.of(2022, 12, 29),
        "province-hainan-2020.txt", LocalDate.of(2020, 1, 16),
        "county-taiyuan-yingze-2018.txt", LocalDate.of(2018, 3, 21),
        "city-lasa-2003.txt", LocalDate.of(2003, 4, 1),
        "province-guangdong-2026.txt", LocalDate.of(2026, 1, 26),
        "city-wulumuqi-2022.txt", LocalDate.of(2022, 1, 9),
        "province-jiangxi-2026.txt", LocalDate.of(2026, 1, 27),
        "province-sichuan-2026.txt", LocalDate.of(2026, 2, 3));

    /** Spot checks from the survey's tables: offices (§3.3). */
    private static final Map<String, String> OFFICES = Map.of(
        "province-hubei-2025.txt", "代省长",
        "county-hailaer-2019.txt", "代区长",
        "province-xizang-2025.txt", "代理主席",
        "city-liangshan-2021.txt", "州长",
        "province-neimenggu-2026.txt", "主席",
        "national-zhongguo-2024.txt", "国务院总理",
        "national-zhongguo-2021.txt", "国务院总理",
        "national-zhongguo-2015.txt", "国务院总理");

    /** The corpus names each file after its level: city-, county-, national-, province-. */
    private static final Map<String, Level> LEVELS = Map.of(
        "national", Level.NATIONAL, "province", Level.PROVINCE, "city", Level.CITY, "county", Level.COUNTY);

    @Test
    void corpus() throws IOException {
        List<Path> files = Corpus.reports(); // skips the test where the corpus is absent
        Assumptions.assumeTrue(!files.isEmpty(), "corpus folder is empty");
        StringBuilder table = new StringBuilder(
            "| file | title | region | level | date | speakerTitle | speaker | meeting | titleYear | body |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Read r = read(Files.readString(file, StandardCharsets.UTF_8));
            MetadataReader.Header h = r.header();
            table.append("| ").append(name.replace(".txt", "")).append(" | ").append(h.title()).append(" | ")
                .append(h.region()).append(" | ").append(h.level()).append(" | ").append(h.date()).append(" | ")
                .append(h.speakerTitle()).append(" | ").append(h.speaker()).append(" | ").append(h.meeting())
                .append(" | ").append(h.titleYear()).append(" | ").append(h.bodyStartLine() + 1).append(" |\n");
            if (!NO_REGION.contains(name) && h.region() == null) {
                failures.add(name + ": no region");
            }
            if (h.level() == null) {
                failures.add(name + ": no level");
            }
            if (!NO_HEADER.contains(name) && !name.contains("xianggang") && h.title() == null && h.speaker() == null) {
                failures.add(name + ": neither title nor speaker");
            }
            if (DATES.containsKey(name) && !DATES.get(name).equals(h.date())) {
                failures.add(name + ": date " + h.date() + ", expected " + DATES.get(name));
            }
            if (OFFICES.containsKey(name) && !OFFICES.get(name).equals(h.speakerTitle())) {
                failures.add(name + ": office " + h.speakerTitle() + ", expected " + OFFICES.get(name));
            }
            Level expected = LEVELS.get(name.substring(0, name.indexOf('-')));
            if (expected != h.level()) {
                failures.add(name + ": level " + h.level() + ", expected " + expected);
            }
            if (name.startsWith("national-") && !"中国".equals(h.region())) {
                failures.add(name + ": region " + h.region() + ", expected 中国");
            }
            boolean opens = !name.contains("taoyuan") && !name.contains("xianggang");
            if (opens != (r.count(ReportProblem.Type.NO_BODY_START) == 0)) {
                failures.add(name + ": NO_BODY_START " + r.count(ReportProblem.Type.NO_BODY_START));
            }
            assertNotNull(h);
        }
        System.out.println(table);
        assertEquals(List.of(), failures);
    }
}
