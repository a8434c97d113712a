package org.timescope.exchange.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** An article's plain text (which evidence offsets point into) and its title, from text or HTML. */
record ArticleText(String title, String text) {

    static ArticleText of(String content) {
        String c = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (c.stripLeading().startsWith("<")) {
            return html(c);
        }
        String text = c.replace("\r\n", "\n").replace('\r', '\n');
        String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("Untitled article");
        return new ArticleText(title, text);
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
        return new ArticleText(title.strip(), text);
    }
}
