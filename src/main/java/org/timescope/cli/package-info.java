/**
 * The command line (picocli): {@code list}, {@code export}, {@code stats}, {@code import}, and curation
 * ({@code event}, {@code org}/{@code theme}/{@code place}/{@code person}, {@code undo}, {@code history},
 * {@code duplicates}), which changes the collection only through the service ring's editor. The only ring
 * that writes to standard output. Errors become one line on standard error and a non-zero exit code,
 * never a stack trace. Also what is said before the window starts ({@code JavaRequirement},
 * {@code WindowRequirements}) and the shell files the package installs ({@code ShellFiles}: completion, man page).
 */
package org.timescope.cli;
