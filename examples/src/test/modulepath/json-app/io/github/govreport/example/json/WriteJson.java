package io.github.govreport.example.json;

import io.github.govreport.model.Report;
import io.github.govreport.model.json.GovReportModule;
import io.github.govreport.parser.ReportParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses the report named by the first argument and writes it as JSON, as a user's application on the
 * module path would: the module registered with {@code addModule}, lossless JSON read back to an equal
 * report, and the contract JSON written to the file named by the second argument. It prints what the
 * test checks: the module the model was loaded from, whether the lossless JSON read back equal, and which
 * modules {@code findAndAddModules()} finds on the module path.
 */
public final class WriteJson {

    private WriteJson() {}

    public static void main(String[] args) throws Exception {
        Report report = ReportParser.builder().build().parse(Path.of(args[0]));

        JsonMapper lossless = JsonMapper.builder().addModule(new GovReportModule()).build();
        Report back = lossless.readValue(lossless.writeValueAsString(report), Report.class);

        JsonMapper contract = JsonMapper.builder().addModule(GovReportModule.contract()).build();
        Files.writeString(Path.of(args[1]), contract.writeValueAsString(report), StandardCharsets.UTF_8);

        StringBuilder found = new StringBuilder();
        for (JacksonModule m : JsonMapper.builder().findAndAddModules().build().registeredModules()) {
            found.append(found.length() == 0 ? "" : ",").append(m.getClass().getName());
        }
        System.out.println("model module: " + Report.class.getModule().getName());
        System.out.println("lossless round trip equal: " + report.equals(back));
        System.out.println("found by findAndAddModules: [" + found + "]");
    }
}
