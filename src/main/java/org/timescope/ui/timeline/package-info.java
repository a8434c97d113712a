/**
 * The timeline control: {@link org.timescope.ui.timeline.TimelineView} holds the properties (events,
 * scale, lanes, selection), {@link org.timescope.ui.timeline.TimelineViewSkin} owns one Canvas, turns input
 * into scale and selection changes and repaints at most once per pulse through the shared painter.
 */
package org.timescope.ui.timeline;
