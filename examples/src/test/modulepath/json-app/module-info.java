/**
 * A module-path application that writes a report as JSON: it needs the parser and Jackson 3, nothing
 * else. {@code ModulePathTest} compiles and runs it.
 */
module io.github.govreport.example.json {
    requires io.github.govreport.parser;
    requires tools.jackson.databind;
}
