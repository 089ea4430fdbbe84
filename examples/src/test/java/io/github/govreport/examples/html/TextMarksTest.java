package io.github.govreport.examples.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Marks over a text: elements nest whatever the spans, atomic marks keep their text whole. */
class TextMarksTest {

    private static TextMarks.Mark atomic(int start, int end) {
        return new TextMarks.Mark(start, end, 9, "<v>", "</v>");
    }

    private static TextMarks.Mark mark(int start, int end, int layer, String tag) {
        return new TextMarks.Mark(start, end, layer, "<" + tag + ">", "</" + tag + ">");
    }

    @Test
    void nestedSpansNest() {
        String html = new TextMarks("abcdefgh").atomic(atomic(2, 4)).add(mark(1, 6, 1, "m")).add(mark(0, 8, 0, "s")).write();
        assertEquals("<s>a<m>b<v>cd</v>ef</m>gh</s>", html);
    }

    @Test
    void aMarkEndingOrStartingInsideAnAtomicOneTakesItWhole() {
        String html = new TextMarks("abcdefgh").atomic(atomic(2, 5)).add(mark(0, 3, 1, "m")).add(mark(4, 7, 1, "n")).write();
        // m is widened to end after the mention, n to start before it; n, now inside m, is cut at m's end
        assertEquals("<m>ab<n><v>cde</v></n></m>fgh", html);
    }

    @Test
    void aMarkCrossingTheEndOfAnOuterOneIsCutThere() {
        String html = new TextMarks("abcdefgh").add(mark(0, 4, 0, "s")).add(mark(2, 6, 1, "m")).write();
        assertEquals("<s>ab<m>cd</m></s>efgh", html);
    }

    @Test
    void anAnchorStaysEmptyAndMovesToTheStartOfAMentionItFallsIn() {
        String html = new TextMarks("abcdef").atomic(atomic(1, 4)).add(mark(2, 2, 1, "a")).write();
        assertEquals("a<a></a><v>bcd</v>ef", html);
    }

    @Test
    void marksOutsideTheTextAreKeptInside() {
        assertEquals("<m>ab</m>", new TextMarks("ab").add(mark(-3, 10, 0, "m")).write());
    }

    @Test
    void atomicMarksMayNotOverlap() {
        TextMarks marks = new TextMarks("abcdef").atomic(atomic(0, 3));
        assertThrows(IllegalArgumentException.class, () -> marks.atomic(atomic(2, 4)));
    }

    static Stream<Long> seeds() {
        long base = Long.getLong("govreport.seed", 20261204L);
        return Stream.iterate(base, s -> s + 1).limit(200);
    }

    /** Random texts with random crossing spans: well-formed output, the text kept, every atomic mark whole. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomMarksAlwaysNestAndKeepTheText(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        int length = random.nextInt(0, 60);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String chars = "ab<&示例\n";
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
        TextMarks marks = new TextMarks(text);
        List<int[]> atoms = new ArrayList<>();
        for (int at = 0; at < length; ) {
            int start = at + random.nextInt(0, 6);
            int end = start + random.nextInt(1, 5);
            if (end > length) {
                break;
            }
            marks.atomic(atomic(start, end));
            atoms.add(new int[] {start, end});
            at = end;
        }
        for (int i = random.nextInt(0, 12); i > 0; i--) {
            int start = random.nextInt(-2, length + 2);
            int end = start + random.nextInt(0, 20);
            marks.add(mark(start, end, random.nextInt(0, 4), "m" + i));
        }
        String html = "<root>" + marks.write() + "</root>";
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text.toString(), doc.getDocumentElement().getTextContent(), html);
        NodeList v = doc.getElementsByTagName("v");
        assertEquals(atoms.size(), v.getLength(), html);
        for (int i = 0; i < atoms.size(); i++) {
            int[] a = atoms.get(i);
            assertEquals(text.substring(a[0], a[1]), ((Element) v.item(i)).getTextContent(), html);
        }
    }
}
