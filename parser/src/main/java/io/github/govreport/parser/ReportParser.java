package io.github.govreport.parser;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Report;
import io.github.govreport.parser.internal.report.ReportReader;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a government work report into a {@link Report}: its metadata, section tree, the statistics it
 * gives for the year it reviews (indicators), the goals it sets (targets, the headline list among them),
 * its work items (tasks), its glossary notes (annotations), and every value mention in its text.
 *
 * <p>Input may be plain text, Markdown, or text with HTML or XML left in it as found on government
 * sites; CR LF, CR CR LF and form feeds; indents of any width; spaced titles; Traditional characters.
 * Every span in the result is a UTF-16 offset range into the text as given.
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.builder().build();
 * Report report = parser.parse(text);
 * report.headlineTargets().forEach(t -> System.out.println(t.name() + " " + t.change()));
 * }</pre>
 *
 * <p>Lenient by default: {@link #parse} never throws on any text; what it cannot place it leaves out,
 * and {@link #parse(CharSequence, Consumer)} hands each such {@link ReportProblem} to a sink. A parser
 * built with {@link Builder#strict(boolean) strict(true)} throws a {@link ReportParseException} for the
 * first problem instead. Instances are immutable and safe to share between threads.
 */
public final class ReportParser {

    private final boolean strict;
    private final ValueParser values;

    private ReportParser(Builder builder) {
        this.strict = builder.strict;
        this.values = ValueParser.standard();
    }

    /** A builder with the defaults: lenient. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReportParser}s. Not thread-safe; the parsers it builds are. */
    public static final class Builder {
        private boolean strict;

        private Builder() {}

        /**
         * Whether a problem stops parsing with a {@link ReportParseException} (true) or is left out and
         * reported to the sink (false, the default).
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** A parser with this builder's settings. */
        public ReportParser build() {
            return new ReportParser(this);
        }
    }

    /** True when this parser throws on the first problem. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Reads a report, ignoring problems (lenient) or throwing on the first (strict).
     *
     * @param text the whole report
     * @return the report
     * @throws NullPointerException if {@code text} is null
     * @throws ReportParseException if this parser is strict and the text has a problem
     */
    public Report parse(CharSequence text) {
        return parse(text, problem -> {});
    }

    /**
     * Reads a report, handing every problem found to {@code sink} (and, when strict, throwing on the
     * first after the sink has seen it).
     *
     * @param text the whole report
     * @param sink receives each problem, in the order found
     * @return the report
     * @throws NullPointerException if an argument is null
     * @throws ReportParseException if this parser is strict and the text has a problem
     */
    public Report parse(CharSequence text, Consumer<ReportProblem> sink) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sink, "sink");
        Consumer<ReportProblem> handler = strict ? problem -> {
            sink.accept(problem);
            throw new ReportParseException(problem);
        } : sink;
        List<ValueMention> mentions = values.findAll(text);
        return ReportReader.read(text, mentions, handler);
    }
}
