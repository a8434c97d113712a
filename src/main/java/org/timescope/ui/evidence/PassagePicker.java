package org.timescope.ui.evidence;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.timescope.model.Evidence;
import org.timescope.model.PartialDate;
import org.timescope.model.Source;

/**
 * The state of quoting a source, outside the scene graph: which source (a stored one, or a new one with pasted
 * text, title, publisher, URL and date), which passage of its text is selected, and what is wrong, in one line.
 * A quote is cut from the source's own text by its offsets, so it is verbatim by construction.
 */
public final class PassagePicker {

    /** The quote and, when the researcher added a source, the source to store with it. */
    public record Chosen(Evidence evidence, Source newSource) {
    }

    private final List<Source> stored;
    private final Set<String> takenKeys;
    private Source source;
    private boolean adding;
    private String title = "";
    private String publisher = "";
    private String url = "";
    private String published = "";
    private String text = "";
    private int start;
    private int end;

    public PassagePicker(List<Source> stored) {
        this.stored = List.copyOf(stored);
        this.takenKeys = stored.stream().map(Source::key).collect(Collectors.toSet());
    }

    /** Sources with a text to quote from (others cannot give offsets). */
    public List<Source> quotable() {
        return stored.stream().filter(s -> s.text() != null && !s.text().isBlank()).toList();
    }

    public void choose(Source chosen) {
        this.source = chosen;
        this.adding = false;
        select(0, 0);
    }

    /** Switches to a new source typed or pasted in. */
    public void addNew(String title, String publisher, String url, String published, String text) {
        this.adding = true;
        this.source = null;
        this.title = strip(title);
        this.publisher = strip(publisher);
        this.url = strip(url);
        this.published = strip(published);
        this.text = text == null ? "" : text;
        select(Math.min(start, this.text.length()), Math.min(end, this.text.length()));
    }

    public boolean adding() {
        return adding;
    }

    /** The text the passage is selected in: the stored source's, or the pasted one. */
    public String text() {
        return adding ? text : source == null || source.text() == null ? "" : source.text();
    }

    public void select(int from, int to) {
        this.start = Math.max(0, Math.min(from, to));
        this.end = Math.max(from, to);
    }

    /** The selected passage, trimmed of surrounding white space (offsets follow). */
    public String passage() {
        int[] range = trimmed();
        return text().substring(range[0], range[1]);
    }

    private int[] trimmed() {
        String t = text();
        int from = Math.min(start, t.length());
        int to = Math.min(end, t.length());
        while (from < to && Character.isWhitespace(t.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    /** What keeps the quote from being used, or null when it can be. */
    public String problem() {
        if (adding) {
            if (title.isEmpty()) {
                return "The new source needs a title.";
            }
            if (text.isBlank()) {
                return "Paste the source's text to quote from it.";
            }
            if (!published.isEmpty()) {
                try {
                    PartialDate.parse(published);
                } catch (IllegalArgumentException e) {
                    return "Published: '" + published + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).";
                }
            }
        } else if (source == null) {
            return "Choose a source, or add one.";
        }
        if (passage().isEmpty()) {
            return "Select the passage to quote in the text.";
        }
        return null;
    }

    /** Describes the selection for the dialog: "Quote of 123 characters, at 456–579". */
    public String describe() {
        String p = problem();
        if (p != null) {
            return p;
        }
        int[] range = trimmed();
        return "Quote of " + (range[1] - range[0]) + " characters, at " + range[0] + "–" + range[1];
    }

    public Chosen chosen() {
        String p = problem();
        if (p != null) {
            throw new IllegalStateException(p);
        }
        int[] range = trimmed();
        Source s = adding ? newSource() : source;
        return new Chosen(new Evidence(s.key(), passage(), range[0], range[1]), adding ? s : null);
    }

    private Source newSource() {
        return new Source(freeKey(title), title, null, publisher.isEmpty() ? null : publisher,
                url.isEmpty() ? null : url, published.isEmpty() ? null : PartialDate.parse(published),
                null, null, text);
    }

    /** A key for a new source from its title: "source-wipo-annual-report", numbered when taken. */
    String freeKey(String from) {
        String ascii = Normalizer.normalize(from, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String base = "source-" + (slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug);
        String key = base;
        for (int n = 2; takenKeys.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private static String strip(String s) {
        return Objects.requireNonNullElse(s, "").strip();
    }
}
