package io.github.govreport.model;

import io.github.govreport.core.Span;
import java.util.Objects;

/**
 * A statement that the report deliberately sets no target for a measure: {@code
 * 不设定年度经济增长具体目标} says there is no target for 经济增长. It records "no target set", as opposed
 * to a target that is simply not found in the text.
 *
 * @param measure the measure the report says it sets no target for, as the text names it (e.g. {@code
 *     经济增速})
 * @param span the statement, as UTF-16 offsets into the text as given
 */
public record NoTarget(String measure, Span span) {

    /**
     * Creates a no-target statement.
     *
     * @throws NullPointerException if {@code measure} or {@code span} is null
     */
    public NoTarget {
        Objects.requireNonNull(measure, "measure: the measure a report sets no target for is required");
        Objects.requireNonNull(span, "span: the span of a no-target statement is required");
    }
}
