package org.timescope.exchange.importing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** HTML in timeline files and articles to plain text: entities decoded, tags dropped, links kept as "text (url)". */
public final class Html {
    private Html() {
    }

    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href").strip();
            String text = a.text().strip();
            a.replaceWith(new TextNode(text.isEmpty() || text.equals(href) ? href : text + " (" + href + ")"));
        }
        String text = doc.body().text().strip();
        return text.isEmpty() ? null : text;
    }
}
