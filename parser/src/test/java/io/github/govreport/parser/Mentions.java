package io.github.govreport.parser;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;

/** Test helper: one line that says everything about a mention, for readable assertions. */
final class Mentions {

    private Mentions() {}

    /** {@code text|kind|change|basis|value|low|high|unit|dimension|qualifier}, with - for empty. */
    static String describe(ValueMention m) {
        Value v = m.value();
        Amount a = v.amount();
        String value = "-";
        String low = "-";
        String high = "-";
        if (a instanceof Range r) {
            low = plain(r.low());
            high = plain(r.high());
        } else {
            value = plain(a);
        }
        return String.join("|",
                m.text(),
                v.kind().name(),
                v.change() == null ? "-" : v.change().direction().name(),
                v.change() == null || v.change().basis() == null ? "-" : v.change().basis(),
                value, low, high,
                a.unit() == null ? "-" : a.unit().symbol(),
                a.unit() == null ? "-" : a.unit().dimension().name(),
                v.qualifier().name());
    }

    static String plain(Amount a) {
        if (a instanceof Scalar s) {
            return s.value().toPlainString();
        }
        return ((CalendarDate) a).toIsoString();
    }
}
