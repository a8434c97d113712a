package org.timescope.exchange.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.timescope.model.Dataset;
import org.timescope.service.BundledDataset;

/**
 * The scorer of {@code ../shared/extraction-dev/score.py}, in Java: each article extracted as {@code import
 * --dry-run --format article} does into a new database (the bundled catalogue as gazetteer), its JSON read
 * back, and each gold core or sub event counted as found when a candidate has its start date (or, for a
 * year the text does not settle, its month and day without a year) and one of its organisation substrings
 * and its place. Precision counts candidates that match a gold event of any status, optional included.
 */
final class DevelopmentSetScore {

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    record Article(String name, int found, int required, int candidates, int matching, boolean negative, long millis,
                   List<String> missed, List<String> unmatched) {
    }

    record Report(List<Article> articles) {
        int found() {
            return articles.stream().mapToInt(Article::found).sum();
        }

        int required() {
            return articles.stream().mapToInt(Article::required).sum();
        }

        double recall() {
            return required() == 0 ? 0 : (double) found() / required();
        }

        int candidates() {
            return articles.stream().filter(a -> !a.negative()).mapToInt(Article::candidates).sum()
                    + fromNegatives();
        }

        int matching() {
            return articles.stream().mapToInt(Article::matching).sum();
        }

        double precision() {
            return candidates() == 0 ? 0 : (double) matching() / candidates();
        }

        int fromNegatives() {
            return articles.stream().filter(Article::negative).mapToInt(Article::candidates).sum();
        }
    }

    private DevelopmentSetScore() {
    }

    static Report score(Path set) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(set.resolve("gold.json").toFile()).get("articles");
        Dataset bundled = BundledDataset.load();
        Gazetteer g = Gazetteer.of(bundled.organisations(), bundled.places(), bundled.themes());
        List<Article> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Path file = set.resolve("articles").resolve(entry.getKey());
            long t0 = System.nanoTime();
            ArticleExtractor.Result r = ArticleExtractor.extract(Files.readString(file), entry.getKey(), g, null);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            ArticleJson.write(r, r.dataset(), json);
            JsonNode events = new ObjectMapper().readTree(json.toByteArray()).get("events");
            List<JsonNode> cands = new ArrayList<>();
            events.forEach(cands::add);
            List<JsonNode> all = new ArrayList<>();
            entry.getValue().forEach(all::add);
            List<JsonNode> required = all.stream()
                    .filter(e -> List.of("core", "sub").contains(e.path("status").asText("core"))).toList();
            int found = 0;
            List<String> missed = new ArrayList<>();
            for (JsonNode e : required) {
                if (cands.stream().anyMatch(c -> matches(c, e))) {
                    found++;
                } else {
                    missed.add(e.get("date").asText() + " " + e.get("title").asText());
                }
            }
            int matching = 0;
            List<String> unmatched = new ArrayList<>();
            for (JsonNode c : cands) {
                if (all.stream().anyMatch(e -> matches(c, e))) {
                    matching++;
                } else {
                    unmatched.add(c.path("start").asText() + " " + c.path("title").asText() + " "
                            + c.path("organisations") + " " + c.path("places"));
                }
            }
            out.add(new Article(entry.getKey(), found, required.size(), cands.size(), matching, all.isEmpty(), millis,
                    missed, unmatched));
        }
        return new Report(out);
    }

    private static boolean matches(JsonNode c, JsonNode e) {
        List<String> wants = new ArrayList<>();
        wants.add(e.get("date").asText());
        e.path("alt").forEach(a -> wants.add(a.asText()));
        if (wants.stream().noneMatch(w -> dateOk(c, w))) {
            return false;
        }
        String orgs = join(c.path("organisations"));
        String places = join(c.path("places"));
        if (e.hasNonNull("place") && !places.contains(e.get("place").asText())) {
            return false;
        }
        List<String> wantOrgs = new ArrayList<>();
        e.path("orgs").forEach(o -> wantOrgs.add(o.asText()));
        return wantOrgs.isEmpty() || wantOrgs.stream().anyMatch(orgs::contains);
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(x -> parts.add(x.asText()));
        return String.join(" | ", parts).toLowerCase(Locale.ROOT);
    }

    private static boolean dateOk(JsonNode c, String want) {
        String s = c.path("start").asText("");
        if (want.startsWith("????")) {
            String md = want.substring(5);
            int m = Integer.parseInt(md.substring(0, 2));
            int d = Integer.parseInt(md.substring(3));
            if (Pattern.matches("-*" + Pattern.quote(md), s)) {
                return true;
            }
            String note = (c.path("dateNote").asText("") + " " + s).toLowerCase(Locale.ROOT);
            return !Pattern.compile("^\\d{4}").matcher(s).find() && (note.contains(md)
                    || note.contains(MONTHS[m - 1] + " " + d) || note.contains(MONTHS[m - 1].substring(0, 3) + ". " + d));
        }
        return s.equals(want);
    }

    /** For working on the extractor: prints the figures and what each article misses. */
    public static void main(String[] args) throws IOException {
        Report r = score(Path.of(args.length > 0 ? args[0] : "../shared/extraction-dev"));
        for (Article a : r.articles()) {
            System.out.printf("%-55s %d/%d  cand %d match %d  %d ms%n", a.name(), a.found(), a.required(), a.candidates(),
                    a.matching(), a.millis());
            a.missed().forEach(m -> System.out.println("     MISSED " + m));
            a.unmatched().forEach(m -> System.out.println("     EXTRA  " + m));
        }
        System.out.printf("recall %.2f (%d/%d); precision %.2f (%d/%d); %d from negatives%n", r.recall(), r.found(),
                r.required(), r.precision(), r.matching(), r.candidates(), r.fromNegatives());
    }
}
