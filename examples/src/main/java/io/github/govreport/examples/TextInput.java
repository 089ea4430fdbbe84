package io.github.govreport.examples;

import io.github.govreport.parser.ReportInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one input named on the command line, a file or {@code -} for standard input, decoded by a {@link
 * ReportInput}: UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, else GB18030;
 * or one encoding forced with {@code --encoding}. Commands share it so that every command treats its
 * input alike.
 */
public final class TextInput {

    /** The operand that names standard input. */
    public static final String STDIN = "-";

    private TextInput() {}

    /**
     * The input could not be read or decoded; the message names it and says why, ready to print after
     * {@link Io#PREFIX}.
     */
    public static final class UnreadableException extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }
    }

    /**
     * The name to use for an operand in messages: the operand as given, or {@code <stdin>} for {@code -}.
     *
     * @param operand a file name, or {@code -}
     * @return the name for messages
     */
    public static String displayName(String operand) {
        return STDIN.equals(operand) ? "<stdin>" : operand;
    }

    /**
     * Reads the whole input, detecting its encoding, without a leading byte order mark.
     *
     * @param operand a file name, or {@code -} for {@code stdin}
     * @param stdin standard input
     * @return the text; offsets into it are what the parser's spans count
     * @throws UnreadableException if the file is missing, cannot be read, or is not valid text
     */
    public static String read(String operand, InputStream stdin) throws UnreadableException {
        return read(operand, stdin, ReportInput.detecting());
    }

    /**
     * Reads the whole input, decoded by {@code input}, without a leading byte order mark.
     *
     * @param operand a file name, or {@code -} for {@code stdin}
     * @param stdin standard input
     * @param input how to decode the bytes
     * @return the text; offsets into it are what the parser's spans count
     * @throws UnreadableException if the file is missing, cannot be read, or is not valid text
     */
    public static String read(String operand, InputStream stdin, ReportInput input) throws UnreadableException {
        String name = displayName(operand);
        byte[] bytes;
        try {
            if (STDIN.equals(operand)) {
                bytes = stdin.readAllBytes();
            } else {
                Path path = Path.of(operand);
                if (Files.isDirectory(path)) {
                    throw new UnreadableException(name + ": is a directory");
                }
                bytes = Files.readAllBytes(path);
            }
        } catch (InvalidPathException e) {
            throw new UnreadableException(name + ": not a valid file name");
        } catch (NoSuchFileException e) {
            throw new UnreadableException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableException(name + ": permission denied");
        } catch (IOException e) {
            throw new UnreadableException(name + ": cannot read (" + Io.describe(e) + ")");
        } catch (OutOfMemoryError e) {
            throw new UnreadableException(name + ": too large to read with this much memory; " + Io.MEMORY_HINT);
        }
        return decode(bytes, name, input);
    }

    /**
     * Decodes bytes strictly: a malformed sequence is an error, never a replacement character. A leading
     * byte order mark is dropped.
     *
     * @param bytes the encoded text
     * @param name the input's name for the message
     * @param input how to decode the bytes
     * @return the text
     * @throws UnreadableException naming the input, the encoding and the offset of the first invalid byte
     */
    public static String decode(byte[] bytes, String name, ReportInput input) throws UnreadableException {
        try {
            return input.decode(bytes);
        } catch (ReportInput.DecodingException e) {
            throw new UnreadableException(name + ": " + e.reason());
        } catch (OutOfMemoryError e) {
            throw new UnreadableException(name + ": too large to read with this much memory; " + Io.MEMORY_HINT);
        }
    }
}
