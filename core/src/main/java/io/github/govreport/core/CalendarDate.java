package io.github.govreport.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;

/**
 * A date as a report writes it, to whatever precision it gives: a year ({@code 2018年}), a month
 * ({@code 2018年3月}, {@code 3月}), or a day ({@code 2018年3月21日}, {@code 2018-04-04}). Missing parts are
 * null, never guessed.
 *
 * @param year the year, or null when the text gives only month and day
 * @param month the month 1–12, or null
 * @param day the day of the month, or null; only with a month
 */
public record CalendarDate(Integer year, Integer month, Integer day) implements Amount {

    /**
     * Creates a date.
     *
     * @throws IllegalArgumentException if no part is given, a day comes without a month, or the parts
     *     do not form a real date
     */
    public CalendarDate {
        if (year == null && month == null) {
            throw new IllegalArgumentException("a date needs a year or a month");
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (year != null && (year < 1 || year > 9999)) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            try {
                // a leap year when the year is unknown, so that 2月29日 stands
                LocalDate.of(year == null ? 2000 : year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + e.getMessage(), e);
            }
        }
    }

    /** Returns the year alone, {@code 2018年}. */
    public static CalendarDate ofYear(int year) {
        return new CalendarDate(year, null, null);
    }

    @Override
    public Kind kind() {
        return Kind.DATE;
    }

    /** Always null. */
    @Override
    public Unit unit() {
        return null;
    }

    /**
     * The ISO 8601 form to the precision given: {@code 2018}, {@code 2018-03}, {@code 2018-03-21},
     * {@code --03-21}, {@code --03}.
     */
    public String toIsoString() {
        StringBuilder s = new StringBuilder();
        s.append(year == null ? "-" : String.format("%04d", year));
        if (month != null) {
            s.append('-').append(String.format("%02d", month));
        }
        if (day != null) {
            s.append('-').append(String.format("%02d", day));
        }
        return s.toString();
    }

    /** Returns the month as a {@link Month}, or null. */
    public Month monthOfYear() {
        return month == null ? null : Month.of(month);
    }

    /** The Chinese form: {@code 2018年3月21日}, {@code 3月}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (year != null) {
            s.append(year).append('年');
        }
        if (month != null) {
            s.append(month).append('月');
        }
        if (day != null) {
            s.append(day).append('日');
        }
        return s.toString();
    }
}
