package io.github.govreport.model;

import io.github.govreport.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * A glossary note: a term the report explains, its definition, and where the body refers to it (the
 * term itself or a marker such as {@code [3]}).
 *
 * @param term the term explained
 * @param definition the explanation
 * @param span the note itself
 * @param references where the body refers to the note, in order
 */
public record Annotation(String term, String definition, Span span, List<Span> references) {

    /**
     * Creates an annotation.
     *
     * @throws NullPointerException if an argument is null
     */
    public Annotation {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(span, "span");
        references = List.copyOf(references);
    }
}
