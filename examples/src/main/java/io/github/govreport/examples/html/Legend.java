package io.github.govreport.examples.html;

import io.github.govreport.core.Kind;

/**
 * The keys of the pages: what each colour, border and sign means, drawn with the very classes the page
 * uses, so that the key cannot drift from the marks. Every mark also says what it is in words or signs,
 * so the page reads without colour.
 */
final class Legend {

    private Legend() {}

    /** The key of a report page: the kinds of value, and results, goals and headline goals. */
    static void report(StringBuilder s) {
        s.append("<details class=\"legend\" open=\"open\">\n<summary>Key</summary>\n<p>Values, by kind (the sign before each; ▲ a rise, ▼ a fall). ")
                .append("Hover over a value, or move to it with the Tab key, to see what it was read as.</p>\n<ul class=\"keys\">\n");
        String[][] kinds = {
            {"QUANTITY", "#", "quantity (1.2万人 is 12000 人)"},
            {"PERCENT", "%▲", "percent, here a rise"},
            {"PERMILLE", "‰", "per mille"},
            {"PERCENTAGE_POINT", "pp▼", "percentage points, here a fall"},
            {"MULTIPLE", "×", "multiple (倍, 翻番)"},
            {"FRACTION", "⁄", "fraction (三分之一)"},
            {"DATE", "◷", "date or year"},
        };
        for (String[] k : kinds) {
            String css = "k-" + Kind.valueOf(k[0]).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            s.append("<li><span class=\"sw ").append(css).append("\" data-cue=\"").append(k[1]).append("\">")
                    .append(k[0].toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append("</span> ")
                    .append(Html.text(k[2])).append("</li>\n");
        }
        s.append("</ul>\n<p>Measures, from their name to their last value:</p>\n<ul class=\"keys\">\n")
                .append("<li><span class=\"m m-result\">result</span> an indicator: what the report says was achieved</li>\n")
                .append("<li><span class=\"m m-goal\">goal</span> a target set in the plan</li>\n")
                .append("<li><span class=\"m m-headline\">headline goal</span> a target of the main list (主要预期目标); ")
                .append("<span class=\"m m-goal m-stretch\">stretch</span> the higher goal of a pair (力争…)</li>\n")
                .append("<li><span class=\"task\">task</span> a task's title; <a class=\"ref\" href=\"#notes\">[n]</a> a note reference</li>\n")
                .append("</ul>\n</details>\n");
    }

    /** The key of a panel page: target bands and markers, outcome shapes. */
    static void panel(StringBuilder s) {
        s.append("<details class=\"legend\" open=\"open\">\n<summary>Key</summary>\n<ul class=\"keys\">\n")
                .append("<li><svg class=\"key\" width=\"28\" height=\"16\" aria-hidden=\"true\"><rect class=\"band\" x=\"2\" y=\"3\" width=\"24\" height=\"10\"/></svg>")
                .append(" target range (5%-5.5%)</li>\n")
                .append("<li><svg class=\"key\" width=\"28\" height=\"16\" aria-hidden=\"true\"><rect class=\"band approx\" x=\"2\" y=\"3\" width=\"24\" height=\"10\"/></svg>")
                .append(" approximate target (左右, 近): a soft band with no sharp edge, and no verdict</li>\n")
                .append("<li><svg class=\"key\" width=\"28\" height=\"16\" aria-hidden=\"true\"><line class=\"goal\" x1=\"2\" y1=\"10\" x2=\"26\" y2=\"10\"/>")
                .append("<path class=\"goal-dir\" d=\"M10 9 L14 3 L18 9 Z\"/></svg> target figure: the triangle points the way that reaches it ")
                .append("(up for 以上 and a plain figure of a rise, down for 以内 or a fall)</li>\n")
                .append("<li><svg class=\"key\" width=\"16\" height=\"16\" aria-hidden=\"true\"><circle class=\"out reached\" cx=\"8\" cy=\"8\" r=\"5\"/></svg> outcome, reached (●)</li>\n")
                .append("<li><svg class=\"key\" width=\"16\" height=\"16\" aria-hidden=\"true\"><path class=\"out missed\" d=\"M3 3 L13 13 M13 3 L3 13\"/></svg> outcome, missed (✕)</li>\n")
                .append("<li><svg class=\"key\" width=\"16\" height=\"16\" aria-hidden=\"true\"><path class=\"out approx\" d=\"M8 2 L14 8 L8 14 L2 8 Z\"/></svg> outcome against an approximate target (◆)</li>\n")
                .append("<li><svg class=\"key\" width=\"16\" height=\"16\" aria-hidden=\"true\"><rect class=\"out other\" x=\"3\" y=\"3\" width=\"10\" height=\"10\"/></svg> outcome without a verdict: no target set, or not comparable (□)</li>\n")
                .append("</ul>\n<p>Each year's marks are labelled with the status in words; the table below the charts gives every row.</p>\n</details>\n");
    }
}
