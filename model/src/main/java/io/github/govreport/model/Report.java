package io.github.govreport.model;

import io.github.govreport.core.ValueMention;
import java.util.List;
import java.util.Objects;

/**
 * A government work report read into a typed model. Every span in it is a UTF-16 offset range into the
 * text the report was read from, exactly as given.
 *
 * @param metadata what the report says about itself
 * @param sections the top-level parts, each with its sub-parts
 * @param indicators the statistics it gives for the period it reviews
 * @param targets the quantified goals it sets
 * @param tasks the work items of its plan
 * @param annotations its glossary notes
 * @param values every value mention in the text, in order
 * @param noTargets the measures it says on purpose it sets no target for ({@code 不设定年度经济增长具体目标}),
 *     in order; empty when it says so for none, so that "no target set" differs from "no target found"
 */
public record Report(
        Metadata metadata,
        List<Section> sections,
        List<Indicator> indicators,
        List<Target> targets,
        List<Task> tasks,
        List<Annotation> annotations,
        List<ValueMention> values,
        List<NoTarget> noTargets) {

    /**
     * Creates a report; the lists are copied.
     *
     * @throws NullPointerException if an argument is null
     */
    public Report {
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        annotations = List.copyOf(annotations);
        values = List.copyOf(values);
        noTargets = List.copyOf(noTargets);
    }

    /**
     * Creates a report that states no measure without a target: {@link #noTargets()} is empty. This is
     * the constructor from before no-target statements were recorded; the lists are copied.
     *
     * @param metadata what the report says about itself
     * @param sections the top-level parts, each with its sub-parts
     * @param indicators the statistics it gives for the period it reviews
     * @param targets the quantified goals it sets
     * @param tasks the work items of its plan
     * @param annotations its glossary notes
     * @param values every value mention in the text, in order
     * @throws NullPointerException if an argument is null
     */
    public Report(
            Metadata metadata,
            List<Section> sections,
            List<Indicator> indicators,
            List<Target> targets,
            List<Task> tasks,
            List<Annotation> annotations,
            List<ValueMention> values) {
        this(metadata, sections, indicators, targets, tasks, annotations, values, List.of());
    }

    /** The targets on the report's headline list (主要预期目标). */
    public List<Target> headlineTargets() {
        return targets.stream().filter(Target::headline).toList();
    }
}
