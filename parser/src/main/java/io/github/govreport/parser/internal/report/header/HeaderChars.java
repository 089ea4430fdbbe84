package io.github.govreport.parser.internal.report.header;

/** The char tests the header readers share: CJK, digits, the dots of transcribed names, spaces. */
final class HeaderChars {

    static final String CN_DIGITS = "〇零一二三四五六七八九";

    /** The words that open the body of a report, after its header. */
    static final String BODY_OPENING = "各位代表";

    private HeaderChars() {}

    static String despace(String s) {
        if (s.indexOf(' ') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != ' ') {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    static boolean isCjk(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '〇';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean allDigits(String s, int from, int to) {
        if (from < 0 || to > s.length() || from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean allCnDigits(String s, int from, int to) {
        if (from < 0 || to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (CN_DIGITS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isDot(char c) {
        return c == '·' || c == '‧' || c == '・' || c == '•';
    }
}
