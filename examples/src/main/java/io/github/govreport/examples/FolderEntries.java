package io.github.govreport.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Why a folder's entry that is neither a directory nor a regular file is not read, in words for a line on
 * standard error. Reading a FIFO would wait for a writer forever and a device has no end, so they are
 * named and passed over, as is a link that leads nowhere.
 */
final class FolderEntries {

    /** The file-type bits of a Unix mode and the types a folder may hold besides files and directories. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FolderEntries() {}

    /**
     * Whether the entry is a symbolic link whose target does not exist (or a chain of links that loops).
     *
     * @param p a folder's entry
     * @return true for a broken link
     */
    static boolean isBrokenLink(Path p) {
        return Files.isSymbolicLink(p) && !Files.exists(p);
    }

    /**
     * Why the entry is not read.
     *
     * @param p a folder's entry that is neither a directory nor a regular file, even through links
     * @return the reason, for example {@code a FIFO (named pipe), not a regular file}
     */
    static String whyNotRead(Path p) {
        if (isBrokenLink(p)) {
            return "a broken symbolic link (to " + target(p) + ", which does not exist or is a link loop)";
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return "gone before it could be read";
        }
        return kind(p) + ", not a regular file";
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "an unreadable target";
        }
    }

    /** The kind of a special file, from its Unix mode where the file system gives one. */
    private static String kind(Path p) {
        try {
            int type = (Integer) Files.getAttribute(p, "unix:mode") & TYPE_MASK;
            return switch (type) {
                case FIFO -> "a FIFO (named pipe)";
                case SOCKET -> "a socket";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }
}
