package io.github.govreport.core;

/**
 * What a {@link Unit} measures. Every unit the lexicon knows belongs to exactly one dimension; a unit
 * found in text but missing from the lexicon is still reported, with {@link #UNKNOWN}.
 */
public enum Dimension {
    /** Money: 元, 美元. */
    CURRENCY,
    /** People: 人, 人次, 户. */
    PERSON,
    /** A classifier that counts things: 个, 家, 件, 套, 所, 项. */
    COUNT,
    /** Area: 平方米, 平方公里, 亩, 公顷. */
    AREA,
    /** Length: 公里, 米. */
    LENGTH,
    /** Mass: 吨, 公斤. */
    MASS,
    /** Volume: 立方米. */
    VOLUME,
    /** Energy: 千瓦时, 吨标准煤. */
    ENERGY,
    /** Power: 千瓦. */
    POWER,
    /** A span of time: 天, 年, 个月, 小时. */
    TIME,
    /** Age: 周岁, 岁. */
    AGE,
    /** A dimensionless ratio: %, ‰, 百分点, 倍. */
    RATIO,
    /** A unit the lexicon does not know; its symbol is kept as written. */
    UNKNOWN
}
