package io.github.govreport.model.json;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Change;
import io.github.govreport.core.Fraction;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Span;
import io.github.govreport.core.Unit;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Annotation;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.NoTarget;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.model.Target;
import io.github.govreport.model.Task;
import io.github.govreport.model.YearSpan;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the model as JSON, field by field and in a fixed order; the shapes are documented on {@link
 * GovReportModule}. Every exact number is written as a JSON string in plain notation, never as a JSON
 * number, so no mapper setting can turn {@code 16600} into {@code 1.66E+4} or round it.
 */
final class ModelWriter {

    private final boolean lossless;

    ModelWriter(boolean lossless) {
        this.lossless = lossless;
    }

    void report(JsonGenerator g, Report r) {
        g.writeStartObject();
        g.writeName("metadata");
        metadata(g, r.metadata());
        g.writeName("sections");
        g.writeStartArray();
        for (Section s : r.sections()) {
            section(g, s);
        }
        g.writeEndArray();
        g.writeName("indicators");
        g.writeStartArray();
        for (Indicator i : r.indicators()) {
            indicator(g, i);
        }
        g.writeEndArray();
        g.writeName("targets");
        targets(g, r.targets());
        g.writeName("tasks");
        g.writeStartArray();
        for (Task t : r.tasks()) {
            task(g, t);
        }
        g.writeEndArray();
        g.writeName("annotations");
        g.writeStartArray();
        for (Annotation a : r.annotations()) {
            annotation(g, a);
        }
        g.writeEndArray();
        g.writeName("noTargets");
        g.writeStartArray();
        for (NoTarget t : r.noTargets()) {
            noTarget(g, t);
        }
        g.writeEndArray();
        if (lossless) {
            g.writeName("values");
            g.writeStartArray();
            for (ValueMention m : r.values()) {
                mention(g, m);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    void metadata(JsonGenerator g, Metadata m) {
        g.writeStartObject();
        g.writeStringProperty("title", m.title());
        g.writeStringProperty("region", m.region());
        g.writeStringProperty("regionCode", m.regionCode());
        g.writeStringProperty("level", m.level() == null ? null : m.level().name());
        if (m.year() == null) {
            g.writeNullProperty("year");
        } else {
            g.writeNumberProperty("year", m.year().intValue());
        }
        g.writeStringProperty("reviewYear", yearSpan(m.reviewYear()));
        g.writeStringProperty("date", m.date() == null ? null : m.date().toString());
        g.writeStringProperty("speaker", m.speaker());
        g.writeStringProperty("speakerTitle", m.speakerTitle());
        g.writeStringProperty("meeting", m.meeting());
        g.writeEndObject();
    }

    void section(JsonGenerator g, Section s) {
        g.writeStartObject();
        g.writeStringProperty("title", s.title());
        g.writeNumberProperty("level", s.level());
        spanFields(g, s.span());
        g.writeName("sections");
        g.writeStartArray();
        for (Section child : s.sections()) {
            section(g, child);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    void indicator(JsonGenerator g, Indicator i) {
        g.writeStartObject();
        g.writeStringProperty("name", i.name());
        g.writeStringProperty("concept", i.concept());
        nullableMention(g, "value", i.value());
        nullableMention(g, "change", i.change());
        g.writeStringProperty("period", yearSpan(i.period()));
        spanFields(g, i.span());
        g.writeEndObject();
    }

    void target(JsonGenerator g, Target t) {
        g.writeStartObject();
        g.writeStringProperty("name", t.name());
        g.writeStringProperty("concept", t.concept());
        nullableMention(g, "value", t.value());
        nullableMention(g, "change", t.change());
        g.writeStringProperty("period", yearSpan(t.period()));
        spanFields(g, t.span());
        g.writeBooleanProperty("headline", t.headline());
        g.writeBooleanProperty("stretch", t.stretch());
        g.writeStringProperty("sense", t.sense() == null ? null : t.sense().name());
        g.writeEndObject();
    }

    void task(JsonGenerator g, Task t) {
        g.writeStartObject();
        g.writeStringProperty("title", t.title());
        g.writeStringProperty("section", t.section());
        spanFields(g, t.span());
        if (lossless) {
            g.writeName("targets");
            targets(g, t.targets());
        }
        g.writeEndObject();
    }

    void annotation(JsonGenerator g, Annotation a) {
        g.writeStartObject();
        g.writeStringProperty("term", a.term());
        g.writeStringProperty("definition", a.definition());
        spanFields(g, a.span());
        g.writeName("references");
        g.writeStartArray();
        for (Span s : a.references()) {
            span(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    void noTarget(JsonGenerator g, NoTarget t) {
        g.writeStartObject();
        g.writeStringProperty("measure", t.measure());
        spanFields(g, t.span());
        g.writeEndObject();
    }

    /**
     * A mention: {@code start, end, text, kind, change, value, low, high, unit, dimension, qualifier}, and
     * in lossless mode {@code basis} and {@code fraction} (or {@code lowFraction, highFraction}) where they
     * apply.
     */
    void mention(JsonGenerator g, ValueMention m) {
        g.writeStartObject();
        spanFields(g, m.span());
        g.writeStringProperty("text", m.text());
        valueFields(g, m.value());
        g.writeEndObject();
    }

    /** A value on its own: the mention object without {@code start, end, text}. */
    void value(JsonGenerator g, Value v) {
        g.writeStartObject();
        valueFields(g, v);
        g.writeEndObject();
    }

    /** An amount on its own: {@code kind, value, low, high, unit, dimension} and, lossless, the fractions. */
    void amount(JsonGenerator g, Amount a) {
        g.writeStartObject();
        g.writeStringProperty("kind", a.kind().name());
        amountFields(g, a);
        losslessFraction(g, a);
        g.writeEndObject();
    }

    void change(JsonGenerator g, Change c) {
        g.writeStartObject();
        g.writeStringProperty("direction", c.direction().name());
        g.writeStringProperty("basis", c.basis());
        g.writeEndObject();
    }

    void unit(JsonGenerator g, Unit u) {
        g.writeStartObject();
        g.writeStringProperty("symbol", u.symbol());
        g.writeStringProperty("dimension", u.dimension().name());
        g.writeEndObject();
    }

    void span(JsonGenerator g, Span s) {
        g.writeStartObject();
        spanFields(g, s);
        g.writeEndObject();
    }

    static String yearSpan(YearSpan y) {
        return y == null ? null : y.toString();
    }

    private void targets(JsonGenerator g, List<Target> targets) {
        g.writeStartArray();
        for (Target t : targets) {
            target(g, t);
        }
        g.writeEndArray();
    }

    private void nullableMention(JsonGenerator g, String name, ValueMention m) {
        g.writeName(name);
        if (m == null) {
            g.writeNull();
        } else {
            mention(g, m);
        }
    }

    private static void spanFields(JsonGenerator g, Span s) {
        g.writeNumberProperty("start", s.start());
        g.writeNumberProperty("end", s.end());
    }

    private void valueFields(JsonGenerator g, Value v) {
        Amount a = v.amount();
        Change c = v.change();
        g.writeStringProperty("kind", a.kind().name());
        g.writeStringProperty("change", c == null ? null : c.direction().name());
        amountFields(g, a);
        g.writeStringProperty("qualifier", v.qualifier().name());
        if (lossless && c != null && c.basis() != null) {
            g.writeStringProperty("basis", c.basis());
        }
        losslessFraction(g, a);
    }

    /** {@code value, low, high, unit, dimension}. */
    private static void amountFields(JsonGenerator g, Amount a) {
        if (a instanceof Range r) {
            g.writeNullProperty("value");
            g.writeStringProperty("low", number(r.low()));
            g.writeStringProperty("high", number(r.high()));
        } else {
            g.writeStringProperty("value", number(a));
            g.writeNullProperty("low");
            g.writeNullProperty("high");
        }
        Unit u = a.unit();
        g.writeStringProperty("unit", u == null ? null : u.symbol());
        g.writeStringProperty("dimension", u == null ? null : u.dimension().name());
    }

    /** Lossless only: the exact {@code n/d} of a fraction, or of both ends of a range of fractions. */
    private void losslessFraction(JsonGenerator g, Amount a) {
        if (!lossless) {
            return;
        }
        if (a instanceof Fraction f) {
            g.writeStringProperty("fraction", fraction(f));
        } else if (a instanceof Range r && r.low() instanceof Fraction low && r.high() instanceof Fraction high) {
            g.writeStringProperty("lowFraction", fraction(low));
            g.writeStringProperty("highFraction", fraction(high));
        }
    }

    private static String fraction(Fraction f) {
        return f.numerator() + "/" + f.denominator();
    }

    /** The string form of one end: the plain decimal of a scalar, the ISO form of a date. */
    static String number(Amount a) {
        if (a instanceof Scalar s) {
            return s.value().toPlainString();
        }
        if (a instanceof CalendarDate d) {
            return d.toIsoString();
        }
        throw new IllegalArgumentException("a range end cannot be a range: " + a);
    }
}
