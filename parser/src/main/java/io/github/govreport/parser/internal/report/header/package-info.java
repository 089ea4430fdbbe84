/**
 * Stage 2 of the report reader, the header. Takes the clean lines; gives {@link
 * io.github.govreport.parser.internal.report.header.MetadataReader.Header}: the title and the year it names,
 * the delivery date, the meeting, the speaker and office, the region and level of government, and the
 * line where the body starts (the address 各位代表：, or the first part where no address opens the body); then
 * {@link io.github.govreport.parser.internal.report.header.RegionPlaces}: the region as a place of the
 * {@link io.github.govreport.parser.internal.report.header.Gazetteer}, with its code and level.
 *
 * <p>Rules about how a report names itself go here: title shapes ({@code Titles}), dates ({@code
 * HeaderDates}), meetings ({@code Meetings}, {@code report/meetings.tsv}), offices and speakers ({@code
 * Speakers}, {@code report/offices.tsv}), region phrases ({@code RegionNames}), places ({@code
 * report/gazetteer.tsv}, generated; {@code former-names.tsv} and {@code taiwan.tsv}, by hand).
 */
package io.github.govreport.parser.internal.report.header;
