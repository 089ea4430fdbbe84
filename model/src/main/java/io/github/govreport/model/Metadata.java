package io.github.govreport.model;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * What a report says about itself. Every field is null where the report does not say it clearly.
 *
 * @param title the title, e.g. {@code 政府工作报告}
 * @param region the region as the report names it: {@code 太原市迎泽区}, {@code 广东省}, {@code 中国} for the
 *     State Council
 * @param level the level of government, or null when unclear
 * @param year the year the report plans for
 * @param reviewYear the year or years it reviews
 * @param date the date it was delivered
 * @param speaker who delivered it
 * @param speakerTitle the speaker's office, e.g. {@code 区长}, {@code 代理主席}
 * @param meeting the meeting it was delivered to, e.g. {@code 示例区第五届人民代表大会第三次会议}
 */
public record Metadata(
        String title,
        String region,
        Level level,
        Integer year,
        YearSpan reviewYear,
        LocalDate date,
        String speaker,
        String speakerTitle,
        String meeting) {

    /**
     * The year the report plans for, when it states one: {@link #year()} without the null, so that a
     * caller cannot unbox a missing year by accident.
     */
    public OptionalInt planYear() {
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** Metadata with nothing known. */
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, null);
}
