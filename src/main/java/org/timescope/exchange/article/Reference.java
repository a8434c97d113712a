package org.timescope.exchange.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.PartialDate;
import org.timescope.model.Precision;

/**
 * The date an article was written, against which "on Tuesday", "last year" or "November 18" resolve. Looked
 * for in order of trust: a dateline (a date alone on one of the first lines); a "Published" / "Updated" /
 * "Posted" / "date" label; an agency dateline ("BEIJING, July 18 (Xinhua) --"); a credit line ("(China
 * Daily November 28, 2003)"); the page's publication time; the date in the page's address ("/2014-12/09/",
 * "t20170810", "/2015/11/"). An address is a decoy when the article states, in a sentence not about the
 * future, a full date later than it. Else the user gives one ({@code --date}). {@code source} says where
 * it came from, for the inference notes.
 */
record Reference(PartialDate date, String source) {

    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(?<![\\w-])(?:last\\s+)?(?:updated|published|posted|date|released)\\s*(?:on|at)?\\s*:?\\s*");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[ /.-](\\d{1,2})[ ,/.-]+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    /** "BEIJING, July 18 (Xinhua) --": a place in capitals, a month and day, the agency. */
    private static final Pattern AGENCY = Pattern.compile("(?m)^\\s*([A-Z][A-Z .'-]{2,40}),\\s+" + MONTH
            + "\\s+(\\d{1,2})\\s*\\(([A-Za-z][\\w .]{1,30})\\)\\s*(?:--|—|–|-)");
    /** "(China Daily November 28, 2003)": a publication's name and the date it printed the article. */
    private static final Pattern CREDIT = Pattern.compile("\\(([A-Z][\\w.&' ]{1,40}?)[,:]?\\s+" + MONTH
            + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\)");
    private static final Pattern[] URL_DAY = {
        Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})/(\\d{2})(?!\\d)"),
        Pattern.compile("(?<!\\d)(\\d{4})/(\\d{2})/(\\d{2})(?!\\d)"),
        Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"),
        Pattern.compile("[/_t](\\d{4})(\\d{2})(\\d{2})(?=[/_.]|$)"),
    };
    private static final Pattern[] URL_MONTH = {
        Pattern.compile("/(\\d{4})/(\\d{2})/"),
        Pattern.compile("/(\\d{4})(\\d{2})/"),
        Pattern.compile("/(\\d{4})-(\\d{2})/"),
    };

    static Reference given(PartialDate date) {
        return new Reference(date, "the reference date given for the import (" + date.display() + ")");
    }

    /** Looks in the first lines of the article; null when there is no date to go by. */
    static Reference find(String text) {
        return find(new ArticleText("", text));
    }

    static Reference find(ArticleText article) {
        String text = article.text();
        int from = article.bodyStart();
        String head = text.substring(from, Math.min(text.length(), from + 700));
        int lines = 0;
        for (String line : head.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (++lines > 10) {
                break;
            }
            if (l.length() <= 40) {
                PartialDate d = parse(l);
                if (d != null && d.precision() == Precision.DAY) {
                    return new Reference(d, "the article's dateline '" + l + "'");
                }
            }
        }
        Matcher m = LABELLED.matcher(head);
        while (m.find()) {
            String rest = head.substring(m.end(), Math.min(head.length(), m.end() + 40));
            rest = rest.lines().findFirst().orElse("");
            PartialDate d = parse(rest);
            if (d != null) {
                String how = NUMERIC.matcher(rest).lookingAt() ? ", read as month day, year" : "";
                return new Reference(d, "the article's '" + (m.group() + rest).strip() + "' line" + how);
            }
        }
        PartialDate fromUrl = fromUrl(article.url(), text);
        Matcher agency = AGENCY.matcher(head);
        if (agency.find()) {
            int month = DateFinder.month(agency.group(2));
            int day = Integer.parseInt(agency.group(3));
            Integer year = fromUrl != null && fromUrl.month() == month ? fromUrl.year() : null;
            if (year == null) {
                year = latestYear(text);
            }
            if (year != null) {
                PartialDate d = safe(year, month, day);
                if (d != null) {
                    return new Reference(d, "the dateline '" + agency.group().strip() + "' (its year from "
                            + (fromUrl != null && fromUrl.month() == month ? "the article's address" : "the article's text")
                            + ")");
                }
            }
        }
        Matcher credit = CREDIT.matcher(text);
        PartialDate credited = null;
        String creditText = null;
        while (credit.find()) {
            PartialDate d = safe(Integer.parseInt(credit.group(4)), DateFinder.month(credit.group(2)),
                    Integer.parseInt(credit.group(3)));
            if (d != null) {
                credited = d;
                creditText = credit.group();
            }
        }
        if (credited != null) {
            return new Reference(credited, "the credit line '" + creditText + "'");
        }
        if (article.published() != null) {
            PartialDate d = parse(article.published());
            if (d != null) {
                return new Reference(d, "the page's publication time '" + article.published() + "'");
            }
        }
        if (fromUrl != null) {
            return new Reference(fromUrl, "the date in the article's address (" + article.url() + ")");
        }
        return null;
    }

    /** The date in a page's address, unless the article states a later date outside talk of the future. */
    static PartialDate fromUrl(String url, String text) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        PartialDate found = null;
        for (Pattern p : URL_DAY) {
            Matcher m = p.matcher(path);
            if (m.find()) {
                found = safe(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (found != null) {
                    break;
                }
            }
        }
        if (found == null) {
            for (Pattern p : URL_MONTH) {
                Matcher m = p.matcher(path);
                if (m.find()) {
                    int y = Integer.parseInt(m.group(1));
                    int mo = Integer.parseInt(m.group(2));
                    if (y >= 1990 && y <= 2100 && mo >= 1 && mo <= 12) {
                        found = PartialDate.of(y, mo);
                        break;
                    }
                }
            }
        }
        if (found == null || found.year() < 1990 || found.year() > 2100) {
            return null;
        }
        for (Sentences.Sentence s : Sentences.split(text)) {
            if (Tenses.of(s.text()) == DateFinder.Tense.FUTURE) {
                continue;
            }
            for (DateMention d : DateFinder.explicit(s.text())) {
                if (d.date() != null && d.date().firstDay().isAfter(found.lastDay())) {
                    return null; // the article speaks of a later day as past or present: the address is a decoy
                }
            }
        }
        return found;
    }

    private static Integer latestYear(String text) {
        Integer best = null;
        Matcher y = ArticleExtractor.YEAR_TOKEN.matcher(text);
        while (y.find()) {
            int v = Integer.parseInt(y.group(1));
            best = best == null ? v : Math.max(best, v);
        }
        return best;
    }

    private static PartialDate parse(String value) {
        Matcher iso = ISO.matcher(value);
        if (iso.lookingAt()) {
            return safe(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher n = NUMERIC.matcher(value);
        if (n.lookingAt()) {
            int a = Integer.parseInt(n.group(1));
            int b = Integer.parseInt(n.group(2));
            // month day, year as English editions of Chinese sites print it; day first when it cannot be a month
            return a > 12 ? safe(n.group(3), n.group(2), n.group(1)) : safe(n.group(3), n.group(1), Integer.toString(b));
        }
        for (DateMention d : DateFinder.explicit(value)) {
            if (d.date() != null && d.start() == 0) {
                return d.date();
            }
        }
        return null;
    }

    private static PartialDate safe(int y, int m, int d) {
        try {
            return PartialDate.of(y, m, d);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static PartialDate safe(String y, String m, String d) {
        try {
            return PartialDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
