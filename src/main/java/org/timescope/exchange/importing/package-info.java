/**
 * Readers for the files researchers bring: native JSON and CSV, TimelineJS JSON and its Google-Sheets
 * CSV, the Timeline app's .timeline XML, generic CSV with a column mapping, and news articles (plain
 * text or HTML) turned into candidate events. Each reader returns a {@link org.timescope.model.Dataset};
 * every error names the file, the record or line, the field and the reason.
 */
package org.timescope.exchange.importing;
