/**
 * The SQLite event store: the only ring that touches java.sql. {@link org.timescope.store.Database}
 * opens a file with foreign keys, WAL and a busy timeout and migrates it by {@code PRAGMA user_version};
 * the repositories read and write model records, each write in one transaction.
 */
package org.timescope.store;
