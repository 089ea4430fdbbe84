/**
 * Stage 4 of the report reader, time. Takes the header, the outline and the value mentions; gives {@link
 * io.github.govreport.parser.internal.report.time.YearPlanned}, the year the report plans for with the
 * evidence it rests on, and {@link io.github.govreport.parser.internal.report.time.Years}: the span its
 * review statements speak of and the reviewed years the metadata reports. Where the year comes from the
 * headings, the reader reads the outline again knowing it. Also the names of five-year
 * plans and the review words that state a span (一年来, 五年来: {@code report/reviews.tsv}).
 *
 * <p>A rule about which evidence fixes the year planned goes here.
 */
package io.github.govreport.parser.internal.report.time;
