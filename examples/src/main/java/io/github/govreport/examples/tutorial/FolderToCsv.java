package io.github.govreport.examples.tutorial;

import io.github.govreport.examples.MeasureCsv;
import io.github.govreport.examples.ReportFiles;
import io.github.govreport.model.Report;
import io.github.govreport.parser.ReportParser;
import io.github.govreport.parser.ReportProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lesson 4: a folder of reports into one CSV table of their indicators and targets, for a spreadsheet.
 *
 * <p>It shows how to find every report file under a folder, plain text, Markdown or HTML ({@code .txt
 * .md .markdown .html .htm}; {@link Files#walk}, closed with try-with-resources), how to let the parser
 * read each file in whatever encoding it is saved ({@link ReportParser#parse(Path, java.util.function.Consumer)}:
 * UTF-8, UTF-16 with a byte order mark, or GB18030/GBK), how to pass over a file that is no report (its
 * problems include an {@link ReportProblem.Severity#ERROR}), how to keep going when one file is bad (catch
 * per file, report it, carry on, and exit with status 1 at the end), and how to write CSV that a
 * spreadsheet reads back exactly: each row
 * comes from {@link MeasureCsv#rows}, numbers are exact decimal strings ({@code 35670000000} for {@code
 * 356.7亿元}, {@code -2.3} for {@code 下降2.3%}), and fields with commas or quotes are quoted.
 *
 * <p>Columns: {@code file} (the report's path below the folder), then {@code
 * type,name,concept,value,change,unit,headline,stretch,period} as in {@code govreport summary --csv}.
 *
 * <p>Run: {@code java -cp examples/target/govreport-cli.jar
 * io.github.govreport.examples.tutorial.FolderToCsv [FOLDER [OUT.csv]]}: the folder defaults to {@code
 * examples/sample}, the output to standard output.
 */
public final class FolderToCsv {

    private FolderToCsv() {}

    /**
     * Writes one CSV of the indicators and targets of every report in a folder.
     *
     * @param args optionally, the folder, then the CSV file to write
     */
    public static void main(String[] args) {
        Path folder = Tutorial.folderOrSample(args, 0);
        if (!Files.isDirectory(folder)) {
            Tutorial.fail("not a folder: " + folder);
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> ReportFiles.isReportFile(p) && Files.isRegularFile(p))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            Tutorial.fail("cannot list " + folder + ": " + e.getMessage());
            return;
        }

        if (files.isEmpty()) {
            Tutorial.fail("no report files (.txt, .md, .markdown, .html, .htm) in " + folder);
            return;
        }

        ReportParser parser = ReportParser.builder().build();
        List<String> failed = new ArrayList<>();
        List<String> notReports = new ArrayList<>();
        int rows = 0;
        try (Writer csv = open(args)) {
            List<String> header = new ArrayList<>(List.of("file"));
            header.addAll(MeasureCsv.HEADER);
            csv.write(MeasureCsv.line(header));
            for (Path file : files) {
                String name = folder.relativize(file).toString();
                Report report;
                List<ReportProblem> problems = new ArrayList<>();
                try {
                    report = parser.parse(file, problems::add); // decodes UTF-8, UTF-16 or GB18030
                } catch (IOException e) {
                    failed.add(Tutorial.describe(e)); // one bad file does not stop the others
                    continue;
                }
                if (problems.stream().anyMatch(p -> p.severity() == ReportProblem.Severity.ERROR)) {
                    notReports.add(name); // a README or a notice in the folder: no rows, but say so
                    continue;
                }
                for (List<String> row : MeasureCsv.rows(report)) {
                    List<String> line = new ArrayList<>();
                    line.add(name);
                    line.addAll(row);
                    csv.write(MeasureCsv.line(line));
                    rows++;
                }
            }
        } catch (IOException e) {
            Tutorial.fail("cannot write the CSV: " + Tutorial.describe(e));
            return;
        }
        System.err.println("reports: " + (files.size() - failed.size() - notReports.size()) + ", rows: " + rows
                + (args.length > 1 ? ", written to " + args[1] : ""));
        if (!notReports.isEmpty()) {
            System.err.println("not read as reports: " + String.join(", ", notReports));
        }
        if (!failed.isEmpty()) {
            Tutorial.fail("skipped " + failed.size() + ": " + String.join("; ", failed));
        }
    }

    /** The CSV file named by {@code args[1]}, or standard output; UTF-8 either way. */
    private static Writer open(String[] args) throws IOException {
        if (args.length > 1) {
            return Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8);
        }
        // closing this writer must not close System.out: flush it instead
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
