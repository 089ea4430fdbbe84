package io.github.govreport.parser.internal.report.header;

import io.github.govreport.parser.internal.report.text.ReportText;
import java.time.LocalDate;
import java.util.List;

/**
 * One pass over a run of joined header lines: the meeting, the delivery date, the title and the speaker,
 * each preferring the shape the reports use for the real thing (the dated meeting line, the title nearest
 * above it) over look-alikes in web residue. In body mode (a text with no header before 各位代表) only
 * shapes that cannot be mistaken for body prose are taken.
 */
final class HeaderSearch {

    /** In body text a title or speaker stands on a short line of its own; longer lines are prose. */
    private static final int SHORT_TITLE = 40;
    private static final int SHORT_SPEAKER = 24;
    private static final int LONG_TITLE = 60;

    private HeaderSearch() {}

/** What one pass over a run of lines found. */
static final class Found {
    String title;
    String titleClean;
    Integer otherTitleYear;
    Meetings.Meeting meeting;
    HeaderLine meetingLine;
    LocalDate date;
    String speaker;
    String speakerTitle;
    String speakerRegion;
    int lastLine = -1;

    boolean isEmpty() {
        return title == null && meeting == null && date == null && speaker == null;
    }

    void used(HeaderLine l) {
        if (l != null && !l.yaml) {
            lastLine = Math.max(lastLine, l.last);
        }
    }
}

    static Found search(ReportText text, List<HeaderLine> logicals, boolean bodyMode) {
        Found f = new Found();

        // the meeting: prefer the dated line with a region (——date在<region>第…届…会议上) over the same
        // meeting named in a photo caption or in an abbreviated page code (区五届人大三次会议)
        int meetingIndex = -1;
        int bestRank = -1;
        for (int i = 0; i < logicals.size(); i++) {
            HeaderLine l = logicals.get(i);
            Meetings.Meeting m = Meetings.findMeeting(l.s);
            if (m == null) {
                continue;
            }
            int rank = (HeaderDates.dateNear(l.s, m.start()) != null ? 2 : 0) + (m.region() != null ? 1 : 0);
            if (rank > bestRank) {
                bestRank = rank;
                f.meeting = m;
                f.meetingLine = l;
                meetingIndex = i;
            }
        }
        f.used(f.meetingLine);

        // the date: the one on the meeting line, else one that leads into a meeting (…日在), else a dated
        // line of its own (bare, after a dash, or in brackets or emphasis); never a timestamp, 更新时间,
        // 时间：, a dateline (…电) or a zero-padded publication date
        HeaderLine dateLine = null;
        if (f.meeting != null) {
            HeaderDates.Date d = HeaderDates.dateNear(f.meetingLine.s, f.meeting.start());
            if (d != null) {
                f.date = d.date();
                dateLine = f.meetingLine;
            }
        }
        if (f.date == null && !bodyMode) {
            for (HeaderLine l : logicals) {
                if (HeaderDates.isResidue(l.s)) {
                    continue;
                }
                for (HeaderDates.Date d : HeaderDates.dates(l.s)) {
                    if (!d.padded() && d.end() < l.s.length() && l.s.charAt(d.end()) == '在') {
                        f.date = d.date();
                        dateLine = l;
                        break;
                    }
                }
                if (f.date != null) {
                    break;
                }
            }
        }
        if (f.date == null && !bodyMode) {
            for (HeaderLine l : logicals) {
                HeaderDates.Date d = HeaderDates.isResidue(l.s) ? null : HeaderDates.firstDate(l.s, true);
                if (d == null && !HeaderDates.isResidue(l.s)) {
                    d = HeaderDates.bracketed(l.s); // (2025年1月15日), **（2025年1月15日）**, ［2025年1月15日］
                }
                if (d != null) {
                    f.date = d.date();
                    dateLine = l;
                    break;
                }
            }
        }
        f.used(dateLine);

        // the title: the title line nearest above the meeting line, since a page title in the residue
        // (2018年区政府工作报告) may stand further up
        int titleIndex = -1;
        int[] titleSpan = null;
        for (int i = 0; i < logicals.size(); i++) {
            HeaderLine l = logicals.get(i);
            if (l.s.indexOf('。') >= 0 || (bodyMode && l.s.length() > SHORT_TITLE)) {
                continue; // a sentence (a caption: …作政府工作报告。), not a title
            }
            int[] span = Titles.titleSpan(l.s);
            if (span == null || span[1] - span[0] > LONG_TITLE) {
                continue;
            }
            if (titleIndex < 0 || meetingIndex >= 0 && i <= meetingIndex) {
                if (titleIndex >= 0 && f.otherTitleYear == null) {
                    f.otherTitleYear = Titles.yearIn(logicals.get(titleIndex).s.substring(titleSpan[0], titleSpan[1]));
                }
                titleIndex = i;
                titleSpan = span;
            } else if (f.otherTitleYear == null) {
                f.otherTitleYear = Titles.yearIn(l.s.substring(span[0], span[1]));
            }
        }
        if (titleIndex >= 0) {
            HeaderLine l = logicals.get(titleIndex);
            f.title = l.value(text, titleSpan[0], titleSpan[1]);
            f.titleClean = l.s.substring(titleSpan[0], titleSpan[1]);
            f.used(l);
        }

        // the speaker: <region>人民政府<office>NAME; in body text only on a short line of its own
        for (HeaderLine l : logicals) {
            if (bodyMode && l.s.length() > SHORT_SPEAKER) {
                continue;
            }
            Speakers.Speaker sp = Speakers.findSpeaker(l.s);
            if (sp != null) {
                f.speaker = sp.name();
                f.speakerTitle = sp.office();
                f.speakerRegion = sp.region();
                f.used(l);
                break;
            }
        }
        // a byline with an office and no name: the office is kept, the speaker stays null
        if (f.speaker == null && !bodyMode) {
            for (HeaderLine l : logicals) {
                Speakers.Speaker sp = Speakers.officeOnly(l.s);
                if (sp != null) {
                    f.speakerTitle = sp.office();
                    f.speakerRegion = sp.region();
                    f.used(l);
                    break;
                }
            }
        }
        // a name alone on the line after the meeting or date line (七台河, 益阳 write no office)
        int anchor = meetingIndex >= 0 ? meetingIndex : logicals.indexOf(dateLine);
        if (f.speaker == null && !bodyMode && anchor >= 0 && anchor + 1 < logicals.size()) {
            HeaderLine next = logicals.get(anchor + 1);
            if (Speakers.isName(next.s) && !Speakers.endsWithLevelChar(next.s) && !next.s.equals(HeaderChars.BODY_OPENING)) {
                f.speaker = next.s;
                f.used(next);
            }
        }
        return f;
    }
}
