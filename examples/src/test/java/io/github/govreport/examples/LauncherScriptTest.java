package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The launcher script {@code examples/govreport} runs the same command line as {@code java -jar} with its
 * own JVM options, and says how to build the jar when it is missing. Run on this test's class path, so
 * that it needs no packaged jar.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("govreport");

    private static Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command);
        b.environment().remove("GOVREPORT_CLASSPATH");
        b.environment().remove("GOVREPORT_JAVA_OPTS");
        b.environment().putAll(env);
        return b.start();
    }

    private static String read(java.io.InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theScriptPrintsWhatTheCommandLinePrints() throws Exception {
        assertTrue(Files.isExecutable(SCRIPT), "the script is executable in the checkout");
        Process p = start(Map.of("GOVREPORT_CLASSPATH", System.getProperty("java.class.path")), "summary", "sample/sample-report.txt");
        String out = read(p.getInputStream());
        String err = read(p.getErrorStream());
        assertEquals(0, p.waitFor(), err);
        assertEquals(CliTest.run("summary", "sample/sample-report.txt").out(), out);
    }

    @Test
    void theScriptUsesTheQuickCompilerAndTheSerialCollectorUnlessToldOtherwise() throws Exception {
        String cp = System.getProperty("java.class.path");
        // JAVA_TOOL_OPTIONS makes the JVM print its flags beside the script's own options
        String byDefault = read(start(Map.of("GOVREPORT_CLASSPATH", cp, "JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal"), "--version").getInputStream());
        assertTrue(byDefault.matches("(?s).*TieredStopAtLevel\\s+= 1 .*"), "the quick compiler only");
        assertTrue(byDefault.matches("(?s).*UseSerialGC\\s+= true .*"), "the serial collector");
        assertTrue(byDefault.contains("govreport " + Cli.version()), "the command ran");
        String replaced = read(start(Map.of("GOVREPORT_CLASSPATH", cp, "JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal", "GOVREPORT_JAVA_OPTS", ""),
                "--version").getInputStream());
        assertTrue(replaced.matches("(?s).*TieredStopAtLevel\\s+= 4 .*"), "the JVM's defaults when GOVREPORT_JAVA_OPTS is empty");
    }

    @Test
    void aMissingJarGetsOneLineAndAnExitCode() throws Exception {
        Path empty = Files.createTempDirectory("launcher");
        Path copy = Files.copy(SCRIPT, empty.resolve("govreport"));
        ProcessBuilder b = new ProcessBuilder("sh", copy.toString(), "summary");
        b.environment().remove("GOVREPORT_CLASSPATH");
        Process p = b.start();
        String err = read(p.getErrorStream());
        assertEquals(2, p.waitFor());
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("mvn -B -ntp -DskipTests package"), err);
    }
}
