/**
 * The command line (picocli): {@code list}, {@code export}, {@code stats}, {@code import}. The only ring
 * that writes to standard output. Errors become one line on standard error and a non-zero exit code,
 * never a stack trace.
 */
package org.timescope.cli;
