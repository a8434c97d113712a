/**
 * The domain as plain immutable records: dated {@link org.timescope.model.TimelineEvent}s with their
 * organisations, themes, people, places and evidence, plus indicator observations and the filter value.
 * No I/O and no toolkit here; every other ring depends on this one and on nothing else in between.
 */
package org.timescope.model;
