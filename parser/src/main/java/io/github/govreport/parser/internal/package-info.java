/**
 * The value scanner behind {@link io.github.govreport.parser.ValueParser}: one pass over the folded text
 * ({@code Folding}), in which {@code MentionScanner} finds where a value may start and reads the words
 * around it, {@code AmountReader} reads the amount (numerals through {@code NumeralReader}, magnitudes,
 * units, dates, ranges), {@code NameGuard} and {@code ResidueGuard} turn away numbers that name something
 * or are page residue, and {@code Lexicon} holds the words as tables ({@code lexicon/*.tsv}) in {@code
 * WordTrie}s. The report reader lives in {@code internal.report}. Not exported from the module.
 */
package io.github.govreport.parser.internal;
