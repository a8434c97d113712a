package org.timescope.exchange.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.timescope.exchange.ExchangeException;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes an event on the day it was published
 * (pubDate, dc:date, published or updated), titled with the item's title, its description or summary as
 * text and its link kept in the summary. The items are news about events rather than the events
 * themselves: the date note says so. Parsed with jsoup's XML parser, which loads nothing from outside.
 */
public final class FeedReader {
    private static final String WHAT = "an RSS or Atom feed";
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern RFC822 = Pattern.compile("(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{2,4}).*");

    private FeedReader() {
    }

    public static Dataset read(String content, String origin, ImportOptions options) {
        return read(content, origin, options, note -> { });
    }

    /** As {@link #read(String, String, ImportOptions)}; what the reading noticed (records repeated in the file) goes to {@code notes}. */
    public static Dataset read(String content, String origin, ImportOptions options,
                               java.util.function.Consumer<String> notes) {
        Document doc = Jsoup.parse(content, "", Parser.xmlParser());
        Elements items = doc.select("item, entry");
        if (items.isEmpty()) {
            throw new ExchangeException(origin + ": read as " + WHAT + ": it has no <item> or <entry>, so no events");
        }
        DatasetBuilder data = new DatasetBuilder(TimelineJsReader.fileName(origin), content, false).notes(notes);
        int i = 0;
        for (Element item : items) {
            item(item, "item " + ++i, origin, data);
        }
        return data.build();
    }

    private static void item(Element item, String at, String origin, DatasetBuilder data) {
        String title = Html.toText(first(item, "title"));
        String[] dateFields = {"pubDate", "dc|date", "published", "updated", "date"};
        String dateText = first(item, dateFields);
        if (dateText == null) {
            throw RecordError.at(origin, at, "pubDate", "is missing (an item needs the date it was published)");
        }
        PartialDate day = day(dateText.strip());
        if (day == null) { // named as the file names it (an Atom entry's "updated", not RSS's "pubDate")
            throw RecordError.at(origin, at, firstNamed(item, dateFields), "'" + abbreviate(dateText.strip())
                    + "' is not a date I can read");
        }
        String body = Html.toText(first(item, "description", "summary", "content", "content|encoded"));
        if (title == null) {
            title = body == null ? null : TimelineJsReader.abbreviate(body);
        }
        if (title == null) {
            throw RecordError.at(origin, at, "title", "is missing");
        }
        String link = link(item);
        String summary = TimelineJsReader.join(body, link == null ? null : "Link: " + link);
        DateSpan when = new DateSpan(day, null);
        data.event(new TimelineEvent(DatasetBuilder.key(first(item, "guid", "id"), title, when), title, summary,
                "news item", when, false, false, "the day the item was published", List.of(), List.of(), List.of(),
                List.of(), List.of(data.evidence(title))));
    }

    /** The text of the first child with one of these names (a "|" stands for a namespace prefix's colon). */
    /** The name, as written in the file, of the first of {@code names} the item gives with a value. */
    private static String firstNamed(Element item, String... names) {
        for (String name : names) {
            for (Element c : item.children()) {
                if (c.tagName().equalsIgnoreCase(name.replace('|', ':')) && !c.wholeText().isBlank()) {
                    return c.tagName();
                }
            }
        }
        return names[0];
    }

    private static String first(Element item, String... names) {
        for (String name : names) {
            for (Element c : item.children()) {
                if (c.tagName().equalsIgnoreCase(name.replace('|', ':'))) {
                    String t = c.wholeText();
                    if (t != null && !t.isBlank()) {
                        return t.strip();
                    }
                }
            }
        }
        return null;
    }

    private static String link(Element item) {
        for (Element c : item.children()) {
            if (c.tagName().equals("link")) {
                String href = c.attr("href");
                String t = !href.isBlank() ? href : c.text();
                if (!t.isBlank()) {
                    return t.strip();
                }
            }
        }
        return null;
    }

    private static PartialDate day(String text) {
        try {
            Matcher iso = ISO_DAY.matcher(text);
            if (iso.matches()) {
                return YearCheck.of(iso.group(1), iso.group(2), iso.group(3));
            }
            Matcher rfc = RFC822.matcher(text);
            if (rfc.matches()) {
                int month = LooseDate.month(rfc.group(2));
                String year = rfc.group(3).length() == 2 ? "20" + rfc.group(3) : rfc.group(3);
                if (month > 0) {
                    return PartialDate.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(rfc.group(1))));
                }
            }
            return LooseDate.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }

}
