package io.github.govreport.parser.internal;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.parser.internal.MentionScanner.Found;
import java.util.List;

/** Test helper: runs the scanner and says everything about each mention in one line. */
final class ScannerCases {

    private ScannerCases() {}

    static List<Found> scan(String text) {
        return new MentionScanner(Lexicon.standard(), text, false).scan();
    }

    /** Each mention as {@code text|KIND|change|basis|value or low..high|unit|QUALIFIER}, - for none. */
    static List<String> found(String text) {
        return scan(text).stream().map(f -> describe(f.mention())).toList();
    }

    static String describe(ValueMention m) {
        Value v = m.value();
        Amount a = v.amount();
        String number = a instanceof Range r ? plain(r.low()) + ".." + plain(r.high()) : plain(a);
        return String.join("|",
                m.text(),
                v.kind().name(),
                v.change() == null ? "-" : v.change().direction().name(),
                v.change() == null || v.change().basis() == null ? "-" : v.change().basis(),
                number,
                a.unit() == null ? "-" : a.unit().symbol(),
                v.qualifier().name());
    }

    private static String plain(Amount a) {
        if (a instanceof Scalar s) {
            return s.value().toPlainString();
        }
        return ((CalendarDate) a).toIsoString();
    }
}
