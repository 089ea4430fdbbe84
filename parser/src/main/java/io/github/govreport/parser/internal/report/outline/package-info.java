/**
 * Stage 3 of the report reader, the outline. Takes the clean lines and the line where the body starts;
 * gives {@link io.github.govreport.parser.internal.report.outline.Outline}: where the body ends, its
 * headings nested into sections, the part (review, plan, glossary …) every line belongs to, and the
 * glossary blocks.
 *
 * <p>A new heading shape goes in {@code Heading}; a new word that says what a part is for goes in the
 * table {@code report/parts.tsv}, with an example heading.
 */
package io.github.govreport.parser.internal.report.outline;
