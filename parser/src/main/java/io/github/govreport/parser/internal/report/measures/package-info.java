/**
 * Stage 5 of the report reader, measures. Takes the outline, the years and the value mentions; gives the
 * indicators and targets: for each value, whether its sentence states a result or a goal and of which
 * period ({@code Statements}, {@code report/statements.tsv}), the name of what it measures ({@code
 * MeasureNames}), its concept ({@code Concepts}, {@code report/concepts.tsv}, {@code
 * report/concept-modifiers.tsv}), whether it is on the headline list ({@code HeadlineList}, {@code report/target-lists.tsv}); and the measures the report sets
 * no target for on purpose ({@code NoTargets}).
 *
 * <p>Rules about time words in a sentence, names and concepts go here, each with its table.
 */
package io.github.govreport.parser.internal.report.measures;
