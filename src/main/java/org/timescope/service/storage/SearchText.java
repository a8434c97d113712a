package org.timescope.service.storage;

/**
 * How text is cut into words for full-text search, the same for what is indexed and for what is searched, and
 * for every engine. Chinese and Japanese are written without spaces, so a word-based index would keep a whole
 * clause ("上海知识产权论坛开幕") as one word, and "上海" would not find it. Every Han ideograph and every kana
 * becomes a word of its own here; a searched run of them is then looked for as a phrase of those characters in
 * order, which finds it anywhere inside a longer run (decision 0054). Text in other scripts comes back as it was,
 * the same string, so an import of Latin text pays one pass over its characters.
 */
public final class SearchText {

    /** Below this code point (CJK Radicals Supplement) nothing is cut: Latin, Greek, Cyrillic, Arabic, Hangul Jamo. */
    private static final int FIRST_CUT = 0x2E80;

    private SearchText() {
    }

    /** The text with a space on each side of every ideograph and kana; {@code null} stays {@code null}. */
    public static String words(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int first = 0;
        while (first < n && text.charAt(first) < FIRST_CUT) {
            first++;
        }
        if (first == n) {
            return text;
        }
        StringBuilder out = null;
        for (int i = first; i < n; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cut(cp)) {
                if (out == null) {
                    out = new StringBuilder(n + 32).append(text, 0, i);
                }
                out.append(' ').appendCodePoint(cp).append(' ');
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean cut(int cp) {
        if (cp < FIRST_CUT) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
