package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.ibm.icu.text.Transliterator;
import io.github.govreport.core.Value;
import io.github.govreport.model.Report;
import io.github.govreport.parser.ReportParser;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications on the module path, as users who write {@code module-info.java} run govreport: the two
 * small applications under {@code src/test/modulepath} are compiled here against the govreport and
 * Jackson jars (or class folders) this build resolved, then run in a JVM of their own with {@code java
 * --module-path … --module …}. Surefire runs this module's tests on the class path, so only a separate
 * JVM shows what the module system does.
 *
 * <ul>
 *   <li>{@code json-app} requires the parser and Jackson, parses the sample report and writes it as JSON
 *       with {@code addModule(new GovReportModule())}: the JSON must equal what the class path writes.
 *   <li>{@code plain-app} requires only the parser and runs with nothing but govreport's three modules:
 *       no third-party module is needed, also for a Traditional text.
 * </ul>
 */
class ModulePathTest {

    private static final Path SOURCES = Path.of("src", "test", "modulepath");

    @TempDir
    Path dir;

    @Test
    void anApplicationOnTheModulePathParsesAReportAndWritesJson() throws Exception {
        List<Path> modules = locations(Value.class, Report.class, ReportParser.class, JsonMapper.class,
                JsonGenerator.class, JsonProperty.class);
        Path app = compile("json-app", modules);
        Path json = dir.resolve("report.json");
        Path sample = GoldenReportTest.sample().toAbsolutePath();

        String out = run(app, modules, "io.github.govreport.example.json/io.github.govreport.example.json.WriteJson",
                sample.toString(), json.toString());

        assertTrue(out.contains("model module: io.github.govreport.model\n"), "the model runs as a named module:\n" + out);
        assertTrue(out.contains("lossless round trip equal: true\n"), out);
        // documented: on the module path the service file is not read and the model declares no provides
        assertTrue(out.contains("found by findAndAddModules: []\n"), out);
        Report report = ReportParser.builder().build().parse(sample);
        assertEquals(GoldenReportTest.PLAIN.readTree(Json.contractMapper().writeValueAsString(report)),
                GoldenReportTest.PLAIN.readTree(Files.readString(json, StandardCharsets.UTF_8)),
                "the module-path application writes the JSON the class path writes");
    }

    @Test
    void anApplicationWithoutJacksonNeedsNothingButGovreport() throws Exception {
        List<Path> modules = locations(Value.class, Report.class, ReportParser.class);
        Path app = compile("plain-app", modules);
        Path sample = GoldenReportTest.sample().toAbsolutePath();
        Path traditional = dir.resolve("traditional.txt");
        Files.writeString(traditional, Transliterator.getInstance("Simplified-Traditional")
                .transliterate(Files.readString(sample, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);

        String main = "io.github.govreport.example.plain/io.github.govreport.example.plain.CountMeasures";
        String simplifiedOut = run(app, modules, main, sample.toString());
        String traditionalOut = run(app, modules, main, traditional.toString());

        Report report = ReportParser.builder().build().parse(sample);
        String counts = report.metadata().region() + " " + report.metadata().year() + " indicators="
                + report.indicators().size() + " targets=" + report.targets().size();
        assertTrue(report.targets().size() > 0, "the sample has targets");
        assertEquals(counts, simplifiedOut.lines().findFirst().orElse(""), simplifiedOut);
        assertEquals(simplifiedOut, traditionalOut, "a Traditional text reads the same on the module path");
        assertEquals(List.of("module io.github.govreport.core", "module io.github.govreport.example.plain",
                        "module io.github.govreport.model", "module io.github.govreport.parser"),
                simplifiedOut.lines().skip(1).toList(), "the boot layer holds govreport and the JDK only");
    }

    /** The jar or class folder each class was loaded from: what this build resolved for it. */
    private static List<Path> locations(Class<?>... classes) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (Class<?> c : classes) {
            paths.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        return paths;
    }

    /** Compiles one application of {@link #SOURCES} against {@code modules}; returns its class folder. */
    private Path compile(String name, List<Path> modules) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        Path out = Files.createDirectories(dir.resolve(name));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "--module-path", path(modules)));
        try (Stream<Path> files = Files.walk(SOURCES.resolve(name))) {
            files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().forEach(args::add);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = javac.run(null, null, err, args.toArray(String[]::new));
        assertEquals(0, code, () -> "javac " + String.join(" ", args) + "\n" + err.toString(StandardCharsets.UTF_8));
        return out;
    }

    /** Runs {@code main} (module/class) with the application and {@code modules} on the module path. */
    private static String run(Path app, List<Path> modules, String main, String... args) throws Exception {
        List<Path> modulePath = new ArrayList<>(modules);
        modulePath.add(app);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the applications print Chinese: UTF-8 whatever the machine's locale (the first name is Java 17's)
                "-Dsun.stdout.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "--module-path", path(modulePath), "--module", main));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the application ends");
        String out = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + "\n" + out);
        return out;
    }

    private static String path(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
