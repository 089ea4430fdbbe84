package io.github.govreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A no-target statement and the report's list of them. */
class NoTargetTest {

    /** Invented: 不设定年度经济增长具体目标. */
    static final String TEXT = "今年不设定年度经济增长具体目标。";

    @Test
    void keepsMeasureAndSpan() {
        Span span = new Span(2, 15);
        NoTarget t = new NoTarget("经济增长", span);
        assertEquals("经济增长", t.measure());
        assertEquals(span, t.span());
        assertEquals("不设定年度经济增长具体目标", TEXT.substring(t.span().start(), t.span().end()));
    }

    @Test
    void rejectsNulls() {
        NullPointerException m = assertThrows(NullPointerException.class, () -> new NoTarget(null, new Span(0, 1)));
        assertTrue(m.getMessage().startsWith("measure"), m.getMessage());
        NullPointerException s = assertThrows(NullPointerException.class, () -> new NoTarget("经济增速", null));
        assertTrue(s.getMessage().startsWith("span"), s.getMessage());
    }

    @Test
    void reportCopiesNoTargetsAndTheOldConstructorGivesNone() {
        List<NoTarget> list = new ArrayList<>(List.of(new NoTarget("经济增长", new Span(2, 15))));
        Report r = new Report(Metadata.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), list);
        list.clear();
        assertEquals(List.of(new NoTarget("经济增长", new Span(2, 15))), r.noTargets());
        assertThrows(UnsupportedOperationException.class, () -> r.noTargets().clear());

        Report old = new Report(Metadata.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of(), old.noTargets());
        assertThrows(NullPointerException.class,
                () -> new Report(Metadata.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null));
    }
}
