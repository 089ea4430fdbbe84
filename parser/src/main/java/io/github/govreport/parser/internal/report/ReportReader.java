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

/**
 * Puts a report together stage by stage: text, header (and the region it names), outline, the year planned,
 * measures, tasks and notes, each stage reading what the ones before it found.
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
        // the outline, read again where the year comes from its headings (一、2025年主要工作 is then the review)
        Integer hint = YearPlanned.fromHeader(header).year();
        Outline outline = new Outline(text, header.bodyStartLine(), hint);
        YearPlanned planned = YearPlanned.of(header, outline, mentions);
        Outline again = outline.forYear(planned.year());
        if (again != outline) {
            outline = again;
            planned = YearPlanned.of(header, outline, mentions);
        }
        outline.reportIfEmpty(problems);
        planned.reportConflicts(problems);
        Years years = Years.of(text, outline, planned.year());
        LocalDate delivered = header.date() != null ? header.date() : header.meetingDate();
        boolean december = delivered != null && years.year() != null && delivered.getYear() == years.year() - 1;
        Statements statements = new Statements(outline, years.year(), years.review(), december);
        Measures measures = new Measures(text, outline, mentions, statements, years.year(), problems);
        Metadata metadata = new Metadata(header.title(), region == null ? null : region.name(), region == null ? null : region.code(),
                RegionPlaces.level(region, header), years.year(), years.reviewYear(), header.date(), header.speaker(),
                header.speakerTitle(), header.meeting());
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
