package io.github.govreport.parser.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One char for one char: the full-width block and nothing beside it, spaces, signs, Traditional forms. */
class FoldingTest {

    @Test
    void theFullWidthBlockFoldsToAscii() {
        assertEquals('!', Folding.fold('！')); // U+FF01, first of the block
        assertEquals('~', Folding.fold('～')); // U+FF5E, last of the block
        assertEquals('8', Folding.fold('８'));
        assertEquals('A', Folding.fold('Ａ'));
        assertEquals('.', Folding.fold('．'));
        assertEquals(',', Folding.fold('，'), "the reader tells a grouping comma from punctuation by the text as given");
        assertEquals('\uFF00', Folding.fold('\uFF00'), "just before the block");
        assertEquals('\uFF5F', Folding.fold('\uFF5F'), "just after the block");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(chars = {'\u3000', '\u00A0', '\u2002', '\u2003', '\u2009', '\u200A', '\u202F', '\u205F', '\t'})
    void spacesFoldToTheAsciiSpace(char space) {
        assertEquals(' ', Folding.fold(space));
    }

    @Test
    void signs() {
        assertEquals('-', Folding.fold('\u2212'));
        assertEquals('%', Folding.fold('\uFE6A'));
        assertEquals('%', Folding.fold('\uFF05'));
        assertEquals('~', Folding.fold('\u301C'));
        assertEquals(':', Folding.fold('\u2236'));
        assertEquals('‰', Folding.fold('‰'));
    }

    @Test
    void otherCharsStayAsTheyAre() {
        assertEquals('\u200B', Folding.fold('\u200B'), "a zero-width space is no space");
        assertEquals('\n', Folding.fold('\n'));
        assertEquals('a', Folding.fold('a'));
        assertEquals(Character.MAX_VALUE, Folding.fold(Character.MAX_VALUE));
        assertEquals('\0', Folding.fold('\0'));
    }

    @Test
    void traditionalFormsOfTheLexiconFoldToSimplified() {
        assertEquals('亿', Folding.fold('億'));
        assertEquals('长', Folding.fold('長'));
        assertEquals('亿', Folding.fold('亿'));
    }

    @Test
    void aTextKeepsItsLength() {
        assertArrayEquals("增长8.1%".toCharArray(), Folding.fold("增長８．１％"));
        assertArrayEquals("约 3亿元".toCharArray(), Folding.fold("約\u30003億元"));
        assertEquals(0, Folding.fold("").length);
    }
}
