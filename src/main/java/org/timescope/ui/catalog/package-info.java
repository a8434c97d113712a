/**
 * Curation in the window: the catalogue (organisations, themes, people, places, sources — edit, merge,
 * delete) and the side-by-side merge of two events. View models ({@link org.timescope.ui.catalog.CatalogModel},
 * {@link org.timescope.ui.catalog.EntryForm}, {@link org.timescope.ui.catalog.EventMerge}) are plain Java, tested
 * without JavaFX; every write runs as one command on the window's shared undo stack, off the FX thread.
 */
package org.timescope.ui.catalog;
