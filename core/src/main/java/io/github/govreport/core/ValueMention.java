package io.github.govreport.core;

import java.util.Objects;

/**
 * One value found in a text: where it stands, the text as written there, and what it means.
 *
 * @param span where the mention stands in the text as given; it runs from the change word that
 *     governs the number ({@code 增长}) through the qualifier suffix ({@code 左右})
 * @param text exactly {@code span.of(input)}
 * @param value the normalized meaning
 */
public record ValueMention(Span span, String text, Value value) {

    /**
     * Creates a mention.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text's length differs from the span's
     */
    public ValueMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text length " + text.length() + " differs from span " + span);
        }
    }

    /** The start offset, {@code span().start()}. */
    public int start() {
        return span.start();
    }

    /** The end offset, {@code span().end()}. */
    public int end() {
        return span.end();
    }

    @Override
    public String toString() {
        return span + " " + text + " = " + value;
    }
}
