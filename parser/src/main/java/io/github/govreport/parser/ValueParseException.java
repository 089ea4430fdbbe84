package io.github.govreport.parser;

import java.util.Objects;

/**
 * Thrown by {@link ValueParser#parse} when its input is not exactly one value expression. It says what
 * was wrong ({@link #errorType()}), where ({@link #index()}, a UTF-16 offset into the input), and keeps
 * the input. Lenient reading ({@link ValueParser#findAll}) never throws it.
 */
public final class ValueParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was wrong with the input. */
    public enum ErrorType {
        /** The input is empty or only white space. */
        EMPTY,
        /** No value could be read: the input holds no number at all ({@code 稳步推进}). */
        NOT_A_VALUE,
        /**
         * The input holds a number that names rather than states a value, or a run of numeral chars that is
         * no numeral: an ordinal ({@code 第三次}), a code, a quoted name, {@code 十三五}.
         */
        NOT_A_MENTION,
        /** Text stands before the value. */
        LEADING_TEXT,
        /** Text stands after the value (or a second value follows). */
        TRAILING_TEXT
    }

    /** What was wrong. */
    private final ErrorType errorType;
    /** Where, as a UTF-16 offset into the input. */
    private final int index;
    /** The whole input. */
    private final String input;

    /**
     * Creates the exception.
     *
     * @param errorType what was wrong
     * @param index where, as a UTF-16 offset into {@code input}
     * @param input the whole input
     * @param detail a short explanation, in English
     */
    public ValueParseException(ErrorType errorType, int index, String input, String detail) {
        super(errorType + " at index " + index + " of \"" + abbreviate(input) + "\": " + detail);
        this.errorType = Objects.requireNonNull(errorType, "errorType");
        this.index = index;
        this.input = Objects.requireNonNull(input, "input");
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** What was wrong. */
    public ErrorType errorType() {
        return errorType;
    }

    /** Where, as a UTF-16 offset into {@link #input()}. */
    public int index() {
        return index;
    }

    /** The whole input that was given. */
    public String input() {
        return input;
    }
}
