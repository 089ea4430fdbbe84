package io.github.govreport.examples;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Change;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Unit;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's indicators and targets as CSV rows for a spreadsheet (RFC 4180: fields separated by
 * commas, quoted with {@code "} when they hold a comma, a quote or a line break, lines ended by CR LF).
 * Used by {@code govreport summary --csv} and the {@code FolderToCsv} tutorial.
 *
 * <p>Columns, {@link #HEADER}: {@code type} ({@code indicator} or {@code target}), {@code name}, {@code
 * concept} (the catalogued indicator the measure is, such as {@code gdp}; empty when none), {@code period}
 * ({@code 2025} or {@code 2021-2025}, empty when unknown); then for the level and for the change each:
 * the number as an exact decimal string (see {@link #number}), its unit ({@code 元}, {@code %}), its kind
 * ({@code QUANTITY}, {@code PERCENT}, {@code POINTS} …) and its qualifier ({@code EXACT}, {@code APPROX},
 * {@code AT_LEAST} …), all empty when the measure has no level or no change; last {@code headline} and
 * {@code stretch} ({@code true}/{@code false} for a target, empty for an indicator). So {@code 5.5%左右},
 * {@code 1200万人以上} and {@code 提高0.5个百分点} keep what they mean.
 */
public final class MeasureCsv {

    /** The header row's fields. */
    public static final List<String> HEADER = List.of("type", "name", "concept", "period",
            "value", "value_unit", "value_kind", "value_qualifier",
            "change", "change_unit", "change_kind", "change_qualifier", "headline", "stretch");

    /** The line end of RFC 4180. */
    public static final String CRLF = "\r\n";

    private MeasureCsv() {}

    /**
     * The rows of a report, without the header: its indicators, then its targets, in report order.
     *
     * @param report the report
     * @return one list of {@link #HEADER}'s size per indicator and per target
     */
    public static List<List<String>> rows(Report report) {
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : report.indicators()) {
            rows.add(row("indicator", i.name(), i.concept(), i.period(), i.value(), i.change(), "", ""));
        }
        for (Target t : report.targets()) {
            rows.add(row("target", t.name(), t.concept(), t.period(), t.value(), t.change(),
                    Boolean.toString(t.headline()), Boolean.toString(t.stretch())));
        }
        return rows;
    }

    private static List<String> row(String type, String name, String concept, YearSpan period, ValueMention value,
            ValueMention change, String headline, String stretch) {
        List<String> row = new ArrayList<>(List.of(type, name, concept == null ? "" : concept, period == null ? "" : period.toString()));
        row.addAll(describe(value));
        row.addAll(describe(change));
        row.add(headline);
        row.add(stretch);
        return row;
    }

    /** A mention's number, unit, kind and qualifier; four empty fields for null. */
    private static List<String> describe(ValueMention m) {
        if (m == null) {
            return List.of("", "", "", "");
        }
        Unit u = m.value().amount().unit();
        return List.of(number(m), u == null ? "" : u.symbol(), m.value().kind().name(), m.value().qualifier().name());
    }

    /**
     * A mention's number as an exact decimal string in plain notation: {@code 35670000000} for {@code
     * 356.7亿元}, {@code 6.5} for {@code 增长6.5%}, negative for a change down ({@code -2.3} for {@code
     * 下降2.3%}), {@code low-high} for a range ({@code 5-10} for {@code 5-10家}), the ISO form for a date.
     * The qualifier ({@code 左右}, {@code 以上}) is not in it.
     *
     * @param mention a mention, or null
     * @return its number, or the empty string for null
     */
    public static String number(ValueMention mention) {
        if (mention == null) {
            return "";
        }
        Change change = mention.value().change();
        String sign = change != null && change.direction() == Direction.DOWN ? "-" : "";
        Amount amount = mention.value().amount();
        if (amount instanceof Range r) {
            return end(r.low(), sign) + "-" + end(r.high(), sign);
        }
        return end(amount, sign);
    }

    private static String end(Amount amount, String sign) {
        if (amount instanceof Scalar s) {
            String plain = s.value().toPlainString();
            return s.value().signum() == 0 ? plain : sign + plain;
        }
        if (amount instanceof CalendarDate d) {
            return d.toIsoString();
        }
        throw new IllegalArgumentException("a range end cannot be a range: " + amount);
    }

    /**
     * One CSV line: the fields quoted where RFC 4180 needs it, joined by commas, ended by CR LF.
     *
     * @param fields the fields
     * @return the line
     */
    public static String line(List<String> fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(field(fields.get(i)));
        }
        return s.append(CRLF).toString();
    }

    /**
     * One field, quoted when it holds a comma, a double quote, CR or LF; a quote inside is doubled.
     *
     * @param field the text
     * @return the field as written in a CSV line
     */
    public static String field(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
