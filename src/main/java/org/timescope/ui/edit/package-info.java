/**
 * Editing in the window: the event form and the bulk editor (views over {@code EventDraft} and {@code BulkDraft},
 * view models tested without a toolkit), the History section, and {@code Curation}, the session that runs every
 * write on one background thread with the window's undo stack and watches the change log for other programs.
 * Every result reaches the window through {@code BrowserModel.applyEdit}.
 */
package org.timescope.ui.edit;
