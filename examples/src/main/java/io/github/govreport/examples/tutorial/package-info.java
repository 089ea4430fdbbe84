/**
 * Runnable examples for students, each a small class with a {@code main} method, to read in this order:
 *
 * <ol>
 *   <li>{@link io.github.govreport.examples.tutorial.ReadOneValue}: what a value is, and finding every
 *       value in a sentence;
 *   <li>{@link io.github.govreport.examples.tutorial.PrintTargets}: reading a whole report and walking its
 *       targets;
 *   <li>{@link io.github.govreport.examples.tutorial.CompareTargetsWithOutcomes}: joining reports with
 *       the {@link io.github.govreport.model.panel.Panel}, one year's goals against the next year's
 *       figures;
 *   <li>{@link io.github.govreport.examples.tutorial.FolderToCsv}: a folder of reports into one CSV file
 *       for a spreadsheet.
 * </ol>
 *
 * <p>Without arguments they read the bundled fictional sample, {@code examples/sample/sample-report.txt}
 * (or the {@code examples/sample} folder); give a path to read another report. From the project root,
 * after {@code mvn -B -ntp -DskipTests package}:
 *
 * <pre>
 * java -cp examples/target/govreport-cli.jar io.github.govreport.examples.tutorial.PrintTargets
 * java -cp examples/target/govreport-cli.jar io.github.govreport.examples.tutorial.PrintTargets other-report.txt
 * </pre>
 */
package io.github.govreport.examples.tutorial;
