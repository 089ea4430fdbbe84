/**
 * Targets against outcomes: {@link io.github.govreport.model.panel.Panel} holds each annual target a
 * region's report sets for a year against the outcome the same region's next report gives for that year,
 * one {@link io.github.govreport.model.panel.PanelRow} each, with a {@link
 * io.github.govreport.model.panel.Status} and the difference. JDK only.
 */
package io.github.govreport.model.panel;
