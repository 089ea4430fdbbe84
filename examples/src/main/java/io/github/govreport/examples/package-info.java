/**
 * The {@code govreport} command-line tool: {@link io.github.govreport.examples.Cli} and one {@link
 * io.github.govreport.examples.Command} class per subcommand.
 */
package io.github.govreport.examples;
