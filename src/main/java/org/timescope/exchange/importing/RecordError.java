package org.timescope.exchange.importing;

import org.timescope.exchange.ExchangeException;

/** Errors that name the file, the record (line or position) and the field. */
final class RecordError {
    private RecordError() {
    }

    static ExchangeException at(String origin, String record, String field, String reason) {
        return new ExchangeException(origin + ": " + record + (field == null ? "" : ", " + field) + ": " + reason);
    }
}
