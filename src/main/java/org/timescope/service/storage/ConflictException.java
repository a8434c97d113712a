package org.timescope.service.storage;

/**
 * An edit refused because what it would change is no longer what the editor saw: another window or
 * program changed it in the meantime. Nothing of the edit was written.
 */
public class ConflictException extends StorageException {
    public ConflictException(String message) {
        super(message);
    }
}
