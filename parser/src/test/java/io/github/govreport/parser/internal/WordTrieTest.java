package io.github.govreport.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.parser.internal.WordTrie.Match;
import org.junit.jupiter.api.Test;

/**
 * The word trie built here, not the lexicon's (which a mutation run cannot rebuild): longest match
 * both ways, the limit and the floor, where a match starts and ends, a word added twice.
 */
class WordTrieTest {

    private static WordTrie<String> trie(String... words) {
        WordTrie<String> t = new WordTrie<>();
        for (String w : words) {
            t.put(w, "<" + w + ">");
        }
        return t;
    }

    private static char[] text(String s) {
        return s.toCharArray();
    }

    @Test
    void forwardTakesTheLongestWordThatStartsThere() {
        WordTrie<String> t = trie("万", "万亿", "亿");
        Match<String> m = t.longestAt(text("共3万亿元"), 2, 6);
        assertEquals(new Match<>("<万亿>", 2, 4), m);
        assertEquals(new Match<>("<亿>", 3, 4), t.longestAt(text("共3万亿元"), 3, 6));
        assertNull(t.longestAt(text("共3万亿元"), 4, 6), "no word starts with 元");
    }

    @Test
    void forwardStopsAtTheLimit() {
        WordTrie<String> t = trie("万", "万亿");
        assertEquals(new Match<>("<万>", 0, 1), t.longestAt(text("万亿"), 0, 1));
        assertNull(t.longestAt(text("万亿"), 1, 1), "from at the limit");
        assertNull(t.longestAt(text("万亿"), 2, 1), "from past the limit");
    }

    @Test
    void aPrefixOfAWordIsNoMatch() {
        WordTrie<String> t = trie("平方公里");
        assertNull(t.longestAt(text("平方米"), 0, 3));
        assertNull(t.longestAt(text("平方"), 0, 2));
        assertEquals(new Match<>("<平方公里>", 0, 4), t.longestAt(text("平方公里"), 0, 4));
    }

    @Test
    void backwardTakesTheLongestWordThatEndsThere() {
        WordTrie<String> t = trie("比", "同比", "上年");
        assertEquals(new Match<>("<同比>", 0, 2), t.longestEndingAt(text("同比增长"), 2, 0));
        assertEquals(new Match<>("<比>", 1, 2), t.longestEndingAt(text("同比增长"), 2, 1), "the floor cuts 同 off");
        assertNull(t.longestEndingAt(text("同比增长"), 2, 2), "end at the floor");
        assertNull(t.longestEndingAt(text("同比增长"), 1, 2), "end below the floor");
        assertNull(t.longestEndingAt(text("同比增长"), 3, 0), "no word ends with 增");
        assertEquals(new Match<>("<上年>", 1, 3), t.longestEndingAt(text("比上年"), 3, 0));
    }

    @Test
    void aSuffixOfAWordIsNoMatchBackward() {
        WordTrie<String> t = trie("比上年");
        assertNull(t.longestEndingAt(text("上年"), 2, 0));
        assertEquals(new Match<>("<比上年>", 0, 3), t.longestEndingAt(text("比上年"), 3, 0));
    }

    @Test
    void matchesAreBoundedByTheLongestWord() {
        WordTrie<String> t = trie("ab", "abcd");
        assertEquals(new Match<>("<abcd>", 0, 4), t.longestAt(text("abcdef"), 0, 6));
        assertEquals(new Match<>("<ab>", 0, 2), t.longestAt(text("abce"), 0, 4));
        assertEquals(new Match<>("<abcd>", 1, 5), t.longestEndingAt(text("xabcd"), 5, 0));
    }

    @Test
    void aWordAddedAgainTakesTheNewValue() {
        WordTrie<String> t = trie("近");
        t.put("近", "again");
        assertEquals("again", t.longestAt(text("近"), 0, 1).value());
        assertEquals("again", t.longestEndingAt(text("近"), 1, 0).value());
    }

    @Test
    void firstCharsAreKnown() {
        WordTrie<String> t = trie("超过", "逾");
        assertTrue(t.canStartWith('超'));
        assertTrue(t.canStartWith('逾'));
        assertFalse(t.canStartWith('过'));
        assertFalse(new WordTrie<String>().canStartWith('超'));
        assertNull(new WordTrie<String>().longestAt(text("超过"), 0, 2));
        assertNull(new WordTrie<String>().longestEndingAt(text("超过"), 2, 0));
    }
}
