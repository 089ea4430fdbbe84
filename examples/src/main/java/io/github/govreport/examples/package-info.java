/**
 * The {@code govreport} command-line tool: {@link io.github.govreport.examples.Cli} and one {@link
 * io.github.govreport.examples.Command} class per subcommand ({@code values}, {@code parse}, {@code
 * summary}, {@code panel}), with the helpers they share. Runnable examples for students are in {@link
 * io.github.govreport.examples.tutorial}.
 */
package io.github.govreport.examples;
