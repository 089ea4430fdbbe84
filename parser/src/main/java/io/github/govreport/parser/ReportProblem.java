package io.github.govreport.parser;

import java.util.Objects;

/**
 * Something the report parser found but could not place, or expected but did not find. Lenient parsing
 * leaves such things out of the {@code Report} and hands each problem to the caller's sink; strict
 * parsing throws a {@link ReportParseException} for the first problem of a fatal type (by default those
 * of {@link Severity#ERROR}; see {@link ReportParser.Builder#fatal}).
 *
 * <p>Each {@link Type} has one {@link Severity}:
 * <table>
 * <caption>Problem types by severity</caption>
 * <tr><th>severity</th><th>types</th></tr>
 * <tr><td>{@link Severity#ERROR ERROR}</td><td>{@link Type#NO_BODY_START}</td></tr>
 * <tr><td>{@link Severity#WARNING WARNING}</td><td>{@link Type#MISSING_METADATA}, {@link Type#NO_SECTIONS},
 *     {@link Type#NO_TARGET_LIST}</td></tr>
 * <tr><td>{@link Severity#NOTE NOTE}</td><td>{@link Type#UNNAMED_VALUE}, {@link Type#CORRUPTED_VALUE},
 *     {@link Type#UNREADABLE_NOTE}, {@link Type#UNMATCHED_NOTE_MARKER}</td></tr>
 * </table>
 *
 * @param type what kind of problem
 * @param index the UTF-16 offset in the text as given where it was found (0 for a whole-report problem)
 * @param line the 1-based line number of {@code index}, counting lines as the text breaks them (LF, CR LF,
 *     CR CR LF, a lone CR, a form feed, a vertical tab, NEL, U+2028, U+2029); an HTML {@code <br>} or
 *     {@code <p>} does not start a new line here
 * @param column the 1-based column (in UTF-16 units) of {@code index} in that line
 * @param excerpt a short piece of the text around {@code index}, on one line
 * @param message what is wrong, in English
 */
public record ReportProblem(Type type, int index, int line, int column, String excerpt, String message) {

    /** How much a problem says about the result. */
    public enum Severity {
        /** The text was not read as a government work report: what came out is hardly a report. */
        ERROR,
        /** Something a report is expected to have was not found: the result lacks a part of it. */
        WARNING,
        /** A detail was left out (a value without a name, a broken note): the report stands. */
        NOTE
    }

    /** The kinds of problem, each with its {@link Severity}. */
    public enum Type {
        /**
         * {@link Severity#ERROR}: no report body was recognized (no 各位代表 opening): the whole text was
         * read as body. An empty text has none either.
         */
        NO_BODY_START(Severity.ERROR),
        /** {@link Severity#WARNING}: a metadata field the report should state was not found. */
        MISSING_METADATA(Severity.WARNING),
        /**
         * {@link Severity#WARNING}: the evidence for the year planned disagrees (the delivery date says 2026, a
         * plan heading 2025): the message gives the year taken and every reading against it.
         */
        CONFLICTING_YEAR(Severity.WARNING),
        /** {@link Severity#WARNING}: no section heading was recognized. */
        NO_SECTIONS(Severity.WARNING),
        /** {@link Severity#WARNING}: the plan part has no recognizable list of main expected targets. */
        NO_TARGET_LIST(Severity.WARNING),
        /** {@link Severity#NOTE}: a value in the review or plan part whose measure has no name in the text around it. */
        UNNAMED_VALUE(Severity.NOTE),
        /** {@link Severity#NOTE}: a value destroyed in the source, such as {@code $1.$2} left by a faulty conversion. */
        CORRUPTED_VALUE(Severity.NOTE),
        /** {@link Severity#NOTE}: a glossary line that could not be read as a term and its definition. */
        UNREADABLE_NOTE(Severity.NOTE),
        /** {@link Severity#NOTE}: a note marker in the body ([3]) with no note of that number, or a note with no marker. */
        UNMATCHED_NOTE_MARKER(Severity.NOTE);

        private final Severity severity;

        Type(Severity severity) {
            this.severity = severity;
        }

        /**
         * How much a problem of this type says about the result.
         *
         * @return the type's severity, the same for every problem of the type
         */
        public Severity severity() {
            return severity;
        }
    }

    /**
     * Creates a problem.
     *
     * @throws NullPointerException if {@code type}, {@code excerpt} or {@code message} is null
     */
    public ReportProblem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The severity of this problem's type.
     *
     * @return {@code type().severity()}
     */
    public Severity severity() {
        return type.severity();
    }

    /** {@code line:column SEVERITY TYPE message «excerpt»}. */
    @Override
    public String toString() {
        return line + ":" + column + " " + severity() + " " + type + " " + message + " «" + excerpt + "»";
    }
}
