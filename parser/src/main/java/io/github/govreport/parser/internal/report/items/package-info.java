/**
 * Stage 6 of the report reader, items. Takes the outline and the targets; gives the tasks of the plan
 * ({@code Tasks}: the finest headings, enumerated items, lead sentences that open with a word of {@code
 * report/task-leads.tsv}) and the glossary notes with the places that refer to them ({@code
 * AnnotationReader}).
 *
 * <p>Rules about what a work item is, and about glossary notes and their markers, go here.
 */
package io.github.govreport.parser.internal.report.items;
