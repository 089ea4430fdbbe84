package io.github.govreport.parser.internal.report.text;

import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.Lexicon;
import java.util.List;

/** The report reader's word tables, the {@code .tsv} files of the resource folder {@code report/}. */
public final class ReportTables {

    private static final String FOLDER = "/io/github/govreport/parser/report/";

    private ReportTables() {}

    /** The rows of {@code table}, which every stage reads through here so that all find one folder. */
    public static List<Row> read(String table) {
        return Lexicon.readTable(FOLDER, table);
    }
}
