package io.github.govreport.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Turns the bytes of a report file into its text, the way {@link ReportParser#parse(Path)} and the
 * command-line tool read files.
 *
 * <p>{@link #detecting()} (the default) takes, in this order:
 * <ol>
 *   <li>a UTF-8 byte order mark ({@code EF BB BF}): UTF-8;
 *   <li>a UTF-16 byte order mark ({@code FF FE} or {@code FE FF}): UTF-16, little- or big-endian;
 *   <li>bytes that are valid UTF-8 as they are: UTF-8;
 *   <li>anything else: GB18030, which includes GBK and GB2312, the encodings many of these reports are
 *       saved in.
 * </ol>
 * Bytes that are valid in none of these are an error, never replaced: decoding is strict throughout.
 * {@link #forcing(Charset)} reads every input in one given encoding instead.
 *
 * <p>A leading byte order mark is dropped, so the text starts with its first real character: every
 * offset the parser gives ({@code Span}, {@code ValueMention}, {@link ReportProblem#index()}) counts UTF-16
 * code units of the text <em>as decoded</em>, after the mark. Markup (HTML tags and entities, Markdown
 * marks, YAML front matter) is left in the text: the parser reads past it with offsets into the text as
 * it stands.
 *
 * <p>Instances are immutable and safe to share between threads. JDK only.
 */
public final class ReportInput {

    private static final char BOM = '\uFEFF';
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final ReportInput DETECTING = new ReportInput(null);

    private final Charset forced;

    private ReportInput(Charset forced) {
        this.forced = forced;
    }

    /**
     * Detects the encoding of each input: a byte order mark, else strict UTF-8, else GB18030.
     *
     * @return the shared detecting input
     */
    public static ReportInput detecting() {
        return DETECTING;
    }

    /**
     * Reads every input in one encoding; a leading byte order mark is still dropped.
     *
     * @param charset the encoding, e.g. {@code Charset.forName("GBK")}
     * @return an input that decodes with {@code charset} only
     * @throws NullPointerException if {@code charset} is null
     */
    public static ReportInput forcing(Charset charset) {
        return new ReportInput(Objects.requireNonNull(charset, "charset"));
    }

    /**
     * The encoding this input forces, or null when it detects.
     *
     * @return the forced encoding, or null
     */
    public Charset forcedCharset() {
        return forced;
    }

    /**
     * Reads a whole file.
     *
     * @param file the report file
     * @return its text, without a leading byte order mark
     * @throws DecodingException if its bytes are not valid in the encoding (the message names the file)
     * @throws IOException if the file cannot be read; the message names the file (a folder gives a
     *     {@link FileSystemException} whose message is {@code FILE: is a directory, not a report file})
     */
    public String read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            // reading one would fail with the JDK's bare "Is a directory", which names no file
            throw new FileSystemException(file.toString(), null,
                    "is a directory, not a report file (read the report files in it one by one)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (FileSystemException e) {
            throw e; // names the file already
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        try {
            return decode(bytes);
        } catch (DecodingException e) {
            throw new DecodingException(file.toString(), e);
        }
    }

    /**
     * Reads a stream to its end; the stream is not closed.
     *
     * @param in the encoded text
     * @return the text, without a leading byte order mark
     * @throws DecodingException if its bytes are not valid in the encoding
     * @throws IOException if the stream cannot be read
     */
    public String read(InputStream in) throws IOException {
        return decode(in.readAllBytes());
    }

    /**
     * Reads characters to their end, dropping a leading byte order mark; the reader is not closed. The
     * encoding is the reader's business.
     *
     * @param reader the text
     * @return the text, without a leading byte order mark
     * @throws IOException if the reader fails
     */
    public static String read(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        StringBuilder s = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            s.append(buffer, 0, n);
        }
        return withoutBom(s.toString());
    }

    /**
     * Decodes bytes.
     *
     * @param bytes the encoded text
     * @return the text, without a leading byte order mark
     * @throws DecodingException if the bytes are not valid in the forced encoding, or in any detected one
     */
    public String decode(byte[] bytes) throws DecodingException {
        Objects.requireNonNull(bytes, "bytes");
        if (forced != null) {
            return withoutBom(strict(forced, bytes, 0));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2);
        }
        try {
            return strict(StandardCharsets.UTF_8, bytes, 0);
        } catch (DecodingException utf8) {
            try {
                return strict(GB18030, bytes, 0);
            } catch (DecodingException gb) {
                throw new DecodingException(null, "not valid UTF-8 (byte offset " + utf8.byteOffset()
                        + ") nor GB18030 (byte offset " + gb.byteOffset() + ")", null, utf8.byteOffset());
            }
        }
    }

    /**
     * The name an encoding goes by in messages and the encoding a name stands for, as the command line's
     * {@code --encoding} reads it: any name or alias the JDK knows ({@code UTF-8}, {@code GBK}, {@code
     * GB18030}, {@code UTF-16LE} …), case-insensitive.
     *
     * @param name the encoding's name
     * @return the input that forces it
     * @throws IllegalArgumentException if the JDK knows no such encoding
     */
    public static ReportInput forcing(String name) {
        Objects.requireNonNull(name, "name");
        try {
            return forcing(Charset.forName(name.strip()));
        } catch (IllegalArgumentException e) { // IllegalCharsetNameException, UnsupportedCharsetException
            throw new IllegalArgumentException("unknown encoding '" + name + "'", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decodes {@code bytes[from..]}, reporting the byte offset (in the whole array) of the first invalid sequence. */
    private static String strict(Charset charset, byte[] bytes, int from) throws DecodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) Math.ceil((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() || result.isOverflow()) {
            throw new DecodingException(null, "not valid " + charset.name() + " (byte offset " + in.position() + ")",
                    charset, in.position());
        }
        out.flip();
        return out.toString();
    }

    private static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /**
     * Bytes that are not valid text in the encoding read, or in any encoding detected. The message is one
     * line: {@code [FILE: ]not valid UTF-8 (byte offset 10)}, or, when detection found no encoding, {@code
     * not valid UTF-8 (byte offset 10) nor GB18030 (byte offset 12)}.
     */
    public static final class DecodingException extends CharacterCodingException {

        private static final long serialVersionUID = 1L;

        private final String source;
        private final String reason;
        private final transient Charset charset;
        private final long byteOffset;

        DecodingException(String source, String reason, Charset charset, long byteOffset) {
            this.source = source;
            this.reason = reason;
            this.charset = charset;
            this.byteOffset = byteOffset;
        }

        DecodingException(String source, DecodingException e) {
            this(source, e.reason, e.charset, e.byteOffset);
            initCause(e);
        }

        /**
         * What is wrong, without the file: {@code not valid UTF-8 (byte offset 10)}.
         *
         * @return the reason, one line
         */
        public String reason() {
            return reason;
        }

        /**
         * The file the bytes came from, when read from a file.
         *
         * @return the file as given, or null
         */
        public String source() {
            return source;
        }

        /**
         * The encoding the bytes are not valid in; null when detection found none.
         *
         * @return the encoding, or null
         */
        public Charset charset() {
            return charset;
        }

        /**
         * Where the first invalid sequence starts, in bytes from the start of the input (a byte order mark
         * counts); for failed detection, the offset of the first byte that is not UTF-8.
         *
         * @return the byte offset
         */
        public long byteOffset() {
            return byteOffset;
        }

        @Override
        public String getMessage() {
            return source == null ? reason : source + ": " + reason;
        }
    }
}
