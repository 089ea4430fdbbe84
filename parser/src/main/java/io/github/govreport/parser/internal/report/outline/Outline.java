package io.github.govreport.parser.internal.report.outline;

import io.github.govreport.core.Span;
import io.github.govreport.model.Section;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The structure of a report's body: where it ends, its headings nested into sections, and which part
 * (review, plan, glossary …) every line belongs to.
 *
 * <p>Depth comes from the order in which a report uses its numbering kinds, not from the kind alone: a
 * heading pops every open heading of its rank or below and nests in what remains, so that 一、 is the top
 * level in a report that numbers its parts, and the second level under bare part headings such as
 * 2017年工作回顾.
 */
public final class Outline {

    /** A heading placed in the tree. */
    public static final class Node {
        public final Heading heading;
        final int level;
        public final Node parent;
        public final List<Node> children = new ArrayList<>();
        public Part part;
        public int endLine; // exclusive

        Node(Heading heading, int level, Node parent) {
            this.heading = heading;
            this.level = level;
            this.parent = parent;
        }
    }

    private static final String[] RESIDUE = {
        "相关文章", "相关报道", "相关链接", "责任编辑", "扫一扫", "打印本页", "关闭窗口", "本作品是", "Public domain",
        "来源:", "(新华社", "(来源", "【打印】", "分享到", "【关闭】"
    };

    /** The parts after which a top-level heading without part words continues the plan. */
    private static final Set<Part> PLAN_FOLLOWS = EnumSet.of(Part.REVIEW, Part.MIXED, Part.FIVE_YEAR, Part.PLAN);

    public final ReportText text;
    public final int bodyStart;
    public final int bodyEnd;
    final List<Node> nodes = new ArrayList<>();
    final List<Node> roots = new ArrayList<>();
    private final Integer yearPlanned;
    private final Part[] partOfLine;
    private final Node[] nodeOfLine;

    /**
     * Reads the outline of the body from {@code bodyStart} on, in a report that plans for {@code yearPlanned}
     * (null while unknown), which tells a plan heading from a review heading with the same words.
     */
    public Outline(ReportText text, int bodyStart, Integer yearPlanned) {
        this.text = text;
        this.yearPlanned = yearPlanned;
        this.bodyStart = bodyStart;
        this.bodyEnd = findEnd(text, bodyStart);
        List<ReportText.Line> lines = text.lines();
        partOfLine = new Part[lines.size()];
        nodeOfLine = new Node[lines.size()];
        List<Node> stack = new ArrayList<>();
        boolean inGlossary = false;
        Part lastTopPart = null;
        int continued = 0;
        for (int i = bodyStart; i < bodyEnd; i++) {
            ReportText.Line line = lines.get(i);
            Heading h = null;
            if (!line.isBlank() && i >= continued) {
                int next = nextNonBlank(lines, i);
                h = next < bodyEnd ? Heading.joined(line, lines.get(next)) : null;
                if (h != null) {
                    continued = next + 1; // the second line of the heading is no heading of its own
                } else {
                    h = Heading.of(line);
                }
            }
            if (h != null && h.rank() == Heading.BARE && continuesOnNextLine(lines, i)) {
                h = null; // 主要目标 / 是：… — a sentence broken over lines, not a heading
            }
            if (h != null && inGlossary && h.rank() != Heading.BARE) {
                h = null; // numbered glossary entries are notes, not sections
            }
            // a sub-part that opens on its part's heading line (三、做强产业 (一)稳住农业…) is placed after it
            for (Heading cur = h; cur != null; cur = cur.sub()) {
                while (!stack.isEmpty() && stack.get(stack.size() - 1).heading.rank() >= cur.rank()) {
                    stack.remove(stack.size() - 1).endLine = i;
                }
                Node parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                Node node = new Node(cur, stack.size() + 1, parent);
                Part own = cur.inline() && !stack.isEmpty() ? null : Part.of(cur.title(), yearPlanned); // a numbered lead sentence names no part
                if (parent == null) {
                    if (own == null && cur.rank() == Heading.BARE) {
                        own = Part.APPENDIX;
                    }
                    // a part with no part words after the review and before the plan's end is the plan (a slogan)
                    node.part = own != null ? own : lastTopPart != null && PLAN_FOLLOWS.contains(lastTopPart) ? Part.PLAN : null;
                    lastTopPart = node.part;
                    roots.add(node);
                } else {
                    boolean special = own == Part.GLOSSARY || own == Part.LIVELIHOOD;
                    boolean open = parent.part == null || parent.part == Part.APPENDIX || parent.part == Part.MIXED;
                    node.part = special || open ? (own != null ? own : parent.part) : parent.part;
                    parent.children.add(node);
                }
                inGlossary = node.part == Part.GLOSSARY;
                stack.add(node);
                nodes.add(node);
            }
            if (h == null && line.clean.startsWith("各位代表") && stack.size() > 1) {
                // a closing address (各位代表！…) belongs to the part, not to its last sub-part
                while (stack.size() > 1) {
                    stack.remove(stack.size() - 1).endLine = i;
                }
            }
            Node current = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            nodeOfLine[i] = current;
            partOfLine[i] = current == null ? null : current.part;
        }
        for (Node open : stack) {
            open.endLine = bodyEnd;
        }
    }

    /** Reports NO_SECTIONS where no heading was recognized. */
    public void reportIfEmpty(Problems problems) {
        List<ReportText.Line> lines = text.lines();
        if (nodes.isEmpty()) {
            problems.report(ReportProblem.Type.NO_SECTIONS, lines.isEmpty() ? 0 : lines.get(Math.min(bodyStart, lines.size() - 1)).start,
                    "no section heading recognized");
        }
    }

    /**
     * This outline, or the outline of the same body read for a report that plans for {@code year}: read
     * again only where a heading's part depends on the year (一、2025年主要工作 is the review of a 2026 report).
     */
    public Outline forYear(Integer year) {
        if (Objects.equals(year, yearPlanned)) {
            return this;
        }
        for (Node n : nodes) {
            String title = n.heading.title();
            if (Part.of(title, year) != Part.of(title, yearPlanned)) {
                return new Outline(text, bodyStart, year);
            }
        }
        return this;
    }

    /** The top-level headings, in text order. */
    public List<Node> roots() {
        return Collections.unmodifiableList(roots);
    }

    private int nextNonBlank(List<ReportText.Line> lines, int i) {
        int j = i + 1;
        while (j < bodyEnd && lines.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    private boolean continuesOnNextLine(List<ReportText.Line> lines, int i) {
        int j = nextNonBlank(lines, i);
        if (j >= bodyEnd) {
            return false;
        }
        char first = lines.get(j).clean.charAt(0);
        return first == '是' || first == '为' || first == ':' || first == ',' || first == '。';
    }

    /** The end of the body: the first residue line after it, or a long run of blank lines. */
    private static int findEnd(ReportText text, int bodyStart) {
        List<ReportText.Line> lines = text.lines();
        int blanks = 0;
        for (int i = bodyStart + 1; i < lines.size(); i++) {
            ReportText.Line line = lines.get(i);
            if (line.isBlank()) {
                if (++blanks >= 10) {
                    return i - blanks + 1;
                }
                continue;
            }
            blanks = 0;
            for (String r : RESIDUE) {
                if (line.clean.startsWith(r)) {
                    return i;
                }
            }
        }
        return lines.size();
    }

    /** The part the line belongs to, or null where no heading says (before the first, or under headings without part words). */
    public Part partOf(int line) {
        return line >= bodyStart && line < bodyEnd ? partOfLine[line] : null;
    }

    /** The innermost heading the line stands under, or null. */
    public Node nodeOf(int line) {
        return line >= bodyStart && line < bodyEnd ? nodeOfLine[line] : null;
    }

    /** The top-level heading of a given part, or null. */
    public Node firstRoot(Part part) {
        for (Node r : roots) {
            if (r.part == part) {
                return r;
            }
        }
        for (Node n : nodes) {
            if (n.part == part) {
                return n;
            }
        }
        return null;
    }

    /** The glossary blocks as [first line after the heading, end line). */
    public List<int[]> glossaryBlocks() {
        List<int[]> blocks = new ArrayList<>();
        for (Node n : nodes) {
            if (n.part == Part.GLOSSARY && (n.parent == null || n.parent.part != Part.GLOSSARY)) {
                blocks.add(new int[] {n.heading.line().index + 1, n.endLine});
            }
        }
        return blocks;
    }

    /** The span of a node: from its heading to the end of the last non-blank line under it. */
    public Span span(Node node) {
        int start = node.heading.line().cleanStart();
        int last = node.heading.line().index;
        for (int i = node.endLine - 1; i > last; i--) {
            if (!text.lines().get(i).isBlank()) {
                last = i;
                break;
            }
        }
        return new Span(start, Math.max(start, text.lines().get(last).cleanEnd()));
    }

    /** The section tree. */
    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        for (Node r : roots) {
            out.add(section(r));
        }
        return out;
    }

    private Section section(Node node) {
        List<Section> children = new ArrayList<>();
        for (Node c : node.children) {
            children.add(section(c));
        }
        return new Section(node.heading.originalTitle(text.text()), node.level, span(node), children);
    }
}
