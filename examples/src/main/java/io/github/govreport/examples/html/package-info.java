/**
 * The HTML views of the command line: one report as a page with every value marked ({@code html}), and a
 * panel of targets against outcomes with an SVG chart per measure ({@code panel --html}). Pages are
 * self-contained: no script, no font or style from outside.
 */
package io.github.govreport.examples.html;
