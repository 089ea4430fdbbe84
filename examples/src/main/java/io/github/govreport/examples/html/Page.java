package io.github.govreport.examples.html;

/**
 * The frame every page of this package shares: the document type, UTF-8, the viewport for phones, the
 * title, and the one style sheet ({@code page.css} beside this class), inline, so that a page is one
 * file that needs nothing from a network: no script, no font, no image but its own inline SVG. The fonts
 * are the system's (the style sheet lists the usual Chinese system fonts by name).
 */
final class Page {

    private static final String STYLE = Html.resource("page.css");

    private Page() {}

    /**
     * Opens a page: everything up to and including {@code <body>}.
     *
     * @param s where to write
     * @param title the page title, unescaped
     */
    static void open(StringBuilder s, String title) {
        s.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"govreport\"/>\n")
                .append("<title>").append(Html.text(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n");
    }

    /**
     * Closes a page.
     *
     * @param s where to write
     */
    static void close(StringBuilder s) {
        s.append("</body>\n</html>\n");
    }

    /** {@code -} for a field the report does not state, else the field escaped. */
    static String field(Object value) {
        return value == null ? "<span class=\"none\">-</span>" : Html.text(value.toString());
    }
}
