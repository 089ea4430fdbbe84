package io.github.govreport.examples.tutorial;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Change;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
import io.github.govreport.core.Unit;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.parser.ValueParseException;
import io.github.govreport.parser.ValueParser;
import java.io.PrintStream;

/**
 * Lesson 1: what govreport makes of a value such as {@code 同比增长8.1%}.
 *
 * <p>{@link ValueParser#parse} reads exactly one expression into a {@link Value}, which has three parts:
 * the <em>amount</em> (a kind such as PERCENT, an exact {@code BigDecimal} number, and a unit), the
 * <em>qualifier</em> ({@code 左右} is APPROX, {@code 以上} AT_LEAST, ...) and the <em>change</em> (UP or DOWN
 * with its basis such as {@code 同比}, or none when the value is a level). {@link ValueParser#findAll} then
 * finds every value in a sentence, each as a {@link ValueMention} that also says where it stands in the
 * text: {@code sentence.substring(m.start(), m.end())} is the mention.
 *
 * <p>Run: {@code java -cp examples/target/govreport-cli.jar
 * io.github.govreport.examples.tutorial.ReadOneValue ['1.2万人以上']}. The optional argument is an
 * expression to read instead of {@code 同比增长8.1%}.
 */
public final class ReadOneValue {

    /** An invented sentence, in the style of a report. */
    static final String SENTENCE = "全区地区生产总值完成356.7亿元，同比增长6.5%；城镇新增就业1.2万人以上，登记失业率控制在4%以内。";

    private ReadOneValue() {}

    /**
     * Reads one expression and prints its parts, then finds every value in a sentence.
     *
     * @param args optionally, the expression to read
     */
    public static void main(String[] args) {
        PrintStream out = Tutorial.out();
        ValueParser parser = ValueParser.standard();

        String expression = args.length > 0 ? args[0] : "同比增长8.1%";
        Value value = null;
        try {
            value = parser.parse(expression);
        } catch (ValueParseException e) {
            // parse is strict: the text must be one value and nothing else
            Tutorial.fail("'" + expression + "' is not one value: " + e.getMessage());
            return;
        }
        out.println("ValueParser.parse(\"" + expression + "\")");
        printParts(out, value);

        out.println();
        out.println("ValueParser.findAll(\"" + SENTENCE + "\")");
        for (ValueMention m : parser.findAll(SENTENCE)) {
            out.println("[" + m.start() + "," + m.end() + ") " + m.text());
            printParts(out, m.value());
        }
    }

    /** Prints the amount, the qualifier and the change of a value, one line each. */
    static void printParts(PrintStream out, Value value) {
        Amount amount = value.amount();
        out.println("  kind:      " + amount.kind());
        out.println("  number:    " + number(amount));
        Unit unit = amount.unit();
        out.println("  unit:      " + (unit == null ? "none" : unit.symbol() + " (" + unit.dimension() + ")"));
        out.println("  qualifier: " + value.qualifier());
        Change change = value.change();
        if (change == null) {
            out.println("  change:    none, the value is a level");
        } else {
            out.println("  change:    " + change.direction() + (change.basis() == null ? "" : ", basis " + change.basis()));
        }
    }

    /** The exact number of an amount: a BigDecimal for a scalar, both ends of a range, a date's ISO form. */
    static String number(Amount amount) {
        if (amount instanceof Scalar s) {
            // toPlainString, not toString: 1.66万 is 16600, never 1.66E+4
            return s.value().toPlainString();
        }
        if (amount instanceof Range r) {
            return "from " + number(r.low()) + " to " + number(r.high());
        }
        if (amount instanceof CalendarDate d) {
            return d.toIsoString();
        }
        throw new IllegalArgumentException("unknown amount " + amount);
    }
}
