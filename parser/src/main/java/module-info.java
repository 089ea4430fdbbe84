/**
 * Reading government work report text: the value parser and the report parser. The {@code internal}
 * package is not part of the API. What they read is documented in the project's <a href="https://github.com/govreport/govreport/blob/main/docs/values.md">docs/values.md</a> and
 * <a href="https://github.com/govreport/govreport/blob/main/docs/report.md">docs/report.md</a>.
 */
module io.github.govreport.parser {
    requires transitive io.github.govreport.model;

    exports io.github.govreport.parser;
}
