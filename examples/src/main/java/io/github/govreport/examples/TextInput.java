package io.github.govreport.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one input named on the command line, a file or {@code -} for standard input, as strictly decoded
 * UTF-8 text. Commands share it so that every command treats its input alike.
 */
public final class TextInput {

    /** The operand that names standard input. */
    public static final String STDIN = "-";

    private static final char BOM = '\uFEFF';

    private TextInput() {}

    /**
     * The input could not be read or is not UTF-8; the message names it and says why, ready to print
     * after {@link Io#PREFIX}.
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
     * Reads the whole input as UTF-8 text, without a leading byte order mark.
     *
     * @param operand a file name, or {@code -} for {@code stdin}
     * @param stdin standard input
     * @return the text; offsets into it are what the parser's spans count
     * @throws UnreadableException if the file is missing, cannot be read, or is not valid UTF-8
     */
    public static String read(String operand, InputStream stdin) throws UnreadableException {
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
            throw new UnreadableException(name + ": too large to read");
        }
        return decode(bytes, name);
    }

    /**
     * Decodes UTF-8 strictly: a malformed sequence, an encoded surrogate or an overlong form is an error,
     * never a replacement character. A leading byte order mark is dropped.
     *
     * @param bytes the encoded text
     * @param name the input's name for the message
     * @return the text
     * @throws UnreadableException naming the input and the offset of the first invalid byte
     */
    public static String decode(byte[] bytes, String name) throws UnreadableException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never needs more chars than bytes
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnreadableException(name + ": not valid UTF-8 (byte offset " + in.position() + ")");
        }
        out.flip();
        int start = out.length() > 0 && out.charAt(0) == BOM ? 1 : 0;
        return out.subSequence(start, out.length()).toString();
    }

}
