/**
 * The language of values in government work reports, with no parsing: a {@link
 * io.github.govreport.core.Value} is an amount (quantity with magnitude and unit, percent, points,
 * multiple, fraction, date, range), an optional change with its direction and basis, and a qualifier;
 * {@link io.github.govreport.core.ValueMention} places one in a text. All records are immutable and exact
 * ({@code BigDecimal}, never {@code double}).
 */
package io.github.govreport.core;
