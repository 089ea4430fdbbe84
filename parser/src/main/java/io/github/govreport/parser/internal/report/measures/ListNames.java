package io.github.govreport.parser.internal.report.measures;

import java.util.ArrayList;
import java.util.List;

/**
 * How the name of a list stands for its members: 城乡居民收入 is 城镇居民收入 and 农村居民收入, and
 * 高技术制造业、装备制造业增加值 is two measures (docs/report.md, the name). The measure reader asks this where
 * one clause gives values to each member in turn (分别) or one value to all of them (均).
 */
final class ListNames {

    private ListNames() {}

    /**
     * The names a list name stands for, when values follow it one for each (分别增长6%和7%): 城乡居民收入
     * is 城镇居民收入 and 农村居民收入, 城镇和农村居民收入 likewise, 出口和进口 is 出口 and 进口, parts longer
     * than a head (城乡居民基础养老金和医保补助标准) are measures of their own, and a list with 、 shares its
     * tail (高技术制造业、装备制造业增加值). Null when the name is no such list.
     */
    static List<String> split(String name) {
        if (name.indexOf('、') >= 0) {
            return splitEnumeration(name);
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '和' || c == '、' || c == '与' || c == '及') {
                parts.add(name.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(name.substring(from));
        if (parts.contains("")) {
            return null; // 闲置办公楼和: a list cut off, no names to give
        }
        if (parts.size() < 2) {
            for (String[] c : COMPOUNDS) {
                int i = name.indexOf(c[0]);
                if (i >= 0 && name.length() > c[0].length()) {
                    // 金融机构存贷款余额 is 金融机构存款余额 and 金融机构贷款余额
                    String head = name.substring(0, i);
                    String rest = name.substring(i + c[0].length());
                    return List.of(head + c[1] + rest, head + c[2] + rest);
                }
            }
            return null;
        }
        String last = parts.get(parts.size() - 1);
        boolean whole = parts.stream().allMatch(p -> p.length() > 4);
        List<String> names = new ArrayList<>();
        for (String p : parts.subList(0, parts.size() - 1)) {
            if (whole) {
                names.add(p); // 城乡居民基础养老金和医保补助标准: each part is a measure of its own
                continue;
            }
            if (p.length() > 4) {
                // a head long enough to be a measure keeps it, with the words the last adds after their shared
                // end: 一般公共预算收入(和税收收入). Only beside a last part that is a measure too (not 收入和支出),
                // and never at 及, which also ends words (普及率)
                String tail = sharedTail(p, last);
                if (last.length() < 4 || name.indexOf('及') >= 0 || tail.length() == 1) {
                    return null;
                }
                names.add(p + tail);
                continue;
            }
            // each short head stands in for the head of the last part: 城镇(和农村)居民收入
            if (p.length() < 2 || p.length() > last.length()) {
                return null;
            }
            names.add(p + last.substring(p.length()));
        }
        names.add(last);
        return names;
    }

    /** Words that join two measures in one (城乡 is 城镇 and 农村), in the order they name them. */
    private static final String[][] COMPOUNDS = {{"城乡", "城镇", "农村"}, {"存贷款", "存款", "贷款"}, {"进出口", "进口", "出口"}};

    /**
     * Splits 高技术制造业、装备制造业增加值 into 高技术制造业增加值 and 装备制造业增加值: the parts between 、 are
     * the members (和 inside a part stays: 租赁和商务服务业), and the words the last member has after the
     * ending the others share (增加值 after 制造业) belong to every member.
     */
    private static List<String> splitEnumeration(String name) {
        String[] parts = name.split("、");
        String last = parts[parts.length - 1];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i];
            if (p.isEmpty()) {
                return null;
            }
            String tail = sharedTail(p, last);
            if (tail.isEmpty() && p.length() <= 4 && p.length() < last.length()) {
                names.add(p + last.substring(p.length())); // 城镇、农村居民收入: a short head stands in for the last's
            } else {
                names.add(p + tail);
            }
        }
        names.add(last);
        return names;
    }

    /** What {@code last} has after the longest ending of {@code part} it contains: 制造业 in both → 增加值. */
    private static String sharedTail(String part, String last) {
        for (int k = Math.min(part.length(), last.length() - 1); k >= 1; k--) {
            int at = last.lastIndexOf(part.substring(part.length() - k));
            if (at >= 0 && at + k < last.length()) {
                return last.substring(at + k);
            }
        }
        return "";
    }

    /**
     * The index of the last 均 in s[from, to) that means "each", or -1: the 均 of 年均, 平均 and 人均 is an
     * average, and one that opens a word (均衡, 均等) is no link.
     */
    static int sharedAt(String s, int from, int to) {
        int i = s.lastIndexOf('均', to - 1);
        if (i <= from) {
            return -1;
        }
        boolean average = "年平人".indexOf(s.charAt(i - 1)) >= 0;
        boolean word = i + 1 < s.length() && "衡等匀值价".indexOf(s.charAt(i + 1)) >= 0;
        return average || word ? -1 : i;
    }
}
