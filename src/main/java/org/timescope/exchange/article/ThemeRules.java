package org.timescope.exchange.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Themes by keyword: each theme of the bundled vocabulary has a list of words; a theme of the collection's own
 * is found by its name's phrases ({@link ThemePhrases}). A sentence gets the (up to three) themes it mentions most,
 * ties in vocabulary order. Themes the store does not have are never proposed. The lists are in docs/extraction.md.
 */
final class ThemeRules {

    static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put("Judicial protection", List.of("court", "courts", "procuratorate", "procuratorates", "prosecutor",
                "prosecutors", "prosecution", "procuratorial", "judicial", "trial", "judge", "punitive"));
        KEYWORDS.put("Administrative enforcement", List.of("enforcement", "enforcing", "customs", "police",
                "infringement", "counterfeit", "fake", "protection center", "protection centre", "crackdown"));
        KEYWORDS.put("International cooperation", List.of("wipo", "international", "overseas", "foreign", "global",
                "belt and road", "cooperation", "world"));
        KEYWORDS.put("IP education and training", List.of("education", "training", "university", "college",
                "students", "postgraduates", "postgraduate", "degree", "master", "curriculum", "graduated", "teaching"));
        KEYWORDS.put("SMEs and industrialisation", List.of("sme", "smes", "enterprise", "enterprises",
                "industrialization", "industrialisation", "companies", "company", "industry", "industrial"));
        KEYWORDS.put("Patents and statistics", List.of("patent", "patents", "pct", "applications", "statistics",
                "index", "ranking", "white paper"));
        KEYWORDS.put("Copyright", List.of("copyright"));
        KEYWORDS.put("Policy and planning", List.of("plan", "planning", "policy", "policies", "outline", "strategy",
                "guideline", "work meeting", "five-year", "deployment", "joint conference"));
        KEYWORDS.put("Regional collaboration", List.of("yangtze", "delta", "regional", "greater bay", "cross-regional"));
        KEYWORDS.put("Dispute resolution", List.of("dispute", "disputes", "mediation", "arbitration"));
        KEYWORDS.put("Awards and recognition", List.of("award", "awards", "prize", "honour", "honor", "excellent grade",
                "incentive", "recognition", "awarded"));
        KEYWORDS.put("Institutions and services", List.of("set up", "established", "inaugurate", "inaugurated",
                "center", "centre", "office", "offices", "college", "institute", "services"));
    }

    private ThemeRules() {
    }

    static List<String> themes(String sentence, List<String> vocabulary) {
        String s = " " + sentence.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", " ") + " ";
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String theme : vocabulary) {
            List<String> words = KEYWORDS.get(theme);
            if (words == null) {
                // a theme of the collection's own: its name's phrases ("reef restoration" of "Coral reef restoration")
                int score = ThemePhrases.count(theme, sentence);
                if (score > 0) {
                    scores.put(theme, score);
                }
                continue;
            }
            int score = 0;
            for (String w : words) {
                score += count(s, " " + w + " ");
            }
            if (score > 0) {
                scores.put(theme, score);
            }
        }
        List<String> ranked = new ArrayList<>(scores.keySet());
        ranked.sort((a, b) -> Integer.compare(scores.get(b), scores.get(a)));
        return ranked.subList(0, Math.min(3, ranked.size()));
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

}
