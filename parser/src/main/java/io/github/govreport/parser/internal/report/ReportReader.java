package io.github.govreport.parser.internal.report;

import io.github.govreport.core.ValueMention;
import io.github.govreport.model.Metadata;
import io.github.govreport.model.Report;
import io.github.govreport.parser.ReportProblem;
import io.github.govreport.parser.internal.Folding;
import io.github.govreport.parser.internal.report.header.MetadataReader;
import io.github.govreport.parser.internal.report.header.RegionPlaces;
import io.github.govreport.parser.internal.report.items.AnnotationReader;
import io.github.govreport.parser.internal.report.items.Tasks;
import io.github.govreport.parser.internal.report.measures.Measures;
import io.github.govreport.parser.internal.report.measures.NoTargets;
import io.github.govreport.parser.internal.report.measures.Statements;
import io.github.govreport.parser.internal.report.outline.Outline;
import io.github.govreport.parser.internal.report.text.Problems;
import io.github.govreport.parser.internal.report.text.ReportText;
import io.github.govreport.parser.internal.report.time.YearPlanned;
import io.github.govreport.parser.internal.report.time.Years;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Puts a report together: header, outline, years, measures, tasks, notes, in that order, each step
 * reading what the ones before it found.
 */
public final class ReportReader {

    private ReportReader() {}

    /**
     * Reads {@code input}, whose value mentions are already found, reporting problems to {@code sink}.
     * Mentions that start inside markup (a number in a tag's attributes, the digits of {@code &#25919;})
     * are no values of the report and are left out.
     */
    public static Report read(CharSequence input, List<ValueMention> found, Consumer<ReportProblem> sink) {
        return read(input, Folding.fold(input), found, sink);
    }

    /** As {@link #read(CharSequence, List, Consumer)}, with the text's folded form made already. */
    public static Report read(CharSequence input, char[] folded, List<ValueMention> found, Consumer<ReportProblem> sink) {
        ReportText text = ReportText.of(input, folded);
        List<ValueMention> mentions = inContent(text, found);
        Problems problems = new Problems(text, sink);
        MetadataReader.Header header = MetadataReader.read(text, problems);
        RegionPlaces.Region region = RegionPlaces.of(header, text, problems);
        Integer hint = YearPlanned.fromHeader(header).year();
        Outline outline = new Outline(text, header.bodyStartLine(), hint);
        YearPlanned planned = YearPlanned.of(header, outline, mentions);
        if (planned.year() != null && !planned.year().equals(hint)) {
            // the year came from the headings: read the parts again knowing it (一、2025年主要工作 is the review)
            outline = new Outline(text, header.bodyStartLine(), planned.year());
            planned = YearPlanned.of(header, outline, mentions);
        }
        outline.reportIfEmpty(problems);
        if (!planned.disagreeing().isEmpty()) {
            problems.report(ReportProblem.Type.CONFLICTING_YEAR, 0, "the year planned is taken as " + planned.decided()
                    + "; against it: " + planned.disagreeing().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        Years years = Years.of(text, outline, planned.year());
        LocalDate delivered = header.date() != null ? header.date() : header.meetingDate();
        boolean december = delivered != null && years.year() != null && delivered.getYear() == years.year() - 1;
        Statements statements = new Statements(outline, years.year(), years.review(), december);
        Measures measures = new Measures(text, outline, mentions, statements, years.year(), problems);
        Metadata metadata = new Metadata(header.title(), region == null ? null : region.name(), region == null ? null : region.code(),
                region != null ? region.level() : header.spokenLevel() != null ? header.spokenLevel() : header.level(), years.year(), years.reviewYear(),
                header.date(), header.speaker(), header.speakerTitle(), header.meeting());
        return new Report(metadata, outline.sections(), measures.indicators, measures.targets,
                Tasks.read(text, outline, measures.targets),
                AnnotationReader.read(text, outline.glossaryBlocks(), outline.bodyStart, outline.bodyEnd, problems),
                mentions, NoTargets.read(text, outline, statements.finish()));
    }

    /** The mentions that start at a char of the text's clean lines: all of them in a text without markup. */
    static List<ValueMention> inContent(ReportText text, List<ValueMention> mentions) {
        List<ValueMention> kept = null;
        for (int i = 0; i < mentions.size(); i++) {
            ValueMention m = mentions.get(i);
            ReportText.Line line = text.lineAt(m.start());
            int at = line.cleanIndexOf(m.start());
            boolean content = at < line.clean.length() && line.offset(at) == m.start();
            if (!content && kept == null) {
                kept = new ArrayList<>(mentions.subList(0, i));
            } else if (content && kept != null) {
                kept.add(m);
            }
        }
        return kept == null ? mentions : kept;
    }
}
