package io.github.govreport.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the example tables and blocks of the project's {@code docs/} pages, so that tests can check them
 * against the library and the pages stay true.
 *
 * <p>A checked table is the first Markdown table after a line {@code <!-- checked: NAME -->}; a checked
 * block is the first fenced code block after that line. Cells lose surrounding white space and back
 * quotes; {@code —} stands for "none". The pages live in {@code docs/} at the project's root, which is
 * found by walking up from the working directory (Maven runs a module's tests in the module's folder), so
 * the tests also run from an IDE. A page or table that is missing fails the test: the docs are part of
 * the project, not an optional input like the corpus.
 */
final class DocsTables {

    /** The cell that means "none". */
    static final String NONE = "—";

    private DocsTables() {}

    /** The text of {@code docs/NAME}. */
    static String page(String name) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path file = p.resolve("docs").resolve(name);
            if (Files.isRegularFile(file) && Files.isRegularFile(p.resolve("pom.xml"))) {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("docs/" + name + " not found above " + dir);
    }

    /** The rows of the checked table {@code table} of {@code page}, each a map from column header to cell. */
    static List<Map<String, String>> table(String page, String table) {
        List<String> lines = page.lines().toList();
        int i = marker(lines, table);
        while (i < lines.size() && !lines.get(i).startsWith("|")) {
            i++;
        }
        if (i + 1 >= lines.size() || !lines.get(i + 1).matches("\\|( *:?-+:? *\\|)+")) {
            throw new IllegalStateException("no Markdown table after the marker of " + table);
        }
        List<String> header = cells(lines.get(i));
        List<Map<String, String>> rows = new ArrayList<>();
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = cells(lines.get(i));
            if (cells.size() != header.size()) {
                throw new IllegalStateException(table + ": row has " + cells.size() + " cells, header "
                        + header.size() + ": " + lines.get(i));
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(row);
        }
        // a blank line ends a Markdown table: rows after one would silently go unchecked
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i < lines.size() && lines.get(i).startsWith("|")) {
            throw new IllegalStateException(table + ": a blank line splits the table before " + lines.get(i));
        }
        return rows;
    }

    /** The content of the first fenced code block after the marker of {@code block}, with a final newline. */
    static String block(String page, String block) {
        List<String> lines = page.lines().toList();
        int i = marker(lines, block);
        while (i < lines.size() && !lines.get(i).startsWith("```")) {
            i++;
        }
        StringBuilder text = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
            text.append(lines.get(i)).append('\n');
        }
        if (i >= lines.size()) {
            throw new IllegalStateException("no closed code block after the marker of " + block);
        }
        return text.toString();
    }

    /** The cell, or null where it says none. */
    static String orNull(String cell) {
        return NONE.equals(cell) ? null : cell;
    }

    private static int marker(List<String> lines, String name) {
        int at = lines.indexOf("<!-- checked: " + name + " -->");
        if (at < 0) {
            throw new IllegalStateException("no marker <!-- checked: " + name + " -->");
        }
        return at + 1;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            String c = cell.strip();
            if (c.length() >= 2 && c.startsWith("`") && c.endsWith("`")) {
                c = c.substring(1, c.length() - 1);
            }
            cells.add(c);
        }
        return cells;
    }
}
