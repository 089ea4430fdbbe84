package io.github.govreport.model;

/**
 * Which side of a target its outcome must be on to reach it: what the government wants of the measure.
 * The words say it first (控制在4.5%, 不超过 for a ceiling; 以上, 不低于 for a floor), then the concept (an
 * unemployment rate, the rise of consumer prices, energy intensity are ceilings; growth, jobs, income and
 * revenue floors), then the direction of the change (增长 a floor, 下降 a ceiling).
 */
public enum Sense {
    /** The outcome reaches the target at or above it: 增长5%以上, 城镇新增就业3万人. */
    FLOOR,
    /** The outcome reaches the target at or below it: 城镇调查失业率5.5%, 居民消费价格上涨3%. */
    CEILING
}
