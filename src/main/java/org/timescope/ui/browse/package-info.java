/**
 * The browsing window's parts: the view model holding the filter and its results, the filter panel,
 * the event table and the detail pane. Views bind to the model; the model asks the services.
 */
package org.timescope.ui.browse;
