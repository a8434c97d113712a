package org.timescope.exchange.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's plain text (which evidence offsets point into) and its title, from text or HTML, with what
 * the page says about itself: its address (a text file's {@code URL:} first line; HTML's canonical link or
 * {@code og:url}) and its publication time (HTML's {@code article:published_time}). {@code bodyStart} is
 * where the article's own words begin, after a text file's {@code URL:} / {@code TITLE:} header lines.
 */
record ArticleText(String title, String text, String url, String published, int bodyStart) {

    ArticleText(String title, String text) {
        this(title, text, null, null, 0);
    }

    static ArticleText of(String content) {
        String c = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (c.stripLeading().startsWith("<")) {
            return html(c);
        }
        String text = c.replace("\r\n", "\n").replace('\r', '\n');
        String url = null;
        String title = null;
        int body = 0;
        // a header of "URL: …" and "TITLE: …" lines, as researchers' stored copies of pages begin
        while (body < text.length()) {
            int eol = text.indexOf('\n', body);
            String line = (eol < 0 ? text.substring(body) : text.substring(body, eol)).strip();
            if (line.regionMatches(true, 0, "URL:", 0, 4) && url == null) {
                url = line.substring(4).strip();
            } else if (line.regionMatches(true, 0, "TITLE:", 0, 6) && title == null) {
                title = line.substring(6).strip().replaceFirst("^\\[[^\\]]*\\]\\s*", "");
            } else {
                break;
            }
            body = eol < 0 ? text.length() : eol + 1;
        }
        if (title == null || title.isEmpty()) {
            title = text.substring(body).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                    .orElse("Untitled article");
        }
        return new ArticleText(title, text, url, null, body);
    }

    private static ArticleText html(String content) {
        Document doc = Jsoup.parse(content);
        StringBuilder sb = new StringBuilder();
        for (Element e : doc.body().select("h1, h2, h3, h4, p, li, blockquote, figcaption, pre, td")) {
            if (e.parents().stream().anyMatch(p -> p.is("p, li, blockquote, td"))) {
                continue; // its text is in its parent's already
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                sb.append(t).append("\n\n");
            }
        }
        String text = sb.length() > 0 ? sb.toString() : doc.body().text();
        Element h1 = doc.selectFirst("h1");
        String title = h1 != null ? h1.text() : !doc.title().isBlank() ? doc.title() : text.lines().findFirst().orElse("Untitled article");
        String url = attr(doc, "link[rel=canonical]", "href");
        if (url == null) {
            url = attr(doc, "meta[property=og:url]", "content");
        }
        String published = attr(doc, "meta[property=article:published_time]", "content");
        if (published == null) {
            published = attr(doc, "meta[name=pubdate], meta[name=publishdate], meta[itemprop=datePublished]", "content");
        }
        return new ArticleText(title.strip(), text, url, published, 0);
    }

    private static String attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        String v = e == null ? null : e.attr(attribute).strip();
        return v == null || v.isEmpty() ? null : v;
    }
}
