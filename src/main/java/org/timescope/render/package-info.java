/**
 * One painter, many surfaces: {@link org.timescope.render.TimelinePainter} draws a
 * {@link org.timescope.timeline.layout.TimelineLayout} onto the small {@link org.timescope.render.Surface}
 * interface. The window adapts a JavaFX GraphicsContext to it; exports will adapt Java2D, so the screen and
 * a PNG, SVG or PDF show the same picture.
 */
package org.timescope.render;
