package io.github.govreport.examples.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Escaping for the pages this package writes. The pages are written so that they are well-formed XML as
 * well as HTML (every element closed, every attribute quoted, no named entities but the five of XML), so
 * that a plain XML parser can check them.
 *
 * <p>Text is escaped one char for one char wherever possible, so that what a browser shows has the
 * offsets of the text as read: {@code &}, {@code <} and {@code >} become references, and a char that may
 * not stand in a page at all (a control char such as the form feed of text pasted from a PDF, a lone
 * surrogate, U+FFFE, U+FFFF) becomes one visible stand-in char: the control picture for C0 controls
 * ({@code U+240C} for a form feed), U+FFFD for the others.
 */
public final class Html {

    private Html() {}

    /**
     * Escapes text for an element's content.
     *
     * @param text any text
     * @return the text with {@code & < >} escaped and forbidden chars replaced
     */
    public static String text(CharSequence text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        appendText(s, text, 0, text.length());
        return s.toString();
    }

    /**
     * Escapes text for a double-quoted attribute value; line breaks and tabs are kept as references so
     * that the value reads back as given.
     *
     * @param text any text
     * @return the escaped value, without the quotes
     */
    public static String attr(CharSequence text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("&quot;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                case '\t' -> s.append("&#9;");
                default -> appendChar(s, text, i);
            }
        }
        return s.toString();
    }

    /**
     * Appends {@code text[from, to)} escaped for an element's content, one visible char per char.
     *
     * @param s where to append
     * @param text the text
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     */
    public static void appendText(StringBuilder s, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            appendChar(s, text, i);
        }
    }

    /** One char of text, escaped; a surrogate pair is written when its second half is reached. */
    private static void appendChar(StringBuilder s, CharSequence text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '&' -> s.append("&amp;");
            case '<' -> s.append("&lt;");
            case '>' -> s.append("&gt;");
            case '\n', '\r', '\t' -> s.append(c);
            default -> {
                if (Character.isHighSurrogate(c)) {
                    boolean paired = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                    s.append(paired ? c : '\uFFFD');
                } else if (Character.isLowSurrogate(c)) {
                    boolean paired = i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
                    s.append(paired ? c : '\uFFFD');
                } else {
                    s.append(visible(c));
                }
            }
        }
    }

    /**
     * The char itself, or its stand-in where it may not stand in a page: the control picture (U+2400 +
     * c) for a C0 control and U+2421 for DEL, U+FFFD for a C1 control and the non-characters U+FFFE and
     * U+FFFF.
     */
    static char visible(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        if ((c >= 0x80 && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
            return '\uFFFD';
        }
        return c;
    }

    /**
     * A resource of this package as text, such as the style sheet.
     *
     * @param name the file name beside this class
     * @return its text, read as UTF-8
     * @throws UncheckedIOException if it is missing, which is a build error
     */
    static String resource(String name) {
        try (InputStream in = Html.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
