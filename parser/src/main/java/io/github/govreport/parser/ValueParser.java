package io.github.govreport.parser;

import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.parser.ValueParseException.ErrorType;
import io.github.govreport.parser.internal.Folding;
import io.github.govreport.parser.internal.Lexicon;
import io.github.govreport.parser.internal.MentionScanner;
import io.github.govreport.parser.internal.MentionScanner.Found;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds and normalizes the values a report's text states: {@code 增长8.1%} is a change up by 8.1
 * percent, {@code 1.66万人} is 16600 {@code 人}, {@code 2万余套} is more than 20000 {@code 套}. What a
 * mention is, what it normalizes to, what is not a mention, and what the parser does not yet do, is
 * documented with examples in the project's <a href="https://github.com/govreport/govreport/blob/main/docs/values.md">docs/values.md</a> (its example tables are checked by the
 * tests).
 *
 * <p>Two ways to read:
 *
 * <ul>
 *   <li>{@link #findAll} reads leniently: every mention in any text, in order, each with its span in
 *       the text as given. It never throws on any text; text that states no values yields fewer
 *       mentions.
 *   <li>{@link #parse} reads strictly: exactly one whole expression, or a {@link ValueParseException}
 *       that says what was wrong and at which index.
 * </ul>
 *
 * <pre>{@code
 * ValueParser parser = ValueParser.standard();
 * for (ValueMention m : parser.findAll("全区地区生产总值增长6.5%，新增就业1.2万人")) {
 *     System.out.println(m.text() + " -> " + m.value());
 * }
 * Value v = parser.parse("2万余套"); // MORE_THAN 20000 套
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads. The cost of reading is linear in the
 * length of the text.
 */
public final class ValueParser {

    private static final ValueParser STANDARD = new ValueParser(Lexicon.standard());

    private final Lexicon lexicon;

    private ValueParser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The parser with the bundled lexicon; one shared instance. */
    public static ValueParser standard() {
        return STANDARD;
    }

    /**
     * Finds every value mention in {@code text}, in order of position; mentions never overlap.
     *
     * @param text any text: a sentence, a whole report, or garbage
     * @return the mentions, possibly empty; spans are UTF-16 offsets into {@code text} as given
     * @throws NullPointerException if {@code text} is null
     */
    public List<ValueMention> findAll(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return findAll(text, Folding.fold(text));
    }

    /** As {@link #findAll(CharSequence)}, with the text's folded form made already (the report parser's). */
    List<ValueMention> findAll(CharSequence text, char[] folded) {
        List<Found> found = new MentionScanner(lexicon, text, folded, false).scan();
        List<ValueMention> mentions = new ArrayList<>(found.size());
        for (Found f : found) {
            mentions.add(f.mention());
        }
        return mentions;
    }

    /**
     * Reads {@code text} as exactly one value expression: {@code 同比增长8%左右}, {@code 1.66万人}, {@code
     * 5-10家}. White space around it is allowed; anything else is an error.
     *
     * @param text the expression
     * @return its value
     * @throws ValueParseException if {@code text} is empty, holds no value, holds something before or
     *     after the value, or names rather than states a value
     * @throws NullPointerException if {@code text} is null
     */
    public Value parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String input = text.toString();
        int from = 0;
        int to = input.length();
        while (from < to && isSpace(input.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(input.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            throw new ValueParseException(ErrorType.EMPTY, 0, input, "no text to read");
        }
        MentionScanner scanner = new MentionScanner(lexicon, input, true);
        List<Found> found = scanner.scan();
        if (found.isEmpty()) {
            MentionScanner.Rejection r = scanner.firstRejection();
            if (r != null) {
                throw new ValueParseException(ErrorType.NOT_A_MENTION, r.index(), input, "the number is " + r.reason());
            }
            throw new ValueParseException(ErrorType.NOT_A_VALUE, from, input, "no value found");
        }
        Found first = found.get(0);
        if (first.expressionStart() > from) {
            throw new ValueParseException(ErrorType.LEADING_TEXT, from, input, "text before the value");
        }
        int end = first.mention().end();
        if (end < to) {
            throw new ValueParseException(ErrorType.TRAILING_TEXT, end, input, "text after the value");
        }
        return first.mention().value();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
