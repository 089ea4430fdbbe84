package io.github.govreport.model.json;

import io.github.govreport.core.Amount;
import io.github.govreport.core.CalendarDate;
import io.github.govreport.core.Change;
import io.github.govreport.core.Fraction;
import io.github.govreport.core.Multiple;
import io.github.govreport.core.PerMille;
import io.github.govreport.core.Percentage;
import io.github.govreport.core.PercentagePoints;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Range;
import io.github.govreport.core.Scalar;
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
import io.github.govreport.model.Target;
import io.github.govreport.model.Task;
import io.github.govreport.model.YearSpan;
import java.util.List;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that writes and reads the whole report model and the core value types as JSON.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GovReportModule()).build();
 * String json = mapper.writeValueAsString(report);
 * Report back = mapper.readValue(json, Report.class); // equal to report
 * }</pre>
 *
 * <p>Register it with {@code addModule}, as above: that works on the class path and on the module path.
 * On the class path the module is also registered as a {@code tools.jackson.databind.JacksonModule}
 * service ({@code META-INF/services}), so {@code JsonMapper.builder().findAndAddModules()} finds it, in
 * lossless mode. On the module path {@code findAndAddModules()} does not find it: the model requires
 * Jackson {@code static} (optional), and a {@code provides} clause for a service of an optional module
 * would make every module graph without Jackson fail to resolve, so the model declares none. Both modes
 * share one registration id: the mode added last replaces the other.
 *
 * <h2>Two modes</h2>
 *
 * <ul>
 *   <li>{@link #GovReportModule() new GovReportModule()} is <em>lossless</em>: reading its JSON back gives
 *       an equal object. It writes everything the contract shape has, plus a mention's {@code basis} (the
 *       change's basis, only when there is one), a fraction's exact {@code fraction} ({@code "1/3"}; for a
 *       range of fractions {@code lowFraction} and {@code highFraction}), a task's {@code targets} and a
 *       report's {@code values}.
 *   <li>{@link #contract()} writes exactly the contract shapes below, nothing more; the command-line tool
 *       uses it. A basis, a fraction's exact numerator and denominator, task targets and the report's
 *       value list are left out.
 * </ul>
 *
 * <p>Reading accepts either mode's JSON: absent optional fields read as null (lists as empty). A
 * contract-mode fraction reads back from its decimal ({@code "0.25"} as 25/100), so only an exact one
 * compares equal. Unknown fields are ignored unless {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}
 * is on. Invalid input fails with a {@code MismatchedInputException} naming the field, e.g. {@code
 * indicators[2].value.kind}.
 *
 * <h2>Shapes</h2>
 *
 * <p>Every exact number is a JSON <em>string</em> in plain notation ({@code "16600"}, {@code
 * "69083000000"}, {@code "8.1"}, never {@code 1.66E+4}), so that no reader rounds it through a double.
 *
 * <ul>
 *   <li>{@link ValueMention}: {@code start, end, text, kind, change, value, low, high, unit, dimension,
 *       qualifier} in this order. {@code kind} is a {@link io.github.govreport.core.Kind} name; {@code
 *       change} is {@code "UP"}, {@code "DOWN"} or null; {@code value} is the plain decimal of a scalar or
 *       the ISO form of a date ({@code "2018-03-21"}, {@code "--03"}, see {@link
 *       CalendarDate#toIsoString()}), null for a range; {@code low} and {@code high} are a range's ends in
 *       the same forms, null otherwise; {@code unit} is the unit's symbol and {@code dimension} its {@link
 *       io.github.govreport.core.Dimension} name, both null without a unit; {@code qualifier} is a {@link
 *       io.github.govreport.core.Qualifier} name. Lossless mode appends {@code basis} and {@code
 *       fraction} (or {@code lowFraction, highFraction}) where they apply.
 *   <li>{@link Value}: the mention object without {@code start, end, text}. {@link Amount} (and every
 *       amount type): {@code kind, value, low, high, unit, dimension}, lossless with the fraction fields.
 *       {@link Change}: {@code direction, basis}. {@link Unit}: {@code symbol, dimension}. {@link Span}:
 *       {@code start, end}. {@link YearSpan}: a string, {@code "2017"} or {@code "2013-2017"}. {@link
 *       Level}: its name.
 *   <li>{@link Report}: {@code metadata, sections, indicators, targets, tasks, annotations, noTargets},
 *       and lossless {@code values} (a list of mentions). A missing {@code noTargets} reads as empty.
 *   <li>{@link Metadata}: {@code title, region, level, year, reviewYear, date, speaker, speakerTitle,
 *       meeting}; {@code year} is a number, {@code reviewYear} a year span string, {@code date} {@code
 *       yyyy-MM-dd}; unknown ones are null.
 *   <li>{@link Section}: {@code title, level, start, end, sections} (nested sections).
 *   <li>{@link Indicator}: {@code name, concept, value, change, period, start, end}; {@code concept} is
 *       the id of the catalogued indicator the measure is ({@code "gdp"}, {@code "cpi"} …) or null, and a
 *       missing {@code concept} reads as null; {@code value} and {@code change} are mentions or null,
 *       {@code period} a year span string or null.
 *   <li>{@link Target}: as an indicator, then {@code headline, stretch} (booleans).
 *   <li>{@link Task}: {@code title, section, start, end}, lossless with {@code targets}.
 *   <li>{@link Annotation}: {@code term, definition, start, end, references}; each reference is {@code
 *       {start, end}}.
 *   <li>{@link NoTarget}: {@code measure, start, end}.
 * </ul>
 */
// "exports": SimpleModule comes from a module the model requires static, not transitive, on purpose:
// `requires static transitive` would make every module compiled against the model need Jackson.
@SuppressWarnings("exports")
public final class GovReportModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module's name, {@value}. */
    public static final String NAME = "GovReportModule";

    /** The amount types, the sealed interfaces first; each gets the amount serializer and deserializer. */
    private static final List<Class<? extends Amount>> AMOUNT_TYPES = List.of(
            Amount.class,
            Scalar.class,
            Quantity.class,
            Percentage.class,
            PerMille.class,
            PercentagePoints.class,
            Multiple.class,
            Fraction.class,
            CalendarDate.class,
            Range.class);

    /** True to write the fields that make JSON read back to equal objects, false for the contract fields only. */
    private final boolean lossless;

    /** Creates the module in lossless mode: its JSON reads back to equal objects. */
    public GovReportModule() {
        this(true);
    }

    private GovReportModule(boolean lossless) {
        super(NAME, Version.unknownVersion());
        this.lossless = lossless;
        ModelWriter w = new ModelWriter(lossless);

        addSerializer(Report.class, new ModelSerializer<>(Report.class, w::report));
        addSerializer(Metadata.class, new ModelSerializer<>(Metadata.class, w::metadata));
        addSerializer(Section.class, new ModelSerializer<>(Section.class, w::section));
        addSerializer(Indicator.class, new ModelSerializer<>(Indicator.class, w::indicator));
        addSerializer(Target.class, new ModelSerializer<>(Target.class, w::target));
        addSerializer(Task.class, new ModelSerializer<>(Task.class, w::task));
        addSerializer(Annotation.class, new ModelSerializer<>(Annotation.class, w::annotation));
        addSerializer(NoTarget.class, new ModelSerializer<>(NoTarget.class, w::noTarget));
        addSerializer(YearSpan.class, new ModelSerializer<>(YearSpan.class, (g, y) -> g.writeString(y.toString())));
        addSerializer(Level.class, new ModelSerializer<>(Level.class, (g, l) -> g.writeString(l.name())));
        addSerializer(Span.class, new ModelSerializer<>(Span.class, w::span));
        addSerializer(ValueMention.class, new ModelSerializer<>(ValueMention.class, w::mention));
        addSerializer(Value.class, new ModelSerializer<>(Value.class, w::value));
        addSerializer(Change.class, new ModelSerializer<>(Change.class, w::change));
        addSerializer(Unit.class, new ModelSerializer<>(Unit.class, w::unit));
        // one serializer for the sealed interface and each of its records
        ModelSerializer<Amount> amount = new ModelSerializer<>(Amount.class, w::amount);
        for (Class<? extends Amount> type : AMOUNT_TYPES) {
            addSerializer(type, amount);
        }

        addDeserializer(Report.class, new ModelDeserializer<>(Report.class, ModelReader::report));
        addDeserializer(Metadata.class, new ModelDeserializer<>(Metadata.class, ModelReader::metadata));
        addDeserializer(Section.class, new ModelDeserializer<>(Section.class, ModelReader::section));
        addDeserializer(Indicator.class, new ModelDeserializer<>(Indicator.class, ModelReader::indicator));
        addDeserializer(Target.class, new ModelDeserializer<>(Target.class, ModelReader::target));
        addDeserializer(Task.class, new ModelDeserializer<>(Task.class, ModelReader::task));
        addDeserializer(Annotation.class, new ModelDeserializer<>(Annotation.class, ModelReader::annotation));
        addDeserializer(NoTarget.class, new ModelDeserializer<>(NoTarget.class, ModelReader::noTarget));
        addDeserializer(YearSpan.class, new ModelDeserializer<>(YearSpan.class, ModelReader::yearSpan));
        addDeserializer(Level.class, new ModelDeserializer<>(Level.class, ModelReader::level));
        addDeserializer(Span.class, new ModelDeserializer<>(Span.class, ModelReader::span));
        addDeserializer(ValueMention.class, new ModelDeserializer<>(ValueMention.class, ModelReader::mention));
        addDeserializer(Value.class, new ModelDeserializer<>(Value.class, ModelReader::value));
        addDeserializer(Change.class, new ModelDeserializer<>(Change.class, ModelReader::change));
        addDeserializer(Unit.class, new ModelDeserializer<>(Unit.class, ModelReader::unit));
        for (Class<? extends Amount> type : AMOUNT_TYPES) {
            addAmountDeserializer(type);
        }
    }

    /** Reads any amount and checks that it is of the type asked for: a Percentage for Percentage.class. */
    private <T extends Amount> void addAmountDeserializer(Class<T> type) {
        addDeserializer(type, new ModelDeserializer<>(type, (reader, node, path) -> {
            Amount a = reader.amount(node, path);
            if (!type.isInstance(a)) {
                throw new ModelReader.Problem(
                        path, "expected a " + type.getSimpleName() + ", found " + a.getClass().getSimpleName(), null);
            }
            return type.cast(a);
        }));
    }

    /**
     * Returns the module in contract mode: every object has exactly the fields of the documented shape, in
     * order, and nothing else. This is the command-line tool's output; it does not always read back to an
     * equal object.
     *
     * @return a new module in contract mode
     */
    public static GovReportModule contract() {
        return new GovReportModule(false);
    }

    /**
     * Tells the mode.
     *
     * @return true for the lossless mode, false for {@link #contract()}
     */
    public boolean isLossless() {
        return lossless;
    }

    /**
     * The same for both modes, so that a mapper holds at most one of them: the one added last.
     *
     * @return the class name
     */
    @Override
    public Object getRegistrationId() {
        return GovReportModule.class.getName();
    }
}
