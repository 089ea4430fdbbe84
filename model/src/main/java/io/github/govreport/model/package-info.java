/**
 * The report model: Report, its metadata, sections, indicators, targets, tasks, annotations and the
 * measures it sets no target for. What each part means, and how the parser fills it, is documented in
 * the project's <a href="https://github.com/govreport/govreport/blob/main/docs/report.md">docs/report.md</a>.
 */
package io.github.govreport.model;
