package io.github.govreport.parser;

import java.util.Objects;

/**
 * Something the report parser found but could not place, or expected but did not find. Lenient parsing
 * leaves such things out of the {@code Report} and hands each problem to the caller's sink; strict
 * parsing throws a {@link ReportParseException} for the first one.
 *
 * @param type what kind of problem
 * @param index the UTF-16 offset in the text as given where it was found (0 for a whole-report problem)
 * @param line the 1-based line number of {@code index}
 * @param column the 1-based column (in UTF-16 units) of {@code index}
 * @param excerpt a short piece of the text around {@code index}, on one line
 * @param message what is wrong, in English
 */
public record ReportProblem(Type type, int index, int line, int column, String excerpt, String message) {

    /** The kinds of problem. */
    public enum Type {
        /** No report body was recognized (no 各位代表 opening, no title): the whole text was read as body. */
        NO_BODY_START,
        /** A metadata field the report should state was not found. */
        MISSING_METADATA,
        /** No section heading was recognized. */
        NO_SECTIONS,
        /** The plan part has no recognizable list of main expected targets. */
        NO_TARGET_LIST,
        /** A value in the review or plan part whose measure has no name in the text around it. */
        UNNAMED_VALUE,
        /** A value destroyed in the source, such as {@code $1.$2} left by a faulty conversion. */
        CORRUPTED_VALUE,
        /** A glossary line that could not be read as a term and its definition. */
        UNREADABLE_NOTE,
        /** A note marker in the body ([3]) with no note of that number, or a note with no marker. */
        UNMATCHED_NOTE_MARKER
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

    /** {@code line:column TYPE message «excerpt»}. */
    @Override
    public String toString() {
        return line + ":" + column + " " + type + " " + message + " «" + excerpt + "»";
    }
}
