/**
 * Stage 1 of the report reader, the text. Takes the text as given and its folded chars; gives {@link
 * io.github.govreport.parser.internal.report.text.ReportText}: lines with a clean form for matching (markup
 * removed, entities decoded, widths folded, Traditional turned Simplified) whose every char maps back to an
 * offset of the text as given. Also what every later stage shares and nothing of a report's meaning: the
 * problem sink with line and column, the word tables' folder, years written in digits.
 *
 * <p>A new rule about what counts as markup or white space goes here; a rule about what the words mean
 * does not.
 */
package io.github.govreport.parser.internal.report.text;
