package io.github.govreport.model.panel;

import io.github.govreport.model.Indicator;
import io.github.govreport.model.Level;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.NoTarget;
import io.github.govreport.model.Report;
import io.github.govreport.model.Target;
import io.github.govreport.model.YearSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Targets against outcomes: every annual target a region sets for a year, held against what the same
 * region's next report says that year achieved.
 *
 * <pre>{@code
 * List<PanelRow> rows = Panel.of(List.of(
 *         new PanelSource("2024.txt", report2024),
 *         new PanelSource("2025.txt", report2025)));
 * for (PanelRow row : rows) {
 *     System.out.println(row.year() + " " + row.name() + " " + row.status() + " " + row.difference());
 * }
 * }</pre>
 *
 * <h2>Pairing</h2>
 *
 * <ul>
 *   <li>Reports belong to one region when their {@linkplain Metadata#regionCode() region codes} are equal
 *       ({@code 浙江省宁波市} and {@code 宁波市} are one place); without a code, when their regions are equal once
 *       {@linkplain #normalizeRegion normalized} ({@code 中国（国务院）} is {@code 中国}) and their {@link Level}s are
 *       equal. A report that names no region is left out, and so is one that plans for no year and
 *       reviews no single year; {@link Builder#result()} lists them, with the reason.
 *   <li>For each report of a region whose {@link Metadata#year() year} is Y, every target whose period is
 *       exactly the year Y (headline or not; targets for a later horizon are left out) makes a row; its
 *       outcome comes from the region's report whose {@link Metadata#reviewYear() reviewYear} is exactly Y
 *       (the next year's report), or where there is none, the report that plans for Y + 1 after reviewing a
 *       term that ends in Y (2021-2025 reviewed by the report for 2026, whose review also states 2025's
 *       figures).
 *   <li>The outcome is an indicator of that report whose period is exactly Y (a figure for a term is no
 *       annual outcome) and that measures the same thing: the same {@linkplain Target#concept() concept}
 *       when both have one, else the same name. Of several, the first in text order that is comparable is
 *       taken; if none is, the first, as {@link Status#NOT_COMPARABLE}.
 *   <li>One row per region, level, year and {@linkplain PanelRow#measure() concept or name}: of several
 *       targets for one measure (a floor and its stretch goal, a headline target restated later) the first
 *       in text order counts. Of several reports for one region and year the first given counts; the
 *       others are in {@link PanelResult#leftOut()}.
 * </ul>
 *
 * <h2>Verdicts</h2>
 *
 * <p>Two changes are compared when both have one of the same kind and unit, else two levels of the same
 * kind and unit; a change against a level is {@link Status#NOT_COMPARABLE}. A change down counts as
 * negative. The target's qualifier says what "reached" means: {@code 以上} and {@code 超过} want the outcome
 * at or above the target, {@code 以内} and {@code 低于} at or below, a range within its ends, a plain figure
 * at or beyond it in the target's direction; for a fall "above" means a larger fall, so {@code 下降3.1%}
 * reaches {@code 下降3%以上}. {@code 左右} and {@code 近} draw no sharp line: {@link Status#APPROX}, with the
 * difference only. See {@link Status} and {@link PanelRow#difference()}.
 *
 * <h2>No target set</h2>
 *
 * <p>A report that says it sets no target for a measure ({@link Report#noTargets()}: {@code
 * 不设定年度经济增长具体目标}) gets a row with status {@link Status#NO_TARGET_SET} for it, with the outcome of
 * the next report when one is found. The measure is matched to outcomes through a concept: by default
 * {@link #NO_TARGET_CONCEPTS} ({@code 经济增速}, {@code 经济增长} … stand for {@code gdp}), or the caller's
 * function ({@link Builder#noTargetConcepts}). An indicator with that concept is the outcome; an indicator
 * without a concept is when its name is the measure itself or, for {@code gdp}, one of {@link #GDP_NAMES}.
 */
public final class Panel {

    /** The concept of the gross product, as the concept catalog names it. */
    public static final String GDP = "gdp";

    /**
     * The measures of no-target statements that stand for a concept: {@code 经济增速}, {@code 经济增长},
     * {@code 经济增长速度}, {@code 经济增长率}, {@code 经济增长目标} and {@code 地区生产总值增速} are all the growth of
     * the gross product, {@value #GDP}.
     */
    public static final Map<String, String> NO_TARGET_CONCEPTS = Map.of(
            "经济增速", GDP,
            "经济增长", GDP,
            "经济增长速度", GDP,
            "经济增长率", GDP,
            "经济增长目标", GDP,
            "地区生产总值增速", GDP,
            "国内生产总值增速", GDP);

    /**
     * The names an indicator without a concept may carry and still be the {@value #GDP} outcome of a
     * no-target row: {@code 国内生产总值}, {@code 地区生产总值}, {@code 生产总值}, {@code GDP}.
     */
    public static final Set<String> GDP_NAMES = Set.of("国内生产总值", "地区生产总值", "生产总值", "GDP");

    private Panel() {}

    /**
     * Builds the panel of the given reports, with the default {@link #NO_TARGET_CONCEPTS}.
     *
     * @param sources the reports, each with its file name, in any order
     * @return the rows: regions in the order they are first given, each region's years in ascending order,
     *     each year's targets in text order, then its no-target rows
     * @throws NullPointerException if {@code sources} or one of them is null
     */
    public static List<PanelRow> of(Collection<PanelSource> sources) {
        return builder().addAll(sources).build();
    }

    /**
     * Starts a panel to which reports are added one by one.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The form of a region's name that reports of one region share: without anything in parentheses
     * (full-width {@code （…）} or ASCII {@code (…)}) and without white space. {@code 中国（国务院）} and {@code
     * 中国} are both {@code 中国}.
     *
     * @param region a region as a report names it, or null
     * @return the normalized name, or null for null or for a name that is nothing but parentheses and
     *     white space
     */
    public static String normalizeRegion(String region) {
        if (region == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(region.length());
        int depth = 0;
        for (int i = 0; i < region.length(); ) {
            int cp = region.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '（' || cp == '(') {
                depth++;
            } else if ((cp == '）' || cp == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                s.appendCodePoint(cp);
            }
        }
        return s.length() == 0 ? null : s.toString();
    }

    /** Collects the reports of a panel and how no-target measures map to concepts. */
    public static final class Builder {

        private final List<PanelSource> sources = new ArrayList<>();
        private Function<String, String> noTargetConcepts = NO_TARGET_CONCEPTS::get;
        private boolean conceptsOnly;

        private Builder() {}

        /**
         * Adds a report.
         *
         * @param file the file it was read from, or null
         * @param report the report
         * @return this builder
         * @throws NullPointerException if {@code report} is null
         */
        public Builder add(String file, Report report) {
            return add(new PanelSource(file, report));
        }

        /**
         * Adds a report with its file name.
         *
         * @param source the report and its file
         * @return this builder
         * @throws NullPointerException if {@code source} is null
         */
        public Builder add(PanelSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Adds reports with their file names.
         *
         * @param more the reports
         * @return this builder
         * @throws NullPointerException if {@code more} or one of them is null
         */
        public Builder addAll(Collection<PanelSource> more) {
            for (PanelSource s : more) {
                add(s);
            }
            return this;
        }

        /**
         * Sets how the measure of a no-target statement ({@code 经济增速}) maps to the concept whose outcome
         * the row shows ({@code gdp}); the default is {@link #NO_TARGET_CONCEPTS}{@code ::get}.
         *
         * @param concepts returns the concept of a measure, or null when it has none (the row then looks for
         *     an indicator named as the measure)
         * @return this builder
         * @throws NullPointerException if {@code concepts} is null
         */
        public Builder noTargetConcepts(Function<String, String> concepts) {
            this.noTargetConcepts = Objects.requireNonNull(concepts, "concepts");
            return this;
        }

        /**
         * Keeps only the rows of measures with a {@linkplain PanelRow#concept() concept}, the ones that
         * other regions' reports name alike (what the command line shows without {@code --all}); a report
         * whose rows are all dropped so is {@linkplain PanelResult.Reason#NO_ROW left out}. The default keeps
         * every row.
         *
         * @param only true to keep only rows with a concept
         * @return this builder
         */
        public Builder conceptsOnly(boolean only) {
            this.conceptsOnly = only;
            return this;
        }

        /**
         * Builds the panel of the reports added so far.
         *
         * @return the rows, ordered as {@link Panel#of} says
         */
        public List<PanelRow> build() {
            return result().rows();
        }

        /**
         * Builds the panel of the reports added so far, with every report or part of one that it left out
         * and why: no region, no year, a second report of one region for one year, no row.
         *
         * @return the rows, ordered as {@link Panel#of} says, and what was left out
         */
        public PanelResult result() {
            Map<String, Region> regions = new LinkedHashMap<>();
            List<PanelResult.LeftOut> leftOut = new ArrayList<>();
            for (PanelSource s : sources) {
                Metadata m = s.report().metadata();
                String region = normalizeRegion(m.region());
                YearSpan reviewed = m.reviewYear();
                if (region == null) {
                    leftOut.add(new PanelResult.LeftOut(s, PanelResult.Reason.NO_REGION, "no region found, left out of the panel"));
                } else if (m.year() == null && (reviewed == null || reviewed.first() != reviewed.last())) {
                    leftOut.add(new PanelResult.LeftOut(s, PanelResult.Reason.NO_YEAR, "no year found, left out of the panel"));
                } else {
                    // one place, whatever its reports call it (浙江省宁波市, 宁波市): by code where there is one
                    String key = m.regionCode() != null ? m.regionCode() : region + "/" + m.level();
                    regions.computeIfAbsent(key, k -> new Region(new Place(region, m.regionCode(), m.level()))).add(s, leftOut);
                }
            }
            List<PanelRow> rows = new ArrayList<>();
            Set<PanelSource> used = Collections.newSetFromMap(new IdentityHashMap<>());
            Map<PanelSource, PanelSource> planOfReview = new IdentityHashMap<>();
            regions.forEach((key, region) -> region.plans.forEach((year, plan) -> {
                PanelSource review = region.reviewOf(year);
                if (review != null) {
                    planOfReview.putIfAbsent(review, plan);
                }
                List<PanelRow> planned = new ArrayList<>();
                rows(region.place, year, plan, review, planned);
                for (PanelRow row : planned) {
                    if (!conceptsOnly || row.concept() != null) {
                        rows.add(row);
                        used.add(plan);
                        if (row.outcome() != null) {
                            used.add(review);
                        }
                    }
                }
            }));
            Set<PanelSource> named = Collections.newSetFromMap(new IdentityHashMap<>());
            leftOut.forEach(l -> named.add(l.source()));
            for (PanelSource s : sources) {
                if (!used.contains(s) && named.add(s)) {
                    leftOut.add(new PanelResult.LeftOut(s, PanelResult.Reason.NO_ROW, noRow(s.report().metadata(), planOfReview.get(s))));
                }
            }
            return new PanelResult(rows, leftOut);
        }

        /** Why a placed report gives no row; {@code plan} is the report whose targets it reviews, or null. */
        private String noRow(Metadata m, PanelSource plan) {
            String year = m.year() == null ? "its year" : m.year().toString();
            String head = "no row: it sets no annual target for " + year + (conceptsOnly ? " with a concept" : "");
            if (plan != null) {
                return head + ", and its review of " + m.reviewYear() + " gives no outcome for the targets of "
                        + Region.name(plan);
            }
            String reviewed = m.reviewYear() == null ? "" : " (" + m.reviewYear() + ")";
            return head + ", and no report of its region sets targets for the year it reviews" + reviewed;
        }

        private void rows(Place place, int year, PanelSource plan, PanelSource review, List<PanelRow> rows) {
            YearSpan annual = YearSpan.of(year);
            Set<String> done = new HashSet<>();
            for (Target t : plan.report().targets()) {
                if (annual.equals(t.period()) && done.add(key(t.concept(), t.name()))) {
                    rows.add(targetRow(place, year, plan, t, review));
                }
            }
            for (NoTarget n : plan.report().noTargets()) {
                String concept = noTargetConcepts.apply(n.measure());
                if (done.add(key(concept, n.measure()))) {
                    rows.add(noTargetRow(place, year, plan, n, concept, review));
                }
            }
        }

        private static PanelRow targetRow(Place place, int year, PanelSource plan, Target t, PanelSource review) {
            List<Indicator> found = review == null ? List.of() : outcomes(review.report(), year, t.concept(), Set.of(t.name()));
            if (found.isEmpty()) {
                return new PanelRow(place.region, place.regionCode, place.level, year, t.concept(), t.name(), plan.file(), t, null,
                        null, null, Status.NO_OUTCOME, null, noOutcome(place, year, review, t.concept(), t.name()));
            }
            Indicator outcome = found.get(0);
            Comparison.Verdict verdict = Comparison.judge(t, outcome);
            for (Indicator i : found) {
                Comparison.Verdict v = Comparison.judge(t, i);
                if (v.comparable()) {
                    outcome = i;
                    verdict = v;
                    break;
                }
            }
            return new PanelRow(place.region, place.regionCode, place.level, year, t.concept(), t.name(), plan.file(), t, null,
                    review.file(), outcome, verdict.status(), verdict.difference(), verdict.note());
        }

        private static PanelRow noTargetRow(
                Place place, int year, PanelSource plan, NoTarget n, String concept, PanelSource review) {
            Set<String> names = new LinkedHashSet<>();
            names.add(n.measure());
            if (GDP.equals(concept)) {
                names.addAll(GDP_NAMES);
            }
            List<Indicator> found = review == null ? List.of() : outcomes(review.report(), year, concept, names);
            String note = "the report for " + year + " sets no target for " + n.measure();
            if (found.isEmpty()) {
                return new PanelRow(place.region, place.regionCode, place.level, year, concept, n.measure(), plan.file(), null, n,
                        null, null, Status.NO_TARGET_SET, null,
                        note + "; " + noOutcome(place, year, review, concept, n.measure()));
            }
            return new PanelRow(place.region, place.regionCode, place.level, year, concept, n.measure(), plan.file(), null, n,
                    review.file(), found.get(0), Status.NO_TARGET_SET, null, note);
        }

        /**
         * The annual indicators for {@code year} that measure the concept (when the indicator has one too),
         * else that carry one of the names, in text order.
         */
        private static List<Indicator> outcomes(Report review, int year, String concept, Set<String> names) {
            YearSpan annual = YearSpan.of(year);
            List<Indicator> byConcept = new ArrayList<>();
            List<Indicator> byName = new ArrayList<>();
            for (Indicator i : review.indicators()) {
                if (!annual.equals(i.period())) {
                    continue;
                }
                if (concept != null && concept.equals(i.concept())) {
                    byConcept.add(i);
                } else if ((concept == null || i.concept() == null) && names.contains(i.name())) {
                    byName.add(i);
                }
            }
            return byConcept.isEmpty() ? byName : byConcept;
        }

        private static String noOutcome(Place place, int year, PanelSource review, String concept, String name) {
            if (review == null) {
                return "no report given reviews " + year + " for " + place.region;
            }
            return "no annual outcome for " + (concept != null ? concept + " or " : "") + name
                    + " in the report reviewing " + year + (review.file() == null ? "" : " (" + review.file() + ")");
        }

        private static String key(String concept, String name) {
            return concept != null ? "concept:" + concept : "name:" + name;
        }
    }

    /** A region's name, normalized, its code and its level: what the reports of one region share. */
    private record Place(String region, String regionCode, Level level) {}

    /** A region's reports by the year each plans for and by the single year each reviews; first given wins. */
    private static final class Region {
        final Place place;
        final Map<Integer, PanelSource> plans = new TreeMap<>();
        final Map<Integer, PanelSource> reviews = new TreeMap<>();
        /** Reports that review a term ending the year before the one they plan, by that last year. */
        final Map<Integer, PanelSource> termReviews = new TreeMap<>();

        Region(Place place) {
            this.place = place;
        }

        /** Places a report; what another report of the region holds already goes to {@code leftOut}. */
        void add(PanelSource s, List<PanelResult.LeftOut> leftOut) {
            Metadata m = s.report().metadata();
            if (m.year() != null) {
                PanelSource first = plans.putIfAbsent(m.year(), s);
                if (first != null) {
                    leftOut.add(new PanelResult.LeftOut(s, PanelResult.Reason.SAME_YEAR_PLANNED, "its targets for " + m.year()
                            + " are left out: " + name(first) + ", given before it, plans for " + m.year() + " for the same region"));
                }
            }
            YearSpan reviewed = m.reviewYear();
            PanelSource first = null;
            if (reviewed != null && reviewed.first() == reviewed.last()) {
                first = reviews.putIfAbsent(reviewed.first(), s);
            } else if (reviewed != null && m.year() != null && m.year() == reviewed.last() + 1) {
                first = termReviews.putIfAbsent(reviewed.last(), s);
            }
            if (first != null) {
                leftOut.add(new PanelResult.LeftOut(s, PanelResult.Reason.SAME_YEAR_REVIEWED, "its outcomes for " + reviewed.last()
                        + " are left out: " + name(first) + ", given before it, reviews " + reviewed.last() + " for the same region"));
            }
        }

        static String name(PanelSource s) {
            return s.file() == null ? "another report" : s.file();
        }

        /** The report that reviews {@code year}: one that reviews it alone, else a term review ending in it. */
        PanelSource reviewOf(int year) {
            PanelSource single = reviews.get(year);
            return single != null ? single : termReviews.get(year);
        }
    }
}
