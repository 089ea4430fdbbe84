package io.github.govreport.parser;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Report;
import io.github.govreport.parser.internal.Folding;
import io.github.govreport.parser.internal.report.ReportReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a government work report into a {@link Report}: its metadata, section tree, the statistics it
 * gives for the year it reviews (indicators), the goals it sets (targets, the headline list among them),
 * its work items (tasks), its glossary notes (annotations), and every value mention in its text. What
 * each of these is, how measures are named and timed, and what the parser does not yet do, is documented
 * with a worked example in the project's <a href="https://github.com/govreport/govreport/blob/main/docs/report.md">docs/report.md</a>; single values are described in <a href="https://github.com/govreport/govreport/blob/main/docs/values.md">docs/values.md</a>.
 *
 * <p>Input may be plain text, Markdown (with YAML front matter), or text with HTML or XML left in it as
 * found on government sites (tags, entities such as {@code &nbsp;} or {@code &#12345;}, {@code <br>} and
 * {@code <p>} as line breaks); CR LF, CR CR LF, form feeds and the line separators of word processors;
 * indents of any width; spaced titles; Traditional characters. Every span in the result is a UTF-16
 * offset range into the text as given: markup is read past, never removed, and a number inside markup
 * (a tag's attribute, the digits of {@code &#25919;}) is no value of the report.
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.builder().build();
 * Report report = parser.parse(Path.of("report.md"));   // UTF-8, UTF-16 with BOM or GB18030
 * for (Target t : report.headlineTargets()) {
 *     // a target holds a level (城镇新增就业1200万人以上), a change (增长5%左右) or both (3000亿元、增长6%):
 *     // value() and change() are each null where the text gives none
 *     String level = t.value() == null ? "-" : t.value().text();
 *     String change = t.change() == null ? "-" : t.change().text();
 *     System.out.println(t.name() + " level " + level + " change " + change);
 * }
 * }</pre>
 *
 * <p>Files are decoded by {@link ReportInput} ({@link ReportInput#detecting()} unless the builder forces
 * an encoding); offsets then count UTF-16 code units of the text as decoded, after any byte order mark.
 *
 * <p>Lenient by default: {@link #parse(CharSequence)} never throws on any text; what it cannot place it
 * leaves out, and {@link #parse(CharSequence, Consumer)} hands each such {@link ReportProblem} to a sink.
 * A parser built with {@link Builder#strict(boolean) strict(true)} throws a {@link ReportParseException}
 * for the first problem of a fatal type instead: by default the problems of {@link
 * ReportProblem.Severity#ERROR} (the text does not read as a report), or the types named with {@link
 * Builder#fatal(Set)}. Instances are immutable and safe to share between threads.
 */
public final class ReportParser {

    private final boolean strict;
    private final Set<ReportProblem.Type> fatal;
    private final ReportInput input;
    private final ValueParser values;

    private ReportParser(Builder builder) {
        this.strict = builder.strict;
        this.fatal = Collections.unmodifiableSet(EnumSet.copyOf(builder.fatal));
        this.input = builder.input;
        this.values = ValueParser.standard();
    }

    private static final class Standard {
        static final ReportParser PARSER = builder().build();
    }

    /**
     * The parser with the defaults (lenient, encodings detected), shared: like {@link
     * ValueParser#standard()}, it is immutable and safe to use from many threads at once.
     */
    public static ReportParser standard() {
        return Standard.PARSER;
    }

    /** A builder with the defaults: lenient, fatal types those of severity ERROR, encodings detected. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReportParser}s. Not thread-safe; the parsers it builds are. */
    public static final class Builder {
        private boolean strict;
        private EnumSet<ReportProblem.Type> fatal = errors();
        private ReportInput input = ReportInput.detecting();

        private Builder() {}

        private static EnumSet<ReportProblem.Type> errors() {
            EnumSet<ReportProblem.Type> types = EnumSet.noneOf(ReportProblem.Type.class);
            for (ReportProblem.Type t : ReportProblem.Type.values()) {
                if (t.severity() == ReportProblem.Severity.ERROR) {
                    types.add(t);
                }
            }
            return types;
        }

        /**
         * Whether a problem of a fatal type stops parsing with a {@link ReportParseException} (true) or
         * every problem is only reported to the sink (false, the default).
         *
         * @param strict true for a strict parser
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The problem types a strict parser throws on; the default is every type of {@link
         * ReportProblem.Severity#ERROR} ({@link ReportProblem.Type#NO_BODY_START}). Only a strict parser
         * throws: for a lenient one the set has no effect. An empty set makes a strict parser that never
         * throws.
         *
         * @param types the fatal types, e.g. {@code EnumSet.of(NO_BODY_START, NO_TARGET_LIST)}
         * @return this builder
         * @throws NullPointerException if {@code types} or one of them is null
         */
        public Builder fatal(Set<ReportProblem.Type> types) {
            EnumSet<ReportProblem.Type> copy = EnumSet.noneOf(ReportProblem.Type.class);
            for (ReportProblem.Type t : Objects.requireNonNull(types, "types")) {
                copy.add(Objects.requireNonNull(t, "type"));
            }
            this.fatal = copy;
            return this;
        }

        /**
         * Reads files ({@link #parse(Path)}) in this encoding instead of detecting it.
         *
         * @param charset the encoding of every file, e.g. {@code Charset.forName("GBK")}
         * @return this builder
         * @throws NullPointerException if {@code charset} is null
         */
        public Builder encoding(Charset charset) {
            this.input = ReportInput.forcing(charset);
            return this;
        }

        /** A parser with this builder's settings. */
        public ReportParser build() {
            return new ReportParser(this);
        }
    }

    /** True when this parser throws on the first problem of a {@linkplain #fatalTypes() fatal type}. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The problem types this parser throws on when it is strict.
     *
     * @return an unmodifiable set; by default the types of severity ERROR
     */
    public Set<ReportProblem.Type> fatalTypes() {
        return fatal;
    }

    /**
     * Reads a report, ignoring problems (lenient) or throwing on the first fatal one (strict).
     *
     * @param text the whole report
     * @return the report
     * @throws NullPointerException if {@code text} is null
     * @throws ReportParseException if this parser is strict and the text has a problem of a fatal type
     */
    public Report parse(CharSequence text) {
        return parse(text, problem -> {});
    }

    /**
     * Reads a report, handing every problem found to {@code sink} (and, when strict, throwing on the
     * first of a fatal type after the sink has seen it).
     *
     * @param text the whole report
     * @param sink receives each problem, in the order found
     * @return the report
     * @throws NullPointerException if an argument is null
     * @throws ReportParseException if this parser is strict and the text has a problem of a fatal type
     */
    public Report parse(CharSequence text, Consumer<ReportProblem> sink) {
        return parse(text, sink, null);
    }

    /**
     * Reads a report file, decoded as {@link ReportInput} says (UTF-8 with or without a byte order mark,
     * UTF-16 with one, else GB18030; or the builder's {@linkplain Builder#encoding encoding}). Offsets in
     * the report count UTF-16 code units of the text as decoded, after the byte order mark.
     *
     * @param file a report: plain text, Markdown or HTML
     * @return the report
     * @throws ReportInput.DecodingException if the bytes are not valid text in the encoding
     * @throws IOException if the file cannot be read
     * @throws ReportParseException if this parser is strict and the text has a problem of a fatal type;
     *     its {@link ReportParseException#source()} is the file
     */
    public Report parse(Path file) throws IOException {
        return parse(file, problem -> {});
    }

    /**
     * Reads a report file as {@link #parse(Path)} does, handing every problem to {@code sink}.
     *
     * @param file a report: plain text, Markdown or HTML
     * @param sink receives each problem, in the order found
     * @return the report
     * @throws ReportInput.DecodingException if the bytes are not valid text in the encoding
     * @throws IOException if the file cannot be read
     * @throws ReportParseException if this parser is strict and the text has a problem of a fatal type
     */
    public Report parse(Path file, Consumer<ReportProblem> sink) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        return parse(input.read(file), sink, file.toString());
    }

    /**
     * Reads a report from characters to their end (the reader is not closed). A leading byte order mark
     * is dropped; offsets count UTF-16 code units of the text after it.
     *
     * @param reader the report's text
     * @return the report
     * @throws IOException if the reader fails
     * @throws ReportParseException if this parser is strict and the text has a problem of a fatal type
     */
    public Report parse(Reader reader) throws IOException {
        return parse(reader, problem -> {});
    }

    /**
     * Reads a report from characters as {@link #parse(Reader)} does, handing every problem to {@code sink}.
     *
     * @param reader the report's text
     * @param sink receives each problem, in the order found
     * @return the report
     * @throws IOException if the reader fails
     * @throws ReportParseException if this parser is strict and the text has a problem of a fatal type
     */
    public Report parse(Reader reader, Consumer<ReportProblem> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        return parse(ReportInput.read(reader), sink, null);
    }

    private Report parse(CharSequence text, Consumer<ReportProblem> sink, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sink, "sink");
        Consumer<ReportProblem> handler = strict ? problem -> {
            sink.accept(problem);
            if (fatal.contains(problem.type())) {
                throw new ReportParseException(problem, source);
            }
        } : sink;
        char[] folded = Folding.fold(text); // once, for the value scanner and the report reader
        List<ValueMention> mentions = values.findAll(text, folded);
        return ReportReader.read(text, folded, mentions, handler);
    }
}
