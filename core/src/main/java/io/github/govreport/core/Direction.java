package io.github.govreport.core;

/** Which way a {@link Change} goes. */
public enum Direction {
    /** 增长, 增加, 提高, 上升, 扩大, 提升, 翻番. */
    UP,
    /** 下降, 减少, 降低, 回落, 下滑, 缩小, 压减. */
    DOWN
}
