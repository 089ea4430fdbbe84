package io.github.govreport.model;

import io.github.govreport.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * A work item of the plan: a numbered line of work, the lead phrase of a paragraph under one
 * ({@code 加快传统服务业提质升级。}), or a 惠民实事 item.
 *
 * @param title the item's title as written, without its numbering
 * @param section the title of the section it belongs to, or null
 * @param span the item's text, from its title to the end of its paragraph
 * @param targets the targets stated inside it
 */
public record Task(String title, String section, Span span, List<Target> targets) {

    /**
     * Creates a task.
     *
     * @throws NullPointerException if {@code title}, {@code span} or {@code targets} is null
     */
    public Task {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(span, "span");
        targets = List.copyOf(targets);
    }
}
