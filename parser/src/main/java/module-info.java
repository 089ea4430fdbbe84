/**
 * Reading government work report text: the value parser and the report parser. The {@code internal}
 * package is not part of the API.
 */
module io.github.govreport.parser {
    requires transitive io.github.govreport.model;

    exports io.github.govreport.parser;
}
