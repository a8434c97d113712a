package org.timescope.exchange;

/** A file that cannot be read or written, with a message that names the file, the place in it and the reason. */
public class ExchangeException extends RuntimeException {
    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
