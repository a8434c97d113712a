package org.timescope.exchange.importing;

/** The XML parser's messages without the parser's own jargon (feature URLs, class names). */
final class XmlMessages {
    private XmlMessages() {
    }

    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "the parser gave no reason";
        }
        String m = message.strip();
        if (m.contains("http://") || m.contains("https://") || m.matches("(?s).*\\b(java|javax|org|com)\\.[a-z].*")) {
            return "a construct Timescope does not read";
        }
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
