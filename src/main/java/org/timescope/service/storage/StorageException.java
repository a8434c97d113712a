package org.timescope.service.storage;

/** A storage failure with a message fit to show a user: it names the collection or value and the reason. */
public class StorageException extends RuntimeException {
    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
