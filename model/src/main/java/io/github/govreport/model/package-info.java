/** The report model: Report, its metadata, sections, indicators, targets, tasks and annotations. */
package io.github.govreport.model;
