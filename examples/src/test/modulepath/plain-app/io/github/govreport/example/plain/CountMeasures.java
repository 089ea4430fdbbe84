package io.github.govreport.example.plain;

import io.github.govreport.model.Report;
import io.github.govreport.parser.ReportParser;
import java.nio.file.Path;

/**
 * Parses the report named by the first argument and prints its region, year and how many indicators and
 * targets it has, and the modules of the boot layer, so the test can see that nothing beyond govreport
 * and the JDK was needed.
 */
public final class CountMeasures {

    private CountMeasures() {}

    public static void main(String[] args) throws Exception {
        Report report = ReportParser.builder().build().parse(Path.of(args[0]));
        System.out.println(report.metadata().region() + " " + report.metadata().year() + " indicators="
                + report.indicators().size() + " targets=" + report.targets().size());
        ModuleLayer.boot().modules().stream()
                .map(Module::getName)
                .filter(name -> !name.startsWith("java.") && !name.startsWith("jdk."))
                .sorted()
                .forEach(name -> System.out.println("module " + name));
    }
}
