package io.github.govreport.model.panel;

import java.util.List;
import java.util.Objects;

/**
 * A panel's rows and every report, or part of a report, it left out, with the reason: nothing given to a
 * {@link Panel} is dropped without a word.
 *
 * @param rows the rows, ordered as {@link Panel#of} says
 * @param leftOut the reports without a region or a year, the second report of a region for one year, and
 *     the reports that give no row; first those met while placing the reports, in the order given, then
 *     those that give no row, in the order given
 */
public record PanelResult(List<PanelRow> rows, List<LeftOut> leftOut) {

    /**
     * Creates a result.
     *
     * @throws NullPointerException if a list is null
     */
    public PanelResult {
        rows = List.copyOf(rows);
        leftOut = List.copyOf(leftOut);
    }

    /** Why a report, or part of one, is left out of a panel. */
    public enum Reason {
        /** The report names no region: it cannot be placed. */
        NO_REGION,
        /** The report plans for no year and reviews no single year: it cannot be placed. */
        NO_YEAR,
        /** Another report of its region, given before it, plans for the same year: its targets are left out. */
        SAME_YEAR_PLANNED,
        /** Another report of its region, given before it, reviews the same year: its outcomes are left out. */
        SAME_YEAR_REVIEWED,
        /**
         * The report is placed but gives no row: it sets no annual target the panel keeps, and no report of its
         * region sets targets for the year it reviews.
         */
        NO_ROW
    }

    /**
     * One report, or part of one, left out.
     *
     * @param source the report as it was given
     * @param reason why
     * @param message the reason in words, for a line after the file's name ({@code no region found, left out
     *     of the panel})
     */
    public record LeftOut(PanelSource source, Reason reason, String message) {

        /**
         * Creates an entry.
         *
         * @throws NullPointerException if an argument is null
         */
        public LeftOut {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
