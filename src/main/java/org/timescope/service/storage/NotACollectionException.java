package org.timescope.service.storage;

/**
 * A refusal of a sound file that is not this build's to change: another program's SQLite database, or one
 * written by a newer Timescope. Unlike a damaged file, it must not be set aside or replaced.
 */
public final class NotACollectionException extends StorageException {
    public NotACollectionException(String message) {
        super(message);
    }
}
