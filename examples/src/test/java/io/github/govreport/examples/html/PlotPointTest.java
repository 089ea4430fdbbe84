package io.github.govreport.examples.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Kind;
import io.github.govreport.model.panel.Panel;
import io.github.govreport.model.panel.PanelRow;
import io.github.govreport.model.panel.PanelSource;
import io.github.govreport.parser.ReportParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a panel row puts on a chart: shapes, directions, signs and scales, on invented reports. */
class PlotPointTest {

    static final ReportParser PARSER = ReportParser.builder().build();

    /** A plan for 2025 and the report that reviews 2025; every figure invented. */
    static final String PLAN = "政府工作报告\n\n——2025年1月10日在海盐县第二届人民代表大会第三次会议上\n\n各位代表：\n\n"
            + "2024年工作回顾\n\n全县地区生产总值增长5.1%。\n\n2025年工作安排\n\n"
            + "全县今年的主要预期目标是：地区生产总值增长5%-5.5%；城镇新增就业3000人以上；城镇调查失业率5.5%以内；"
            + "单位地区生产总值能耗下降3%以上；居民消费价格涨幅2%左右。\n";
    static final String REVIEW = "政府工作报告\n\n——2026年1月12日在海盐县第二届人民代表大会第四次会议上\n\n各位代表：\n\n"
            + "2025年工作回顾\n\n全县地区生产总值增长5.2%；城镇新增就业3300人；城镇调查失业率5.1%；"
            + "单位地区生产总值能耗下降2.5%；居民消费价格上涨1.5%。\n\n2026年工作安排\n\n全县今年的主要预期目标是：地区生产总值增长5%左右。\n";

    static PlotPoint point(String concept) {
        List<PanelSource> sources = new ArrayList<>();
        sources.add(new PanelSource("plan", PARSER.parse(PLAN)));
        sources.add(new PanelSource("review", PARSER.parse(REVIEW)));
        for (PanelRow row : Panel.of(sources)) {
            if (row.year() == 2025 && concept.equals(row.concept())) {
                return PlotPoint.of(row);
            }
        }
        throw new AssertionError("no 2025 row for " + concept);
    }

    @Test
    void aRangeIsABandBetweenItsEnds() {
        PlotPoint p = point("gdp");
        assertEquals(PlotPoint.Shape.RANGE, p.shape());
        assertEquals(new BigDecimal("5"), p.low());
        assertEquals(new BigDecimal("5.5"), p.high());
        assertEquals(new BigDecimal("5.2"), p.outcome());
        assertTrue(p.outcomeOnScale());
        assertEquals(Kind.PERCENT, p.scale().kind());
    }

    @Test
    void aFloorIsReachedUpwardsAndACeilingDownwards() {
        PlotPoint jobs = point("urban-new-jobs");
        assertEquals(PlotPoint.Shape.LINE, jobs.shape());
        assertTrue(jobs.up());
        assertEquals(0, new BigDecimal("3000").compareTo(jobs.low()));
        assertEquals(0, new BigDecimal("3300").compareTo(jobs.outcome()));
        assertEquals("人", jobs.scale().unit().symbol());
        PlotPoint unemployment = point("surveyed-unemployment-rate");
        assertEquals(PlotPoint.Shape.LINE, unemployment.shape());
        assertFalse(unemployment.up());
    }

    @Test
    void aFallIsNegativeAndALargerFallReachesIt() {
        PlotPoint energy = point("energy-intensity");
        assertEquals(new BigDecimal("-3"), energy.low());
        assertEquals(new BigDecimal("-2.5"), energy.outcome());
        assertFalse(energy.up(), "下降3%以上 is reached by falling further");
    }

    @Test
    void anApproximateRateOfGrowthIsASoftBandAgainstTheRise() {
        PlotPoint cpi = point("cpi");
        assertEquals(PlotPoint.Shape.APPROX, cpi.shape());
        assertEquals(new BigDecimal("2"), cpi.low());
        assertEquals(new BigDecimal("1.5"), cpi.outcome());
        assertTrue(cpi.outcomeOnScale());
    }

    @Test
    void aTargetWithoutOutcomeHasNoOutcomeNumber() {
        List<PanelSource> sources = List.of(new PanelSource("review", PARSER.parse(REVIEW)));
        PanelRow row = Panel.of(sources).get(0);
        PlotPoint p = PlotPoint.of(row);
        assertEquals(2026, row.year());
        assertEquals(PlotPoint.Shape.APPROX, p.shape());
        assertNull(p.outcome());
        assertFalse(p.outcomeOnScale());
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(new BigDecimal("0.2"), PanelChart.niceStep(new BigDecimal("0.125")));
        assertEquals(new BigDecimal("1"), PanelChart.niceStep(new BigDecimal("1")));
        assertEquals(new BigDecimal("5E+2"), PanelChart.niceStep(new BigDecimal("250.1")));
        assertEquals(new BigDecimal("1E+1"), PanelChart.niceStep(new BigDecimal("5.01")));
    }
}
