package io.github.govreport.model;

import io.github.govreport.core.Span;
import java.util.List;
import java.util.Objects;

/**
 * A part of a report and the parts nested in it: {@code 一、2017年工作回顾} with its {@code （一）…}
 * sub-parts.
 *
 * @param title the heading as written, without its numbering mark's surrounding markup
 * @param level 1 for a top-level part, 2 for its sub-parts, and so on
 * @param span from the heading to the end of the part's last line
 * @param sections the sub-parts, in order
 */
public record Section(String title, int level, Span span, List<Section> sections) {

    /**
     * Creates a section.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code level} is less than 1
     */
    public Section {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(span, "span");
        sections = List.copyOf(sections);
        if (level < 1) {
            throw new IllegalArgumentException("section level must be at least 1: " + level);
        }
    }
}
