package io.github.govreport.model.json;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Change;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Direction;
import io.github.govreport.core.Fraction;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Multiple;
import io.github.govreport.core.PerMille;
import io.github.govreport.core.Percentage;
import io.github.govreport.core.PercentagePoints;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Range;
import io.github.govreport.core.Span;
import io.github.govreport.core.Unit;
import io.github.govreport.core.Value;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Annotation;
import io.github.govreport.model.Indicator;
import io.github.govreport.model.Level;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.NoTarget;
import io.github.govreport.model.Report;
import io.github.govreport.model.Section;
import io.github.govreport.model.Sense;
import io.github.govreport.model.Target;
import io.github.govreport.model.Task;
import io.github.govreport.model.YearSpan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads the model back from a JSON tree in the shapes {@link ModelWriter} writes, in either mode.
 * Optional fields may be absent (a list reads as empty, anything else as null); required ones must be
 * there. Every failure is a {@link Problem} naming the path of the field at fault, e.g. {@code
 * indicators[2].value.kind}.
 */
final class ModelReader {

    /** Plain decimal notation, ASCII digits only: {@code new BigDecimal} would also take ８ and 1E+4. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}");
    private static final Pattern FRACTION = Pattern.compile("([0-9]+)/([0-9]+)");

    private static final Pattern ISO_DATE =
            Pattern.compile("(?:([0-9]{4})|-)(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    private static final Set<String> VALUE_FIELDS = Set.of(
            "kind", "change", "value", "low", "high", "unit", "dimension", "qualifier", "basis", "fraction",
            "lowFraction", "highFraction");

    /**
     * Said where the JSON has the shape Jackson gives the records by itself: written by a mapper that did
     * not register the module, which is easy to forget and otherwise gives only a puzzling message.
     */
    static final String WITHOUT_MODULE = " (this is the shape Jackson writes when GovReportModule is not registered:"
            + " write the JSON with JsonMapper.builder().addModule(new GovReportModule()))";

    private static final Set<String> MENTION_FIELDS = union(VALUE_FIELDS, Set.of("start", "end", "text"));

    /** Thrown for JSON that does not describe a valid model object; the deserializer reports it. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String path, String message, Throwable cause) {
            super((path.isEmpty() ? "" : path + ": ") + message, cause);
        }
    }

    private final boolean failOnUnknown;

    /**
     * @param failOnUnknown whether a field this reader does not know is an error (Jackson's {@code
     *     FAIL_ON_UNKNOWN_PROPERTIES}) rather than ignored
     */
    ModelReader(boolean failOnUnknown) {
        this.failOnUnknown = failOnUnknown;
    }

    Report report(JsonNode n, String path) {
        object(n, path, Set.of(
                "metadata", "sections", "indicators", "targets", "tasks", "annotations", "noTargets", "values"));
        JsonNode meta = n.get("metadata");
        Metadata metadata = meta == null || meta.isNull() ? Metadata.EMPTY : metadata(meta, at(path, "metadata"));
        return build(path, () -> new Report(
                metadata,
                list(n, path, "sections", this::section),
                list(n, path, "indicators", this::indicator),
                list(n, path, "targets", this::target),
                list(n, path, "tasks", this::task),
                list(n, path, "annotations", this::annotation),
                list(n, path, "values", this::mention),
                list(n, path, "noTargets", this::noTarget)));
    }

    Metadata metadata(JsonNode n, String path) {
        object(n, path, Set.of(
                "title", "region", "regionCode", "level", "year", "reviewYear", "date", "speaker", "speakerTitle", "meeting"));
        String level = optString(n, path, "level");
        String regionCode = optString(n, path, "regionCode");
        if (regionCode != null && !DIVISION_CODE.matcher(regionCode).matches()) {
            throw new Problem(at(path, "regionCode"), "expected six digits: " + regionCode, null);
        }
        JsonNode year = n.get("year");
        String reviewYear = optYearText(n, path, "reviewYear");
        String date = optString(n, path, "date");
        return new Metadata(
                optString(n, path, "title"),
                optString(n, path, "region"),
                regionCode,
                level == null ? null : enumValue(Level.class, level, at(path, "level")),
                year == null || year.isNull() ? null : integer(year, at(path, "year")),
                reviewYear == null ? null : yearSpan(reviewYear, at(path, "reviewYear")),
                date == null ? null : localDate(date, at(path, "date")),
                optString(n, path, "speaker"),
                optString(n, path, "speakerTitle"),
                optString(n, path, "meeting"));
    }

    Section section(JsonNode n, String path) {
        object(n, path, Set.of("title", "level", "start", "end", "sections"));
        return build(path, () -> new Section(
                string(n, path, "title"),
                integer(n, path, "level"),
                spanFields(n, path),
                list(n, path, "sections", this::section)));
    }

    Indicator indicator(JsonNode n, String path) {
        object(n, path, Set.of("name", "concept", "value", "change", "period", "start", "end"));
        return build(path, () -> new Indicator(
                string(n, path, "name"),
                optMention(n, path, "value"),
                optMention(n, path, "change"),
                optYearSpan(n, path, "period"),
                spanFields(n, path),
                optString(n, path, "concept")));
    }

    Target target(JsonNode n, String path) {
        object(n, path, Set.of(
                "name", "concept", "value", "change", "period", "start", "end", "headline", "stretch", "sense"));
        String sense = optString(n, path, "sense");
        return build(path, () -> new Target(
                string(n, path, "name"),
                optMention(n, path, "value"),
                optMention(n, path, "change"),
                optYearSpan(n, path, "period"),
                spanFields(n, path),
                optBoolean(n, path, "headline"),
                optBoolean(n, path, "stretch"),
                optString(n, path, "concept"),
                sense == null ? null : enumValue(Sense.class, sense, at(path, "sense"))));
    }

    Task task(JsonNode n, String path) {
        object(n, path, Set.of("title", "section", "start", "end", "targets"));
        return build(path, () -> new Task(
                string(n, path, "title"),
                optString(n, path, "section"),
                spanFields(n, path),
                list(n, path, "targets", this::target)));
    }

    Annotation annotation(JsonNode n, String path) {
        object(n, path, Set.of("term", "definition", "start", "end", "references"));
        return build(path, () -> new Annotation(
                string(n, path, "term"),
                string(n, path, "definition"),
                spanFields(n, path),
                list(n, path, "references", this::span)));
    }

    NoTarget noTarget(JsonNode n, String path) {
        object(n, path, Set.of("measure", "start", "end"));
        return build(path, () -> new NoTarget(string(n, path, "measure"), spanFields(n, path)));
    }

    ValueMention mention(JsonNode n, String path) {
        if (n.isObject() && n.has("span") && !n.has("start")) {
            // what Jackson writes for the record ValueMention when the module was not registered
            throw new Problem(path, "a mention with a \"span\" object and no \"start\"" + WITHOUT_MODULE, null);
        }
        object(n, path, MENTION_FIELDS);
        Span span = spanFields(n, path);
        String text = string(n, path, "text");
        Value value = valueFields(n, path);
        return build(path, () -> new ValueMention(span, text, value));
    }

    Value value(JsonNode n, String path) {
        object(n, path, VALUE_FIELDS);
        return valueFields(n, path);
    }

    Amount amount(JsonNode n, String path) {
        object(n, path, Set.of("kind", "value", "low", "high", "unit", "dimension", "fraction", "lowFraction",
                "highFraction"));
        return amountFields(n, path);
    }

    Change change(JsonNode n, String path) {
        object(n, path, Set.of("direction", "basis"));
        Direction direction = enumValue(Direction.class, string(n, path, "direction"), at(path, "direction"));
        String basis = optString(n, path, "basis");
        return build(path, () -> new Change(direction, basis));
    }

    Unit unit(JsonNode n, String path) {
        object(n, path, Set.of("symbol", "dimension"));
        String symbol = string(n, path, "symbol");
        Dimension dimension = enumValue(Dimension.class, string(n, path, "dimension"), at(path, "dimension"));
        return build(path, () -> new Unit(symbol, dimension));
    }

    Span span(JsonNode n, String path) {
        object(n, path, Set.of("start", "end"));
        return spanFields(n, path);
    }

    YearSpan yearSpan(JsonNode n, String path) {
        if (n.isIntegralNumber()) {
            return YearSpan.of(integer(n, path));
        }
        if (!n.isString()) {
            throw new Problem(path, "expected a year or year span such as \"2017\" or \"2013-2017\"", null);
        }
        return yearSpan(n.stringValue(), path);
    }

    Level level(JsonNode n, String path) {
        if (!n.isString()) {
            throw new Problem(path, "expected one of " + Arrays.toString(Level.values()), null);
        }
        return enumValue(Level.class, n.stringValue(), path);
    }

    // ---- values

    private Value valueFields(JsonNode n, String path) {
        Amount amount = amountFields(n, path);
        Qualifier qualifier = enumValue(Qualifier.class, string(n, path, "qualifier"), at(path, "qualifier"));
        String direction = optString(n, path, "change");
        String basis = optString(n, path, "basis");
        if (direction == null && basis != null) {
            throw new Problem(at(path, "basis"), "a basis needs a change", null);
        }
        Change change = direction == null
                ? null
                : build(at(path, "change"), () -> new Change(enumValue(Direction.class, direction, at(path, "change")), basis));
        return build(path, () -> new Value(amount, qualifier, change));
    }

    private Amount amountFields(JsonNode n, String path) {
        Kind kind = enumValue(Kind.class, string(n, path, "kind"), at(path, "kind"));
        String value = optString(n, path, "value");
        String low = optString(n, path, "low");
        String high = optString(n, path, "high");
        Unit unit = unitFields(n, path);
        String fraction = optString(n, path, "fraction");
        String lowFraction = optString(n, path, "lowFraction");
        String highFraction = optString(n, path, "highFraction");
        if (low != null || high != null) {
            if (low == null || high == null || value != null) {
                throw new Problem(path, "a range has both low and high and no value", null);
            }
            if (fraction != null) {
                throw new Problem(at(path, "fraction"), "a range has lowFraction and highFraction instead", null);
            }
            Amount lowEnd = end(kind, low, unit, lowFraction, path, "low");
            Amount highEnd = end(kind, high, unit, highFraction, path, "high");
            return build(path, () -> new Range(lowEnd, highEnd));
        }
        if (value == null) {
            throw new Problem(at(path, "value"), "missing: give a value, or low and high", null);
        }
        if (lowFraction != null || highFraction != null) {
            throw new Problem(at(path, lowFraction != null ? "lowFraction" : "highFraction"), "only a range has it", null);
        }
        return end(kind, value, unit, fraction, path, "value");
    }

    private static Unit unitFields(JsonNode n, String path) {
        String symbol = optString(n, path, "unit");
        String dimension = optString(n, path, "dimension");
        if (symbol == null) {
            if (dimension != null) {
                throw new Problem(at(path, "dimension"), "a dimension needs a unit", null);
            }
            return null;
        }
        if (dimension == null) {
            throw new Problem(at(path, "dimension"), "missing: a unit needs its dimension", null);
        }
        Dimension d = enumValue(Dimension.class, dimension, at(path, "dimension"));
        return build(at(path, "unit"), () -> new Unit(symbol, d));
    }

    /**
     * One amount that is not a range, from its string form in the field {@code field} of {@code object}
     * and, for a fraction, its exact {@code n/d} (field {@code fraction}, {@code lowFraction} or {@code
     * highFraction}) when given.
     */
    private static Amount end(Kind kind, String text, Unit unit, String fraction, String object, String field) {
        String path = at(object, field);
        String fractionPath = at(object, field.equals("value") ? "fraction" : field + "Fraction");
        if (kind != Kind.FRACTION && fraction != null) {
            throw new Problem(fractionPath, "only a FRACTION has it", null);
        }
        return switch (kind) {
            case QUANTITY -> new Quantity(decimal(text, path), unit);
            case PERCENT -> fixedUnit(new Percentage(decimal(text, path)), unit, path);
            case PERMILLE -> fixedUnit(new PerMille(decimal(text, path)), unit, path);
            case PERCENTAGE_POINT -> fixedUnit(new PercentagePoints(decimal(text, path)), unit, path);
            case MULTIPLE -> fixedUnit(new Multiple(decimal(text, path)), unit, path);
            case FRACTION -> fixedUnit(fraction(text, fraction, path, fractionPath), unit, path);
            case DATE -> fixedUnit(calendarDate(text, path), unit, path);
        };
    }

    /** The unit of a kind whose unit is implied must be absent or exactly that unit. */
    private static Amount fixedUnit(Amount amount, Unit given, String path) {
        if (given != null && !given.equals(amount.unit())) {
            throw new Problem(path, "unit " + given.symbol() + " (" + given.dimension() + ") does not go with "
                    + amount.kind(), null);
        }
        return amount;
    }

    /**
     * A fraction: exact from {@code n/d} when given (lossless JSON), else from the decimal, which gives
     * {@code 0.25} as 25/100 and a rounded non-terminating quotient only approximately.
     */
    private static Fraction fraction(String decimalText, String fraction, String path, String fractionPath) {
        BigDecimal decimal = decimal(decimalText, path);
        if (fraction == null) {
            if (decimal.signum() < 0) {
                throw new Problem(path, "a fraction is not negative: " + decimalText, null);
            }
            return new Fraction(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
        }
        Matcher m = FRACTION.matcher(fraction);
        if (!m.matches()) {
            throw new Problem(fractionPath, "expected n/d: " + fraction, null);
        }
        Fraction f = build(fractionPath, () -> new Fraction(new BigInteger(m.group(1)), new BigInteger(m.group(2))));
        if (f.value().compareTo(decimal) != 0) {
            throw new Problem(fractionPath, fraction + " does not match the value " + decimalText, null);
        }
        return f;
    }

    /** The ISO forms {@link CalendarDate#toIsoString()} writes: 2018, 2018-03, 2018-03-21, --03-21, --03. */
    private static CalendarDate calendarDate(String text, String path) {
        Matcher m = ISO_DATE.matcher(text);
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
            throw new Problem(path, "expected an ISO date such as 2018, 2018-03, 2018-03-21 or --03-21: " + text, null);
        }
        return build(path, () -> new CalendarDate(
                m.group(1) == null ? null : Integer.valueOf(m.group(1)),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3))));
    }

    private static BigDecimal decimal(String text, String path) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new Problem(path, "expected a plain decimal such as \"16600\" or \"8.1\": " + text, null);
        }
        return new BigDecimal(text);
    }

    // ---- fields

    private void object(JsonNode n, String path, Set<String> known) {
        if (!n.isObject()) {
            throw new Problem(path, "expected an object, found " + n.getNodeType(), null);
        }
        if (failOnUnknown) {
            for (String name : n.propertyNames()) {
                if (!known.contains(name)) {
                    throw new Problem(at(path, name), "unknown field; known: " + new TreeSet<>(known), null);
                }
            }
        }
    }

    private <T> List<T> list(JsonNode n, String path, String name, BiFunction<JsonNode, String, T> element) {
        JsonNode a = n.get(name);
        String p = at(path, name);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new Problem(p, "expected an array, found " + a.getNodeType(), null);
        }
        List<T> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(element.apply(a.get(i), p + "[" + i + "]"));
        }
        return out;
    }

    private ValueMention optMention(JsonNode n, String path, String name) {
        JsonNode m = n.get(name);
        return m == null || m.isNull() ? null : mention(m, at(path, name));
    }

    private static Span spanFields(JsonNode n, String path) {
        int start = integer(n, path, "start");
        int end = integer(n, path, "end");
        return build(path, () -> new Span(start, end));
    }

    private static String string(JsonNode n, String path, String name) {
        String s = optString(n, path, name);
        if (s == null) {
            throw new Problem(at(path, name), "missing", null);
        }
        return s;
    }

    private static String optString(JsonNode n, String path, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            // an object where the module writes a string (a year span, an amount) is the plain record shape
            throw new Problem(at(path, name), "expected a string, found " + v.getNodeType()
                    + (v.isObject() ? WITHOUT_MODULE : ""), null);
        }
        return v.stringValue();
    }

    private static boolean optBoolean(JsonNode n, String path, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new Problem(at(path, name), "expected true or false, found " + v.getNodeType(), null);
        }
        return v.booleanValue();
    }

    private static int integer(JsonNode n, String path, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw new Problem(at(path, name), "missing", null);
        }
        return integer(v, at(path, name));
    }

    private static int integer(JsonNode v, String path) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new Problem(path, "expected an int, found " + v, null);
        }
        return v.intValue();
    }

    private static String optYearText(JsonNode n, String path, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return Integer.toString(integer(v, at(path, name)));
        }
        return optString(n, path, name);
    }

    private YearSpan optYearSpan(JsonNode n, String path, String name) {
        String text = optYearText(n, path, name);
        return text == null ? null : yearSpan(text, at(path, name));
    }

    private static YearSpan yearSpan(String text, String path) {
        return build(path, () -> YearSpan.parse(text));
    }

    private static LocalDate localDate(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new Problem(path, "expected a date yyyy-MM-dd: " + text, e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String path) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new Problem(path, "expected one of " + Arrays.toString(type.getEnumConstants()) + ": " + name, null);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static String at(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Runs a constructor, turning the model's own validation failures into a {@link Problem}. */
    private static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (Problem p) {
            throw p;
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException | DateTimeException e) {
            throw new Problem(path, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }
}
