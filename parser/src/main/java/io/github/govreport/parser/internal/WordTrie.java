package io.github.govreport.parser.internal;

import java.util.BitSet;

/**
 * A set of words, each with a payload, matched at a position of a folded text: forward (the longest
 * word that starts at an index) or backward (the longest word that ends at an index). Matching costs at
 * most the length of the longest word, so scanning stays linear.
 *
 * @param <T> the payload of a word
 */
public final class WordTrie<T> {

    /**
     * A node's children as two sorted parallel arrays, searched by bisection: no boxed {@code Character}
     * and no hash per char of the text, which made the map-based trie the scanner's hottest spot. A node
     * with many children (the roots) also keeps them in an open-addressed table keyed by char, so that a
     * look-up there costs one probe or two instead of a bisection.
     */
    private static final class Node<T> {
        private static final char[] NO_KEYS = {};
        /** From how many children on a node keeps the table. */
        private static final int TABLE_FROM = 8;
        char[] keys = NO_KEYS;
        Node<T>[] children = newArray(0);
        T value;
        private char[] tableKeys;
        private Node<T>[] tableChildren;

        Node<T> next(char c) {
            if (tableKeys != null) {
                int mask = tableKeys.length - 1;
                for (int i = (c * 0x9E37) & mask; ; i = (i + 1) & mask) {
                    char k = tableKeys[i];
                    if (k == c) {
                        return tableChildren[i];
                    }
                    if (k == 0) {
                        return null; // no word holds U+0000, so it marks an empty slot
                    }
                }
            }
            int lo = 0;
            int hi = keys.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char k = keys[mid];
                if (k < c) {
                    lo = mid + 1;
                } else if (k > c) {
                    hi = mid - 1;
                } else {
                    return children[mid];
                }
            }
            return null;
        }

        Node<T> nextOrNew(char c) {
            Node<T> found = next(c);
            if (found != null) {
                return found;
            }
            int at = 0;
            while (at < keys.length && keys[at] < c) {
                at++;
            }
            char[] k = new char[keys.length + 1];
            Node<T>[] ch = newArray(keys.length + 1);
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, ch, 0, at);
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, ch, at + 1, keys.length - at);
            Node<T> created = new Node<>();
            k[at] = c;
            ch[at] = created;
            keys = k;
            children = ch;
            if (keys.length >= TABLE_FROM) {
                buildTable();
            }
            return created;
        }

        private void buildTable() {
            int size = Integer.highestOneBit(keys.length * 4);
            char[] tk = new char[size];
            Node<T>[] tc = newArray(size);
            for (int j = 0; j < keys.length; j++) {
                int i = (keys[j] * 0x9E37) & (size - 1);
                while (tk[i] != 0) {
                    i = (i + 1) & (size - 1);
                }
                tk[i] = keys[j];
                tc[i] = children[j];
            }
            tableKeys = tk;
            tableChildren = tc;
        }

        @SuppressWarnings("unchecked")
        private static <T> Node<T>[] newArray(int size) {
            return (Node<T>[]) new Node<?>[size];
        }
    }

    /** A word found: its payload and the index just past it (forward) or at its start (backward). */
    public record Match<T>(T value, int start, int end) {}

    private final Node<T> forward = new Node<>();
    private final Node<T> backward = new Node<>();
    /** The chars words start and end with: most positions of a text are rejected without a map look-up. */
    private final BitSet firsts = new BitSet();
    private final BitSet lasts = new BitSet();
    private int longest;

    /** Adds {@code word} with {@code value}; a later add of the same word replaces the value. */
    public void put(String word, T value) {
        insert(forward, word, value, false);
        insert(backward, word, value, true);
        firsts.set(word.charAt(0));
        lasts.set(word.charAt(word.length() - 1));
        if (word.length() == 1) {
            singles.set(word.charAt(0));
        } else {
            pairs.set(pair(word.charAt(0), word.charAt(1)));
        }
        longest = Math.max(longest, word.length());
    }

    private static <T> void insert(Node<T> root, String word, T value, boolean reversed) {
        Node<T> node = root;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(reversed ? word.length() - 1 - k : k);
            node = node.nextOrNew(c);
        }
        node.value = value;
    }

    /**
     * The first two chars of the longer words, hashed into a bit set, and the one-char words: a position
     * whose first char starts words but whose first two chars start none is rejected before any walk.
     */
    private final BitSet pairs = new BitSet(PAIR_BITS);
    private final BitSet singles = new BitSet();
    private static final int PAIR_BITS = 1 << 16;

    private static int pair(char a, char b) {
        return (a * 31 + b) * 0x9E3779B1 >>> 16;
    }

    /** True when some word of this set starts with {@code c}. */
    public boolean canStartWith(char c) {
        return firsts.get(c);
    }

    /** The longest word of this set that starts at {@code from} and ends at or before {@code limit}, or null. */
    public Match<T> longestAt(char[] text, int from, int limit) {
        if (from >= limit || !firsts.get(text[from])) {
            return null;
        }
        if (!singles.get(text[from]) && (from + 1 >= limit || !pairs.get(pair(text[from], text[from + 1])))) {
            return null;
        }
        Node<T> node = forward;
        Match<T> best = null;
        for (int i = from; i < limit && i - from < longest; i++) {
            node = node.next(text[i]);
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(node.value, from, i + 1);
            }
        }
        return best;
    }

    /** The longest word of this set that ends at {@code end} (exclusive) and starts at or after {@code floor}, or null. */
    public Match<T> longestEndingAt(char[] text, int end, int floor) {
        if (end <= floor || !lasts.get(text[end - 1])) {
            return null;
        }
        Node<T> node = backward;
        Match<T> best = null;
        for (int i = end - 1; i >= floor && end - i <= longest; i--) {
            node = node.next(text[i]);
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(node.value, i, end);
            }
        }
        return best;
    }
}
