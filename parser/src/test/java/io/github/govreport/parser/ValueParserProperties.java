package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Change;
import io.github.govreport.core.ChineseNumerals;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Fraction;
import io.github.govreport.core.Multiple;
import io.github.govreport.core.PerMille;
import io.github.govreport.core.Percentage;
import io.github.govreport.core.PercentagePoints;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Range;
import io.github.govreport.core.Unit;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueFormatter;
import io.github.govreport.core.ValueMention;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the value parser over generated inputs. Generators are seeded ({@link Seeds}); each
 * case's display name starts with the seed and the case number, so a failure replays.
 */
class ValueParserProperties {

    private static final ValueParser PARSER = ValueParser.standard();
    private static final int CASES = 1000;

    /** Units whose canonical symbol is also a written form, so the canonical text reads back. */
    private static final List<Unit> UNITS = List.of(
            new Unit("元", Dimension.CURRENCY), new Unit("美元", Dimension.CURRENCY), new Unit("人", Dimension.PERSON),
            new Unit("人次", Dimension.PERSON), new Unit("户", Dimension.PERSON), new Unit("家", Dimension.COUNT),
            new Unit("个", Dimension.COUNT), new Unit("套", Dimension.COUNT), new Unit("项", Dimension.COUNT),
            new Unit("亩", Dimension.AREA), new Unit("平方米", Dimension.AREA), new Unit("平方公里", Dimension.AREA),
            new Unit("公顷", Dimension.AREA), new Unit("公里", Dimension.LENGTH), new Unit("吨", Dimension.MASS),
            new Unit("立方米", Dimension.VOLUME), new Unit("千瓦时", Dimension.ENERGY), new Unit("千瓦", Dimension.POWER),
            new Unit("天", Dimension.TIME), new Unit("个月", Dimension.TIME), new Unit("小时", Dimension.TIME),
            new Unit("周岁", Dimension.AGE), new Unit("岁", Dimension.AGE), new Unit("工作日", Dimension.TIME));

    private static final String[] BASES = {null, "同比", "比上年", "比上年同期", "较去年"};

    // ---- format -> parse round trip ----------------------------------------------------------------------

    static Stream<Object[]> values() {
        SplittableRandom r = new SplittableRandom(Seeds.SEED);
        return IntStream.range(0, CASES).mapToObj(i -> new Object[] {"seed " + Seeds.SEED + " #" + i, randomValue(r)});
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("values")
    void idiomaticFormReadsBack(String seed, Value value) {
        String text = ValueFormatter.format(value);
        assertEquals(value, PARSER.parse(text), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("values")
    void canonicalFormReadsBack(String seed, Value value) {
        assertEquals(value, PARSER.parse(value.toString()), value.toString());
    }

    private static Value randomValue(SplittableRandom r) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            return Value.of(randomDate(r));
        }
        if (kind == 1) {
            Amount low = randomScalar(r, 3);
            Amount high = bigger(low, r);
            return new Value(new Range(low, high), Qualifier.RANGE, randomChange(r, low));
        }
        Amount a = randomScalar(r, r.nextInt(8));
        Qualifier[] plain = {Qualifier.EXACT, Qualifier.APPROX, Qualifier.AT_LEAST, Qualifier.MORE_THAN,
            Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.NEARLY};
        return new Value(a, plain[r.nextInt(plain.length)], randomChange(r, a));
    }

    private static Change randomChange(SplittableRandom r, Amount a) {
        if (a instanceof Fraction || r.nextInt(3) == 0) {
            return null;
        }
        return new Change(r.nextBoolean() ? Direction.UP : Direction.DOWN, BASES[r.nextInt(BASES.length)]);
    }

    private static CalendarDate randomDate(SplittableRandom r) {
        int year = 1950 + r.nextInt(100);
        return switch (r.nextInt(3)) {
            case 0 -> CalendarDate.ofYear(year);
            case 1 -> new CalendarDate(year, 1 + r.nextInt(12), null);
            default -> new CalendarDate(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
    }

    private static BigDecimal randomDecimal(SplittableRandom r) {
        // up to 13 significant digits, 0 to 4 decimals, sometimes scaled up by a magnitude
        long unscaled = r.nextLong(1, 10_000_000L);
        BigDecimal v = BigDecimal.valueOf(unscaled, r.nextInt(5));
        if (r.nextInt(3) == 0) {
            v = v.scaleByPowerOfTen(4 + r.nextInt(9));
        }
        return v;
    }

    private static Amount randomScalar(SplittableRandom r, int kind) {
        BigDecimal v = randomDecimal(r);
        return switch (kind) {
            case 0 -> new Percentage(v);
            case 1 -> new PerMille(v);
            case 2 -> new PercentagePoints(v);
            case 3 -> new Multiple(v);
            case 4 -> new Fraction(BigInteger.valueOf(r.nextInt(1, 10)), BigInteger.valueOf(r.nextInt(10, 100)));
            case 5 -> new Quantity(v, null);
            default -> new Quantity(v, UNITS.get(r.nextInt(UNITS.size())));
        };
    }

    private static Amount bigger(Amount low, SplittableRandom r) {
        BigDecimal step = BigDecimal.valueOf(r.nextLong(1, 1000));
        if (low instanceof Percentage p) {
            return new Percentage(p.value().add(step));
        }
        if (low instanceof PerMille p) {
            return new PerMille(p.value().add(step));
        }
        if (low instanceof PercentagePoints p) {
            return new PercentagePoints(p.value().add(step));
        }
        return new Multiple(((Multiple) low).value().add(step));
    }

    // ---- Chinese numerals ------------------------------------------------------------------------------

    static Stream<Object[]> integers() {
        SplittableRandom r = new SplittableRandom(Seeds.SEED);
        LongStream edges = LongStream.of(0, 1, 2, 9, 10, 11, 19, 20, 99, 100, 101, 110, 1000, 1001, 1010, 1023,
                10_000, 10_001, 10_010, 100_000, 108_000, 100_000_000L, 100_010_000L, 1_000_000_000_000L,
                1_000_500_000_000L, ChineseNumerals.MAX);
        LongStream random = LongStream.generate(() -> r.nextLong(ChineseNumerals.MAX + 1)).limit(CASES);
        LongStream small = LongStream.generate(() -> r.nextLong(100_000)).limit(CASES / 4);
        return LongStream.concat(edges, LongStream.concat(random, small))
                .mapToObj(n -> new Object[] {"seed " + Seeds.SEED, n});
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("integers")
    void everyIntegerWrittenInChineseReadsBack(String seed, long n) {
        String ours = ChineseNumerals.write(n);
        assertEquals(BigDecimal.valueOf(n), ((Quantity) PARSER.parse(ours + "元").amount()).value(), ours);
        if (n == 1) {
            return; // in running text a lone 一 is an article (一元化, 一个), so findAll leaves 一元 out by design
        }
        assertEquals(BigDecimal.valueOf(n), amountOf(ours + "元"), ours);
        // ICU writes 10^12 as 兆, as Taiwan does; mainland reports use 兆 only for 10^6 (兆瓦) and write
        // 10^12 as 万亿, so the reader does not take 兆 as a numeral and the oracle's 兆 becomes 万亿
        String icu = SPELLOUT.get().format(n).replace("兆", "万亿");
        assertEquals(BigDecimal.valueOf(n), amountOf(icu + "元"), "ICU wrote " + icu);
        assertEquals(BigDecimal.valueOf(n), ((Quantity) PARSER.parse(ours).amount()).value(), ours);
    }

    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT =
            ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT));

    private static BigDecimal amountOf(String text) {
        List<ValueMention> m = PARSER.findAll(text);
        assertEquals(1, m.size(), text + " -> " + m);
        assertEquals(text, m.get(0).text());
        return ((Quantity) m.get(0).value().amount()).value();
    }

    // ---- never throws; spans are sound -------------------------------------------------------------------

    private static final String ALPHABET = "0123456789.,%‰-~—–/ 零〇一二两三四五六七八九十百千万亿点分之翻番第每"
            + "增长下降提高至到达左右以上内下多余近约超过不足元人个家套亩平方米吨年月日倍百分点“”\"《》、，。；："
            + "０１２３４５６７８９％．，萬億長減\u3000\u00A0\u202F\t\n\r\u0000\u001F\uFEFFabcXYZ";

    static Stream<Object[]> texts() {
        SplittableRandom r = new SplittableRandom(Seeds.SEED);
        List<Object[]> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(new Object[] {"seed " + Seeds.SEED + " #" + i, randomText(r, r.nextInt(1, 200))});
        }
        cases.add(new Object[] {"long digits", "7".repeat(100_000)});
        cases.add(new Object[] {"long Chinese numerals", "一二三四五六七八九十百千万亿".repeat(5_000)});
        cases.add(new Object[] {"nested quotes", "“".repeat(5_000) + "12345" + "”".repeat(5_000)});
        cases.add(new Object[] {"dashes", "1-".repeat(20_000)});
        cases.add(new Object[] {"lone surrogates", "\uD800增长8%\uDC00\uD83D\uDE00"});
        return cases.stream();
    }

    private static String randomText(SplittableRandom r, int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            int pick = r.nextInt(10);
            if (pick < 7) {
                s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            } else if (pick == 7) {
                s.append((char) r.nextInt(0x4E00, 0xA000));
            } else if (pick == 8) {
                s.appendCodePoint(r.nextInt(0x10000, 0x110000));
            } else {
                s.append((char) r.nextInt(0x10000));
            }
        }
        return s.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void findAllNeverThrowsAndSpansAreSound(String seed, String text) {
        List<ValueMention> mentions = PARSER.findAll(text);
        int previousEnd = 0;
        for (ValueMention m : mentions) {
            assertTrue(m.start() >= previousEnd, "ordered and non-overlapping: " + mentions);
            assertTrue(m.end() <= text.length() && m.start() < m.end(), "in bounds: " + m);
            assertEquals(text.substring(m.start(), m.end()), m.text());
            previousEnd = m.end();
        }
    }

    // ---- full-width and Traditional forms mean the same ---------------------------------------------------

    private static final String[] TEMPLATES = {
        "全区地区生产总值%s亿元，比上年增长%s%%。", "城镇新增就业%s万人，登记失业率控制在%s%%以内。",
        "粮食产量达到%s万吨，增长%s%%左右。", "单位生产总值能耗下降%s%%，完成投资%s亿元。",
        "新建学校%s所，改造农户%s户。", "居民人均可支配收入%s元，分别增长%s%%和8.5%%。"
    };

    static Stream<Object[]> sentences() {
        SplittableRandom r = new SplittableRandom(Seeds.SEED);
        return IntStream.range(0, CASES / 4).mapToObj(i -> {
            String t = TEMPLATES[r.nextInt(TEMPLATES.length)];
            String a = randomDecimal(r).stripTrailingZeros().toPlainString();
            String b = BigDecimal.valueOf(r.nextInt(1, 300), 1).toPlainString();
            return new Object[] {"seed " + Seeds.SEED + " #" + i, String.format(t, a, b)};
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void fullWidthFormYieldsTheSameValuesAndSpans(String seed, String sentence) {
        StringBuilder wide = new StringBuilder();
        for (char c : sentence.toCharArray()) {
            wide.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        List<ValueMention> plain = PARSER.findAll(sentence);
        List<ValueMention> full = PARSER.findAll(wide);
        assertEquals(values(plain), values(full), wide.toString());
        assertEquals(plain.stream().map(ValueMention::span).toList(), full.stream().map(ValueMention::span).toList());
        assertTrue(!plain.isEmpty());
    }

    private static final ThreadLocal<Transliterator> TO_TRADITIONAL =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sentences")
    void traditionalFormYieldsTheSameValues(String seed, String sentence) {
        String traditional = TO_TRADITIONAL.get().transliterate(sentence);
        assertEquals(values(PARSER.findAll(sentence)), values(PARSER.findAll(traditional)), traditional);
    }

    private static List<Value> values(List<ValueMention> mentions) {
        return mentions.stream().map(ValueMention::value).toList();
    }
}
