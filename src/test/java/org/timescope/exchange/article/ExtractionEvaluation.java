package org.timescope.exchange.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.timescope.model.Dataset;
import org.timescope.model.Evidence;
import org.timescope.model.PartialDate;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;

/**
 * Compares the extractor with the curated dataset on the five seed articles. A candidate matches a
 * curated event when their evidence spans overlap in the same article (each curated event is matched
 * once). Reported: event recall and precision, exact-date accuracy on matches, organisation precision
 * and recall on matches (micro-averaged over canonical names).
 */
final class ExtractionEvaluation {

    record Figures(int curated, int candidates, int matched, int exactDates, int orgTp, int orgFp, int orgFn,
                   int undated) {
        double recall() {
            return ratio(matched, curated);
        }

        double precision() {
            return ratio(matched, candidates);
        }

        double dateAccuracy() {
            return ratio(exactDates, matched);
        }

        double orgPrecision() {
            return ratio(orgTp, orgTp + orgFp);
        }

        double orgRecall() {
            return ratio(orgTp, orgTp + orgFn);
        }

        Figures plus(Figures o) {
            return new Figures(curated + o.curated, candidates + o.candidates, matched + o.matched,
                    exactDates + o.exactDates, orgTp + o.orgTp, orgFp + o.orgFp, orgFn + o.orgFn, undated + o.undated);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %d |", name, curated,
                    candidates, matched, recall(), precision(), dateAccuracy(), orgPrecision(), orgRecall(), undated);
        }
    }

    private ExtractionEvaluation() {
    }

    static Figures evaluate(Dataset curated, Source seed, Path file, Map<String, PartialDate> references) throws IOException {
        Gazetteer g = Gazetteer.of(curated.organisations(), curated.places(), curated.themes());
        ArticleExtractor.Result r = ArticleExtractor.extract(Files.readString(file), file.getFileName().toString(), g,
                references.get(seed.key()));
        List<TimelineEvent> gold = curated.events().stream()
                .filter(e -> e.evidence().stream().anyMatch(ev -> ev.sourceKey().equals(seed.key()))).toList();
        List<ArticleExtractor.Candidate> found = r.candidates();
        Set<String> used = new HashSet<>();
        int matched = 0;
        int exact = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int undated = 0;
        for (ArticleExtractor.Candidate c : found) {
            if (!c.dated()) {
                undated++;
                continue;
            }
            TimelineEvent g0 = null;
            for (TimelineEvent e : gold) {
                if (!used.contains(e.key()) && overlaps(e, seed.key(), c.event().evidence().get(0))) {
                    g0 = e;
                    break;
                }
            }
            if (g0 == null) {
                continue;
            }
            used.add(g0.key());
            matched++;
            if (c.event().when().start().equals(g0.when().start())) {
                exact++;
            }
            Set<String> mine = new HashSet<>(c.event().organisationNames());
            Set<String> theirs = new HashSet<>(g0.organisationNames());
            for (String o : mine) {
                if (theirs.contains(o)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String o : theirs) {
                if (!mine.contains(o)) {
                    fn++;
                }
            }
        }
        int candidates = (int) found.stream().filter(ArticleExtractor.Candidate::dated).count();
        return new Figures(gold.size(), candidates, matched, exact, tp, fp, fn, undated);
    }

    private static boolean overlaps(TimelineEvent gold, String source, Evidence candidate) {
        for (Evidence ev : gold.evidence()) {
            if (ev.sourceKey().equals(source) && ev.start() < candidate.end() && candidate.start() < ev.end()) {
                return true;
            }
        }
        return false;
    }

    static List<String> table(Dataset curated, Path seeds, Map<String, PartialDate> references) throws IOException {
        List<String> lines = new ArrayList<>();
        Figures total = new Figures(0, 0, 0, 0, 0, 0, 0, 0);
        for (Source s : curated.sources()) {
            Figures f = evaluate(curated, s, seeds.resolve(Path.of(s.file()).getFileName()), references);
            lines.add(f.line(s.key()));
            total = total.plus(f);
        }
        lines.add(total.line("all"));
        return lines;
    }
}
