package io.github.govreport.parser.internal.report.measures;

import io.github.govreport.core.Direction;
import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Sense;
import io.github.govreport.parser.internal.Lexicon.Row;
import io.github.govreport.parser.internal.report.text.ReportTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The sense of a target, which side of it its outcome must be on: the qualifier of the value it aims at
 * (以上 a floor, 以内 a ceiling), else a word before that value ({@code report/target-senses.tsv}: 控制在,
 * 降至 make a ceiling), else the concept's sense in the catalog (an unemployment rate is a ceiling), else
 * the direction of its change (下降 a ceiling, anything else a floor).
 */
public final class TargetSenses {

    private static final class Holder {
        static final TargetSenses STANDARD = new TargetSenses();
    }

    private final List<Row> rows;
    private final List<String> ceilingWords = new ArrayList<>();

    private TargetSenses() {
        rows = ReportTables.read("target-senses.tsv");
        for (Row r : rows) {
            ceilingWords.add(r.columns().get(0));
        }
    }

    /** The bundled table; loaded on first use. */
    public static TargetSenses standard() {
        return Holder.STANDARD;
    }

    /** Every row of the table, in table order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /**
     * The sense of a target whose name starts at {@code from} in {@code text}.
     *
     * @param value the level aimed at, or null
     * @param change the change aimed at, or null
     * @param concept the target's concept, or null
     */
    Sense of(String text, int from, ValueMention value, ValueMention change, String concept) {
        ValueMention aim = change != null ? change : value;
        Sense stated = switch (aim.value().qualifier()) {
            case AT_LEAST, MORE_THAN -> Sense.FLOOR;
            case AT_MOST, LESS_THAN -> Sense.CEILING;
            default -> null;
        };
        if (stated != null) {
            return stated;
        }
        // 控制在, 降至: the words between the name and the value
        String before = text.substring(Math.max(0, Math.min(from, aim.start())), aim.start()); // the name and its verbs: short
        for (String w : ceilingWords) {
            if (before.contains(w)) {
                return Sense.CEILING;
            }
        }
        Sense catalog = Concepts.standard().senseOf(concept);
        if (catalog != null) {
            return catalog;
        }
        return change != null && change.value().change() != null && change.value().change().direction() == Direction.DOWN
                ? Sense.CEILING : Sense.FLOOR;
    }
}
