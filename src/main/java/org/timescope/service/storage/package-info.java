/**
 * The storage interfaces the services and the window use, in terms of model records: an event store, a
 * catalogue store, saved views, a change log, a bulk loader and edit sessions. An engine (SQLite today in
 * {@code org.timescope.store}; PostgreSQL next) implements them and is found through {@link
 * org.timescope.service.storage.StorageProvider} by the location it is opened from, so nothing
 * engine-specific reaches the services. See docs/decisions/0015-storage-behind-interfaces.md.
 */
package org.timescope.service.storage;
