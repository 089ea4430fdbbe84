/**
 * Stage 2 of the report reader, the header. Takes the clean lines; gives {@link
 * io.github.govreport.parser.internal.report.header.MetadataReader.Header}: the title and the year it names,
 * the delivery date, the meeting, the speaker and office, the region and level of government, and the
 * line where the body starts (the first that opens with 各位代表).
 *
 * <p>Rules about how a report names itself go here: title shapes ({@code Titles}), dates ({@code
 * HeaderDates}), meetings ({@code Meetings}, {@code report/meetings.tsv}), offices and speakers ({@code
 * Speakers}, {@code report/offices.tsv}), region names ({@code RegionNames}, {@code Regions}).
 */
package io.github.govreport.parser.internal.report.header;
