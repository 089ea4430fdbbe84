package io.github.govreport.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Unit;
import io.github.govreport.core.ValueMention;
import io.github.govreport.parser.internal.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Value mentions over the development collection ({@code ../shared/corpus/dev/reports}), for the changes and
 * units nobody labelled: counts that need no label, with their top shapes printed for the person who judges
 * them. Skipped where the collection is absent.
 *
 * <p>A change is <em>far</em> when the nearest change word before the mention (in the same sentence) stands
 * in an earlier clause, behind ， ； or ：, or when no change word stands before it in the sentence at all
 * and none follows it (保持7%以上的增长 is near). A change is <em>missed</em> when a change word of the
 * contract ({@code dev/change-words.tsv}) stands right before the mention (spaces and 了 between allowed),
 * no level verb of the lexicon ends there (新增, 增至), and the mention has no change; a count of major
 * things (提升三大产业) is left out, as the contract reads it as a count.
 */
class DevValuesTest {

    private static final List<String> CHANGE_WORDS = new ArrayList<>();
    private static final List<String> LEVEL_WORDS = new ArrayList<>();
    /** Rate nouns after a number that the contract reads as the change (保持20%左右的增幅). */
    private static final List<String> RATE_NOUNS = List.of("增幅", "增速", "涨幅", "降幅");
    /** How far back in a sentence the governing word of a far change is looked for. */
    private static final int LOOK_BACK = 160;

    private static final List<String> TEXTS = new ArrayList<>();
    private static final List<List<ValueMention>> MENTIONS = new ArrayList<>();

    @BeforeAll
    static void readTheCollection() throws IOException {
        Path folder = Corpus.folder() == null ? null : Corpus.folder().resolveSibling("dev").resolve("reports");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(folder), "development collection ../shared/corpus/dev not found: skipped");
        Lexicon.readTable("/dev/", "change-words.tsv").forEach(r -> CHANGE_WORDS.add(r.columns().get(0)));
        Lexicon.readTable("/io/github/govreport/parser/lexicon/", "levels.tsv").forEach(r -> LEVEL_WORDS.add(r.columns().get(0)));
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        for (Path p : files) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            TEXTS.add(text);
            MENTIONS.add(ValueParser.standard().findAll(text));
        }
    }

    /**
     * The most far changes and missed changes per 100,000 mentions. Measured on the base of issue 20 (ade3955):
     * 71 far (30.6) and 126 missed (54.4) of 231,654 mentions; after its rules 10 far (4.3 of 231,602: 递增
     * lists, which the contract's words here lack, and 降成本) and 38 missed (16.4): 32 are 增收 before a
     * duration or a count of measures (增收三年行动, 促农民增收22条), which the governs column of changes.tsv
     * rightly leaves without a change, the rest counts that name the object (提升37条城乡通道的…). The count
     * keeps its definition, so that before and after compare; the ceilings hold the figures after.
     */
    private static final int FAR_PER_100000 = 5;
    private static final int MISSED_PER_100000 = 17;

    @Test
    void changesComeFromNearWordsAndChangeWordsAreRead() {
        Map<String, Shape> far = new HashMap<>();
        Map<String, Shape> missed = new HashMap<>();
        Map<String, Shape> rate = new HashMap<>();
        int all = 0;
        for (int k = 0; k < TEXTS.size(); k++) {
            String text = TEXTS.get(k);
            for (ValueMention m : MENTIONS.get(k)) {
                all++;
                if (m.value().change() != null) {
                    String shape = farShape(text, m);
                    if (shape != null) {
                        add(far, shape, context(text, m));
                    }
                } else {
                    String word = changeWordRightBefore(text, m.start());
                    // 提升三大产业: a count of major things, which the change word acts on (the contract's 五大产业)
                    boolean majorCount = m.value().amount().unit() == null && m.end() < text.length() && text.charAt(m.end()) == '大';
                    if (word != null && !majorCount) {
                        add(missed, word + " " + m.value().kind(), context(text, m));
                    }
                    String noun = rateNounAfter(text, m.end());
                    if (noun != null && m.value().kind().name().startsWith("PERCENT")) {
                        add(rate, noun + " " + m.value().kind(), context(text, m));
                    }
                }
            }
        }
        int farCount = print("changes from a word in an earlier clause", far, all);
        int missedCount = print("change words right before a mention with no change", missed, all);
        print("rate nouns after a percent with no change", rate, all);
        assertTrue(farCount * 100_000L <= (long) FAR_PER_100000 * all, farCount + " far of " + all);
        assertTrue(missedCount * 100_000L <= (long) MISSED_PER_100000 * all, missedCount + " missed of " + all);
    }

    /**
     * Units of no known dimension over the development collection, printed with their counts, as
     * {@code CorpusValuesTest} does for the corpus; held to a small share of all mentions.
     */
    @Test
    void unknownUnitsAreFew() {
        Map<String, Shape> unknown = new HashMap<>();
        int all = 0;
        for (int k = 0; k < TEXTS.size(); k++) {
            String text = TEXTS.get(k);
            for (ValueMention m : MENTIONS.get(k)) {
                all++;
                Unit u = m.value().amount().unit();
                if (u != null && u.dimension() == Dimension.UNKNOWN) {
                    add(unknown, u.symbol(), context(text, m));
                }
            }
        }
        int count = print("units of no known dimension in corpus/dev", unknown, all);
        assertTrue(count * 100 < all, count + " of " + all);
    }

    /** The shape of a far change (its word, the marks crossed, the kind), or null when the change is near. */
    private static String farShape(String text, ValueMention m) {
        if (startsWithChangeWord(m.text()) || m.text().contains("翻") || rateNounAfter(text, m.end()) != null
                || m.end() + 1 < text.length() && text.charAt(m.end()) == '的' && startsWithChangeWord(text.substring(m.end() + 1, Math.min(text.length(), m.end() + 4)))) {
            return null;
        }
        StringBuilder marks = new StringBuilder();
        for (int p = m.start(); p > 0 && m.start() - p < LOOK_BACK; p--) {
            char c = text.charAt(p - 1);
            if (c == '。' || c == '\n') {
                break;
            }
            String word = changeWordEndingAt(text, p);
            if (word != null) {
                return marks.length() == 0 ? null : word + " " + marks + " " + m.value().kind();
            }
            if ((c == '，' || c == '；' || c == '：' || c == ',' || c == ';') && marks.indexOf(String.valueOf(c)) < 0) {
                marks.append(c);
            }
        }
        return "(no word) " + m.value().kind();
    }

    private static boolean startsWithChangeWord(String s) {
        // 翻一番 is its own change word; 增 and 降 are the lexicon's one-char forms (同比增6%)
        return CHANGE_WORDS.stream().anyMatch(s::startsWith) || s.startsWith("增") || s.startsWith("降") || s.startsWith("翻");
    }

    private static String changeWordEndingAt(String text, int p) {
        for (String w : CHANGE_WORDS) {
            if (text.startsWith(w, p - w.length())) {
                return w;
            }
        }
        return null;
    }

    /** The change word right before index {@code start} (spaces and one 了 between), unless a level verb ends there. */
    private static String changeWordRightBefore(String text, int start) {
        int p = start;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p > 0 && text.charAt(p - 1) == '了') {
            p--;
        }
        String word = changeWordEndingAt(text, p);
        if (word == null) {
            return null;
        }
        for (String level : LEVEL_WORDS) {
            if (level.length() >= word.length() && text.startsWith(level, p - level.length())) {
                return null;
            }
        }
        return word;
    }

    private static String rateNounAfter(String text, int end) {
        int p = end < text.length() && text.charAt(end) == '的' ? end + 1 : end;
        for (String noun : RATE_NOUNS) {
            if (text.startsWith(noun, p)) {
                return noun;
            }
        }
        return null;
    }

    private static String context(String text, ValueMention m) {
        int s = Math.max(0, m.start() - 30);
        int e = Math.min(text.length(), m.end() + 12);
        return text.substring(s, m.start()) + "[" + m.text() + "]" + text.substring(m.end(), e).replace('\n', ' ');
    }

    private static void add(Map<String, Shape> shapes, String key, String example) {
        Shape s = shapes.computeIfAbsent(key, k -> new Shape(example));
        if (s.count > 0 && s.examples.size() < 3) {
            s.examples.add(example);
        }
        s.count++;
    }

    private static int print(String title, Map<String, Shape> shapes, int all) {
        int count = shapes.values().stream().mapToInt(s -> s.count).sum();
        System.out.printf("%s: %d of %d mentions (%.1f per 100,000)%n", title, count, all, count * 100_000.0 / all);
        shapes.entrySet().stream().sorted((a, b) -> b.getValue().count - a.getValue().count).limit(25)
                .forEach(e -> System.out.println("  " + e.getValue().count + "\t" + e.getKey() + "\t" + String.join(" | ", e.getValue().examples)));
        return count;
    }

    /** A shape's count and its first examples. */
    private static final class Shape {
        final List<String> examples = new ArrayList<>();
        int count;

        Shape(String example) {
            examples.add(example);
        }
    }
}
