/**
 * The painter's Java2D surface: PNG through ImageIO and SVG through JFreeSVG, both from one Graphics2D
 * adapter, with the bundled DejaVu Sans fonts so every export measures and draws text the same way.
 * The only package allowed to use AWT.
 */
package org.timescope.render.java2d;
