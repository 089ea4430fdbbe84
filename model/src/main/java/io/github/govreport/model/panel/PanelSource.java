package io.github.govreport.model.panel;

import io.github.govreport.model.Report;
import java.util.Objects;

/**
 * One report given to a {@link Panel}, with the name of the file it was read from, so that every row can
 * say where its target and its outcome come from.
 *
 * @param file the file the report was read from, as the caller names it; null when there is none
 * @param report the report
 */
public record PanelSource(String file, Report report) {

    /**
     * Creates a source.
     *
     * @throws NullPointerException if {@code report} is null
     */
    public PanelSource {
        Objects.requireNonNull(report, "report: a panel source needs its report");
    }
}
