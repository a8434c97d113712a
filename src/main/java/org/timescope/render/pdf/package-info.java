/**
 * The painter's PDF surface, written with PDFBox: vector shapes and real text in embedded DejaVu Sans
 * subsets, so a PDF figure is sharp at any zoom and its words can be selected and searched.
 */
package org.timescope.render.pdf;
