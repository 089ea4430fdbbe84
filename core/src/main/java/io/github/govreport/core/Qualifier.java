package io.github.govreport.core;

/**
 * How a value relates to the number written: exactly it, about it, at least it, and so on. The words
 * that say so are listed with each constant; the parser's lexicon has the full table.
 */
public enum Qualifier {
    /** The number as written. */
    EXACT,
    /** About: 左右, 约, 大约, 上下. */
    APPROX,
    /** At least: 以上, 不低于, 不少于, 至少. */
    AT_LEAST,
    /** More than: 超过, 逾, 余, 多. */
    MORE_THAN,
    /** At most: 以内, 以下, 不超过. */
    AT_MOST,
    /** Less than: 不足, 低于. */
    LESS_THAN,
    /** Nearly: 近, 将近, 接近. */
    NEARLY,
    /** Between two ends: 5-10家, 5至10家. Only a {@link Range} has it. */
    RANGE
}
