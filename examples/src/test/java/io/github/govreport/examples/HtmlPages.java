package io.github.govreport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import tools.jackson.databind.JsonNode;

/** What the page tests share: the strict well-formedness check, parsing with jsoup, the fixtures. */
final class HtmlPages {

    private HtmlPages() {}

    /** The sample report of the examples module. */
    static final Path SAMPLE = Path.of("sample/sample-report.txt");

    /** The invented reports of 嘉兴市 and 海盐县 for the panel page, in the test resources. */
    static List<Path> panelReports() {
        try {
            Path folder = Path.of(HtmlPages.class.getResource("/panel/yangli-2024.txt").toURI()).getParent();
            return List.of(folder.resolve("yangli-2024.txt"), folder.resolve("yangli-2025.txt"), folder.resolve("yangli-2026.txt"),
                    folder.resolve("haiyan-2024.txt"), folder.resolve("haiyan-2025.txt"), folder.resolve("haiyan-2026.txt"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a page with the JDK's XML parser, which accepts nothing but well-formed markup: every
     * element closed and nested, every attribute quoted, no undeclared entity, no forbidden char. No DTD
     * or other resource is fetched.
     */
    static org.w3c.dom.Document wellFormed(String html, String what) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXParseException e) {
            String[] lines = html.split("\n", -1);
            String line = e.getLineNumber() > 0 && e.getLineNumber() <= lines.length ? lines[e.getLineNumber() - 1] : "";
            int col = Math.max(0, e.getColumnNumber() - 1);
            fail(what + ": not well-formed at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage() + "\n  "
                    + line.substring(Math.max(0, col - 80), Math.min(line.length(), col + 40)));
            return null;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new AssertionError(what + ": " + e, e);
        }
    }

    /** The page as a browser's parser builds it. */
    static Document jsoup(String html) {
        return Jsoup.parse(html);
    }

    /**
     * Every value mention of a page in text order, each checked against the {@code values} command's
     * JSON line for the same text: the span, the text as written and what it was read as. The JSON comes
     * from another writer than the page's, so the two agree only if both say what the parser read.
     */
    static void assertMentionsMatch(Document page, List<JsonNode> values, String what) {
        List<Element> marked = page.select(".report-text .v");
        assertEquals(values.size(), marked.size(), what + ": marked mentions");
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            Element e = marked.get(i);
            String where = what + ": mention " + (i + 1) + " " + v;
            assertEquals(v.get("start").asInt(), Integer.parseInt(e.attr("data-start")), where);
            assertEquals(v.get("end").asInt(), Integer.parseInt(e.attr("data-end")), where);
            assertEquals(v.get("text").stringValue(), e.wholeText(), where);
            assertEquals(expectedValue(v), e.attr("data-value"), where);
            assertEquals(v.get("kind").stringValue(), e.attr("data-kind"), where);
            assertEquals(v.get("qualifier").stringValue(), e.attr("data-qualifier"), where);
            assertEquals(v.get("unit").isNull() ? "" : v.get("unit").stringValue(), e.attr("data-unit"), where);
            String change = v.get("change").isNull() ? "" : v.get("change").stringValue();
            assertEquals(change, e.attr("data-change").split(" ")[0], where);
            // the reader sees the same on hover and focus: the title and the detail line
            assertTrue(e.attr("title").startsWith(expectedValue(v)), where + " title " + e.attr("title"));
            assertEquals(e.attr("title"), e.attr("data-detail"), where);
            assertEquals("0", e.attr("tabindex"), where);
        }
    }

    /** The value as the page writes it: the exact number or date, or a range's ends joined by {@code ~}. */
    static String expectedValue(JsonNode v) {
        return v.get("value").isNull() ? v.get("low").stringValue() + "~" + v.get("high").stringValue() : v.get("value").stringValue();
    }

    /** Every local link ({@code href="#x"}) of the page points to an element with that id. */
    static List<String> assertLinksResolve(Document page, String what) {
        List<String> ids = new ArrayList<>();
        for (Element a : page.select("[href^=\"#\"]")) {
            String id = a.attr("href").substring(1);
            assertFalse(id.isEmpty(), what + ": empty link " + a);
            assertNotNull(page.getElementById(id), what + ": link to a missing id " + a.attr("href"));
            ids.add(id);
        }
        return ids;
    }
}
