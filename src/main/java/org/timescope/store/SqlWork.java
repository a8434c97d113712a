package org.timescope.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work run against the store's connection, possibly inside a transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
