/**
 * News articles to candidate events: sentence splitting, date expressions resolved against a reference
 * date, organisations from the store's gazetteer plus naming patterns, people with their titles, places,
 * themes by keyword rules, event triggers, and statistics as indicator candidates. Every candidate keeps
 * its sentence, with offsets, as evidence. The rules are documented in docs/extraction.md.
 */
package org.timescope.exchange.article;
