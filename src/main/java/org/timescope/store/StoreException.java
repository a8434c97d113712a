package org.timescope.store;

/** A store failure with a message fit to show a user: it names the file or value and the reason. */
public class StoreException extends org.timescope.service.storage.StorageException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
