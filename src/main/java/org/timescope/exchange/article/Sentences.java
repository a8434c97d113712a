package org.timescope.exchange.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences with their offsets: at '.', '!' or '?' followed by space and a capital,
 * digit or quote, and at blank lines; not after common abbreviations ("Mr.", "No.", "U.S.", initials).
 */
final class Sentences {

    record Sentence(String text, int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "no", "vs", "etc",
            "inc", "ltd", "co", "corp", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "u.s", "u.k", "e.g", "i.e", "gov", "dept", "jr", "sr");

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean paragraph = c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n';
            boolean line = c == '\n' && (i == 0 || text.charAt(i - 1) != '\n') && endsLikeHeading(text, start, i);
            if (paragraph || line) {
                add(out, text, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && boundaryAfter(text, i) && !abbreviation(text, start, i)) {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '"' || text.charAt(end) == '”' || text.charAt(end) == ')')) {
                    end++;
                }
                add(out, text, start, end);
                start = end;
            }
        }
        add(out, text, start, n);
        return out;
    }

    /** A line without final punctuation followed by a line break is a heading or caption of its own. */
    private static boolean endsLikeHeading(String text, int start, int i) {
        String line = text.substring(Math.max(start, text.lastIndexOf('\n', i - 1) + 1), i).strip();
        return !line.isEmpty() && ".!?:;,".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static boolean boundaryAfter(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == ')')) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char next = text.charAt(j);
        return Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“' || next == '(';
    }

    /** Where to cut an over-long run: after the last ';' or ',' of its second half, else at its last space. */
    private static int breakBefore(String text, int from, int limit) {
        for (String mark : new String[] {";", ","}) {
            int at = text.lastIndexOf(mark, limit - 1);
            if (at >= from + MAX_SENTENCE / 2) {
                return at + 1;
            }
        }
        for (int i = limit - 1; i > from + MAX_SENTENCE / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return limit;
    }

    private static boolean abbreviation(String text, int start, int dot) {
        int w = dot - 1;
        while (w >= start && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '.')) {
            w--;
        }
        String word = text.substring(w + 1, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    /**
     * The longest stretch read as one sentence. A news sentence is rarely over 600 characters; a longer run without
     * a full stop (a page's text run together, a list without punctuation) is cut at a clause or word boundary, so
     * that reading it takes time in proportion to its length (200,000 characters without a full stop took 17 s of
     * CPU as one sentence, tagged and searched for every date in it).
     */
    static final int MAX_SENTENCE = 2_000;

    private static void add(List<Sentence> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (e - s > MAX_SENTENCE) {
            int cut = breakBefore(text, s, s + MAX_SENTENCE);
            add(out, text, s, cut);
            s = cut;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(text.substring(s, e), s, e));
        }
    }
}
