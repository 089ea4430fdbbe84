package io.github.govreport.model;

/** The level of government whose report it is. */
public enum Level {
    /** The State Council (国务院). */
    NATIONAL,
    /** A province, autonomous region, municipality or special administrative region. */
    PROVINCE,
    /** A prefecture-level city or autonomous prefecture. */
    CITY,
    /** A county or district. */
    COUNTY
}
