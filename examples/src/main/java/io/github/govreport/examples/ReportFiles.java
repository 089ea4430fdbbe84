package io.github.govreport.examples;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The inputs named by command-line operands, one at a time: a file or {@code -} stands for itself, a
 * directory for every report file under it ({@link #EXTENSIONS}: {@code .txt .md .markdown .html .htm},
 * in any case); every other file under it is an item that says it was skipped. A directory is walked
 * lazily, depth first, each directory's entries in order of name, so that memory holds one listing per
 * level and never the whole tree. Symbolic links are followed, to files and to directories; a link to a
 * directory that this walk has entered already (a cycle, or a second way to the same reports) is named and
 * not entered again. Nothing under a directory is left out without a line: a broken link with a report
 * file's ending is an error, and a broken link, a FIFO, a socket or a device otherwise is skipped with
 * the reason ({@link FolderEntries}).
 */
public final class ReportFiles implements Iterator<ReportFiles.Item> {

    /**
     * One input.
     *
     * @param name the file as given, or for a file found in a directory the directory operand joined
     *     with its path below it; {@code -} for standard input. Read it with {@link TextInput#read}.
     * @param error why the input cannot be read at all (a directory that cannot be listed or holds no
     *     report file), ready to print after {@link Io#PREFIX}; null for an input to read
     * @param skipped for a file in a directory that is not a report file, the line that says so, ready to
     *     print after {@link Io#PREFIX}; null otherwise. Such an item is no failure.
     */
    public record Item(String name, String error, String skipped) {

        /** An input to read. */
        Item(String name) {
            this(name, null, null);
        }

        /** True for a file to read (neither an error nor a skipped file). */
        public boolean readable() {
            return error == null && skipped == null;
        }
    }

    /** The endings of the files a directory gives, lower case: plain text, Markdown, HTML. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");

    /** The endings in words, for messages. */
    static final String EXTENSION_WORDS = ".txt, .md, .markdown, .html or .htm";

    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> String.valueOf(p.getFileName()));

    private final Iterator<String> operands;
    private final Deque<Iterator<Path>> levels = new ArrayDeque<>();
    /** The real path of every directory this operand's walk has entered: a link back to one is not followed. */
    private final Set<Path> entered = new HashSet<>();
    private String directory;
    private int found;
    private boolean troubled;
    private Item next;

    /**
     * Walks the given operands in order.
     *
     * @param operands file names, directory names or {@code -}
     */
    public ReportFiles(List<String> operands) {
        this.operands = List.copyOf(operands).iterator();
    }

    /**
     * Counts the inputs the operands name, walking the directories once more.
     *
     * @param operands file names, directory names or {@code -}
     * @return how many items a {@code ReportFiles} over them gives
     */
    public static int count(List<String> operands) {
        int n = 0;
        for (ReportFiles files = new ReportFiles(operands); files.hasNext(); ) {
            if (files.next().skipped() == null) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }

    private Item advance() {
        while (true) {
            if (!levels.isEmpty()) {
                Iterator<Path> level = levels.peek();
                if (!level.hasNext()) {
                    levels.pop();
                    if (levels.isEmpty() && found == 0 && !troubled) {
                        return new Item(directory, directory + ": no " + EXTENSION_WORDS + " files in it", null);
                    }
                    continue;
                }
                Path p = level.next();
                if (Files.isDirectory(p)) {
                    Item problem = enter(p);
                    if (problem != null) {
                        return problem;
                    }
                } else if (isReportFile(p) && Files.isRegularFile(p)) {
                    found++;
                    return new Item(p.toString());
                } else if (Files.isRegularFile(p)) {
                    return new Item(p.toString(), null, p + ": skipped, not a report file (" + EXTENSION_WORDS + ")");
                } else {
                    return odd(p);
                }
                continue;
            }
            if (!operands.hasNext()) {
                return null;
            }
            String operand = operands.next();
            Path path = directory(operand);
            if (path == null) {
                return new Item(operand);
            }
            directory = operand;
            found = 0;
            troubled = false;
            entered.clear();
            Item problem = enter(path);
            if (problem != null) {
                return problem;
            }
        }
    }

    /** The operand as a directory path, or null if it names a file, standard input or nothing. */
    private static Path directory(String operand) {
        if (TextInput.STDIN.equals(operand)) {
            return null;
        }
        try {
            Path path = Path.of(operand);
            return Files.isDirectory(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Whether an operand names a directory, which the {@code parse} command reads as many reports.
     *
     * @param operand a command-line operand
     * @return true for an existing directory
     */
    public static boolean isDirectory(String operand) {
        return directory(operand) != null;
    }

    /**
     * Whether a directory gives this file: its name ends with one of {@link #EXTENSIONS}, in any case.
     *
     * @param p a file
     * @return true for a report file
     */
    public static boolean isReportFile(Path p) {
        Path name = p.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** An entry that is neither a directory nor a regular file: never read, always named. */
    private Item odd(Path p) {
        String why = FolderEntries.whyNotRead(p);
        if (FolderEntries.isBrokenLink(p) && isReportFile(p)) {
            troubled = true;
            return new Item(p.toString(), p + ": " + why, null);
        }
        return new Item(p.toString(), null, p + ": skipped, " + why);
    }

    /**
     * Lists a directory onto the stack, or says why it cannot be listed; a directory entered already in
     * this walk (through a link) is skipped with a line that names it.
     */
    private Item enter(Path dir) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            real = dir.toAbsolutePath().normalize();
        }
        if (!entered.add(real)) {
            return new Item(dir.toString(), null, dir + ": skipped, a link to " + real + ", which is read already"
                    + " (a link to a folder that contains it, or a second link to one folder)");
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                entries.add(p);
            }
        } catch (AccessDeniedException e) {
            return trouble(dir + ": permission denied");
        } catch (NoSuchFileException e) {
            return trouble(dir + ": no such directory");
        } catch (IOException | DirectoryIteratorException e) {
            Throwable cause = e instanceof DirectoryIteratorException d ? d.getCause() : e;
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return trouble(dir + ": cannot list (" + message.replaceAll("\\s+", " ").strip() + ")");
        }
        entries.sort(BY_NAME);
        levels.push(entries.iterator());
        return null;
    }

    private Item trouble(String message) {
        troubled = true;
        return new Item(directory, message, null);
    }
}
