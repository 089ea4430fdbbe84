package io.github.govreport.model;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * What a report says about itself. Every field is null where the report does not say it clearly.
 *
 * @param title the title, e.g. {@code 政府工作报告}
 * @param region the region as the report names it: {@code 太原市迎泽区}, {@code 广东省}, {@code 恩施州}, {@code 中国}
 *     for the State Council; always a place of the gazetteer of administrative divisions (or 中国), never a
 *     phrase, and null when the report names none
 * @param regionCode the region's six-digit code in the national standard of administrative divisions
 *     ({@code 330200} for 宁波市, also for its former names), or null: for the State Council, and where the
 *     name is borne by several places that the report does not tell apart
 * @param level the level of government, which the code gives where there is one; null when unclear
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
        String regionCode,
        Level level,
        Integer year,
        YearSpan reviewYear,
        LocalDate date,
        String speaker,
        String speakerTitle,
        String meeting) {

    /**
     * Checks the code's form.
     *
     * @throws IllegalArgumentException if {@code regionCode} is not null and not six ASCII digits
     */
    public Metadata {
        if (regionCode != null && !isSixDigits(regionCode)) {
            throw new IllegalArgumentException("regionCode must be six digits (330200), not \"" + regionCode + "\"");
        }
    }

    private static boolean isSixDigits(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The year the report plans for, when it states one: {@link #year()} without the null, so that a
     * caller cannot unbox a missing year by accident.
     */
    public OptionalInt planYear() {
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** Metadata with nothing known. */
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, null, null);
}
