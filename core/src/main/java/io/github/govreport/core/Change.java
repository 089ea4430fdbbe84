package io.github.govreport.core;

import java.util.Objects;

/**
 * A value states a change rather than a level: {@code 增长8.1%} is a change {@link Direction#UP} by 8.1
 * percent. The basis, when the text names one ({@code 同比}, {@code 比上年}), says what the change is
 * measured against.
 *
 * @param direction up or down
 * @param basis the comparison the text names, as written in Simplified Chinese, or null when it names
 *     none
 */
public record Change(Direction direction, String basis) {

    /** A rise with no named basis. */
    public static final Change UP = new Change(Direction.UP, null);
    /** A fall with no named basis. */
    public static final Change DOWN = new Change(Direction.DOWN, null);

    /**
     * Creates a change.
     *
     * @throws NullPointerException if {@code direction} is null
     * @throws IllegalArgumentException if {@code basis} is blank
     */
    public Change {
        Objects.requireNonNull(direction, "direction");
        if (basis != null && basis.isBlank()) {
            throw new IllegalArgumentException("change basis is blank; use null for none");
        }
    }

    /** Returns a change in {@code direction} with no basis. */
    public static Change of(Direction direction) {
        return direction == Direction.UP ? UP : DOWN;
    }
}
