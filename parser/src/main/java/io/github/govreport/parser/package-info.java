/**
 * Reading government work report text: {@link io.github.govreport.parser.ValueParser} finds and normalizes
 * every value mention, {@link io.github.govreport.parser.ReportParser} reads a whole report into the
 * model, and {@link io.github.govreport.parser.ReportInput} reads files in any of the encodings reports come
 * in. Lenient methods never throw and report {@link io.github.govreport.parser.ReportProblem}s; strict ones
 * throw {@link io.github.govreport.parser.ValueParseException}.
 */
package io.github.govreport.parser;
