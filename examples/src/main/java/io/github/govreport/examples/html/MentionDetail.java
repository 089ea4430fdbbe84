package io.github.govreport.examples.html;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Change;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;

/**
 * What a page tells about one value mention: its normalized number (as {@code govreport values} writes
 * it: an exact decimal without the magnitude, {@code 16600} for {@code 1.66万}; a range's ends; an ISO
 * date), its unit, qualifier and change, a one-line summary for a reader, and a short cue that says the
 * kind without colour ({@code %}, {@code #}, {@code ▲} for a rise).
 *
 * @param kind the kind of the amount
 * @param value the exact number or ISO date, or for a range its ends joined by {@code ~}
 * @param unit the unit's symbol, or null
 * @param qualifier the qualifier
 * @param change the change's direction and basis ({@code UP 同比}), or null for a level
 */
public record MentionDetail(Kind kind, String value, String unit, String qualifier, String change) {

    /**
     * The details of a mention.
     *
     * @param m the mention
     * @return its details
     */
    public static MentionDetail of(ValueMention m) {
        Value v = m.value();
        Amount a = v.amount();
        String number = a instanceof Range r ? number(r.low()) + "~" + number(r.high()) : number(a);
        Change c = v.change();
        String change = c == null ? null : c.direction().name() + (c.basis() == null ? "" : " " + c.basis());
        return new MentionDetail(a.kind(), number, a.unit() == null ? null : a.unit().symbol(), v.qualifier().name(), change);
    }

    /** The exact number of an amount (its plain decimal), or a date in ISO form. */
    static String number(Amount a) {
        if (a instanceof Scalar s) {
            return s.value().toPlainString();
        }
        return ((CalendarDate) a).toIsoString();
    }

    /**
     * The line a reader sees on hover or focus: {@code 6.5 % · change UP 同比 · qualifier EXACT · PERCENT}.
     *
     * @return the summary
     */
    public String summary() {
        StringBuilder s = new StringBuilder(value);
        if (unit != null) {
            s.append(' ').append(unit);
        }
        s.append(" · ").append(change == null ? "level" : "change " + change);
        s.append(" · qualifier ").append(qualifier);
        return s.append(" · ").append(kind.name()).toString();
    }

    /**
     * A cue for the kind and the direction that needs no colour: {@code #} a quantity, {@code %}, {@code
     * ‰}, {@code pp} percentage points, {@code ×} a multiple, {@code ⁄} a fraction, {@code ◷} a date;
     * then {@code ▲} for a rise and {@code ▼} for a fall.
     *
     * @return the cue
     */
    public String cue() {
        String k = switch (kind) {
            case QUANTITY -> "#";
            case PERCENT -> "%";
            case PERMILLE -> "‰";
            case PERCENTAGE_POINT -> "pp";
            case MULTIPLE -> "×";
            case FRACTION -> "⁄";
            case DATE -> "◷";
        };
        if (change == null) {
            return k;
        }
        return k + (change.startsWith("UP") ? "▲" : "▼");
    }

    /**
     * The class name for the kind, {@code k-percent}: each kind has its colour in the style sheet.
     *
     * @return the class name
     */
    public String kindClass() {
        return "k-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
