/** The report model: Report, its metadata, sections, indicators, targets, tasks, annotations and the
 * measures it sets no target for. */
package io.github.govreport.model;
