package org.timescope.exchange.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a collection's own theme names show in an article's text: the whole name ("Ocean acidification"), in either
 * number ("coral reefs"), with spaces or hyphens between its words, and for a name of three words or more each pair
 * of adjacent content words ("reef restoration" of "Coral reef restoration"). Single words are never taken from a
 * longer name ("International cooperation" does not make every "international" a mention): a collection's
 * field is said by its phrases, while the words they are made of are common.
 */
final class ThemePhrases {

    private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "of", "the", "a", "an", "for", "in", "on",
            "to", "with", "by", "at", "&");

    private ThemePhrases() {
    }

    /** The phrases of a theme name, as regular expressions (case-insensitive, whole words); none for a blank name. */
    static List<String> of(String theme) {
        List<String> words = Arrays.stream(theme.strip().split("[\\s\\-–/]+")).filter(w -> !w.isEmpty()).toList();
        Set<String> phrases = new LinkedHashSet<>();
        if (words.size() == 1 && words.get(0).length() < 3) {
            return List.of(); // "AI", "IT": too short to tell from other words case-insensitively
        }
        if (!words.isEmpty()) {
            phrases.add(phrase(words));
        }
        for (int i = 0; words.size() >= 3 && i + 1 < words.size(); i++) {
            if (!function(words.get(i)) && !function(words.get(i + 1))) {
                phrases.add(phrase(words.subList(i, i + 2)));
            }
        }
        return new ArrayList<>(phrases);
    }

    /** One pattern matching a mention of any of these themes; null when there are none. */
    static Pattern any(List<String> themes) {
        List<String> all = new ArrayList<>();
        themes.forEach(t -> all.addAll(of(t)));
        return all.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", all) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Mentions of this one theme in the text (for choosing a sentence's themes). */
    static int count(String theme, String text) {
        List<String> phrases = of(theme);
        if (phrases.isEmpty()) {
            return 0;
        }
        java.util.regex.Matcher m = Pattern.compile("\\b(?:" + String.join("|", phrases) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean function(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words in order, each in singular or plural ("reef" / "reefs", "policy" / "policies"), space or hyphen between. */
    private static String phrase(List<String> words) {
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            String stem = w.toLowerCase(Locale.ROOT);
            String alt;
            if (stem.endsWith("ies") && stem.length() > 4) {
                alt = Pattern.quote(stem.substring(0, stem.length() - 3)) + "(?:y|ies)";
            } else if (stem.endsWith("y") && stem.length() > 3) {
                alt = Pattern.quote(stem.substring(0, stem.length() - 1)) + "(?:y|ies)";
            } else if (stem.endsWith("s") && stem.length() > 3 && !stem.endsWith("ss")) {
                alt = Pattern.quote(stem.substring(0, stem.length() - 1)) + "(?:s|es)?";
            } else {
                alt = Pattern.quote(stem) + "(?:s|es)?";
            }
            parts.add(alt);
        }
        return String.join("[\\s\\-]+", parts);
    }
}
