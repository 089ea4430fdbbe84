package io.github.govreport.examples.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Escaping: one visible char for each char of text, and attribute values that read back as given. */
class HtmlTest {

    @Test
    void textEscapesTheThreeMarkupCharsAndNothingElse() {
        assertEquals("a &lt;b&gt; &amp;amp; \"c\" '示例' 6.5%", Html.text("a <b> &amp; \"c\" '示例' 6.5%"));
        assertEquals("line\nnext\ttab\r\n", Html.text("line\nnext\ttab\r\n"));
    }

    @Test
    void charsThatMayNotStandInAPageGetOneStandInEach() {
        assertEquals("\u240C\u2400\u241B\u2421\uFFFD\uFFFD\uFFFD", Html.text("\f\u0000\u001B\u007F\u0085\uFFFE\uFFFF"));
        // a lone surrogate either way round is U+FFFD; a pair is kept
        assertEquals("\uFFFDx\uFFFD\uD842\uDFB7", Html.text("\uD800x\uDC00\uD842\uDFB7"));
        assertEquals("\uFFFD", Html.text("\uD800"));
        assertEquals("\uFFFD", Html.text("\uDC00"));
    }

    @Test
    void attributesEscapeQuotesAndKeepBreaksAsReferences() {
        assertEquals("say &quot;6%&quot; &amp; &lt;b&gt;&#10;&#13;&#9;'", Html.attr("say \"6%\" & <b>\n\r\t'"));
    }

    @Test
    void appendTextEscapesOnlyTheRangeAsked() {
        StringBuilder s = new StringBuilder("[");
        Html.appendText(s, "x<y&z", 1, 4);
        assertEquals("[&lt;y&amp;", s.toString());
    }
}
