package io.github.govreport.core;

/** What kind of value a mention states; one per {@link Amount} type. */
public enum Kind {
    /** An amount, with or without a unit: {@code 1.66万人}, {@code 两万}. */
    QUANTITY,
    /** A percentage: {@code 8.1%}, {@code 百分之八}. */
    PERCENT,
    /** A per-mille value: {@code 11‰}. */
    PERMILLE,
    /** Percentage points: {@code 2个百分点}. */
    PERCENTAGE_POINT,
    /** A multiple: {@code 1.2倍}, {@code 翻番}. */
    MULTIPLE,
    /** A fraction: {@code 三分之一}. */
    FRACTION,
    /** A date or year: {@code 2018年}, {@code 2018年3月21日}. */
    DATE
}
