/**
 * A module-path application without Jackson: it reads reports with nothing but the three govreport
 * modules and the JDK. {@code ModulePathTest} compiles and runs it.
 */
module io.github.govreport.example.plain {
    requires io.github.govreport.parser;
}
