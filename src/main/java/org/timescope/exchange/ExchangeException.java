package org.timescope.exchange;

/**
 * A file that cannot be read or written, with a message that names the file, the place in it and the
 * reason. The message is always one line (line breaks and control characters from the file's own text
 * become spaces) and never longer than {@link #MAX_MESSAGE} characters, however long the value it quotes.
 */
public class ExchangeException extends RuntimeException {
    static final int MAX_MESSAGE = 1_000;

    public ExchangeException(String message) {
        super(oneLine(message));
    }

    public ExchangeException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    static String oneLine(String message) {
        if (message == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(message.length(), MAX_MESSAGE + 8));
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        String s = sb.toString();
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, 700) + " … " + s.substring(s.length() - 250);
    }
}
