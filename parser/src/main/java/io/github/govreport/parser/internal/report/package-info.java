/**
 * The report reader: {@link io.github.govreport.parser.internal.report.ReportReader} reads a report stage
 * by stage, each stage a package that reads only what the stages before it give.
 *
 * <ol>
 *   <li>{@code text}: the text as given, cut into clean lines that keep their offsets;
 *   <li>{@code header}: what the report says about itself (title, date, speaker, meeting, region) and
 *       where its body starts;
 *   <li>{@code outline}: the body's headings, nested into sections, and the part each line belongs to;
 *   <li>{@code time}: the year planned and the years reviewed;
 *   <li>{@code measures}: which values are results and which are goals, of which period, under which name;
 *   <li>{@code items}: the tasks of the plan and the glossary notes.
 * </ol>
 *
 * <p>Dependencies run one way, down this list; an architecture test ({@code ArchitectureTest}) holds
 * them there. Nothing here is exported from the module.
 */
package io.github.govreport.parser.internal.report;
