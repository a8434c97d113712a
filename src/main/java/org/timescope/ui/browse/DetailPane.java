package org.timescope.ui.browse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.model.Evidence;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;
import org.timescope.ui.Styles;

/**
 * Everything about the selected event: its date at its real precision and how it was worked out, place,
 * organisations with roles and themes (click to filter), people with titles, summary, the evidence with
 * its source (open the article with the quote highlighted) and related events (click to go there).
 */
public final class DetailPane extends ScrollPane {

    private final VBox content = new VBox(6);
    private final BrowserModel model;
    private final SourceOpener opener;

    /** Opens a source's text with one quote highlighted. */
    @FunctionalInterface
    public interface SourceOpener {
        void open(Source source, Evidence evidence);
    }

    private java.util.function.Function<TimelineEvent, Node> footer;

    /** Adds a section under each event's details (the window's History). */
    public void setFooter(java.util.function.Function<TimelineEvent, Node> footer) {
        this.footer = footer;
        show(model.selectionProperty().get());
    }

    public DetailPane(BrowserModel model, SourceOpener opener) {
        this.model = model;
        this.opener = opener;
        setId("detail");
        getStyleClass().add(Styles.DETAIL);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(14));
        content.setMinWidth(0);
        setContent(content);
        model.selectionProperty().addListener((o, a, e) -> show(e));
        model.filterProperty().addListener((o, a, f) -> show(model.selectionProperty().get()));
        model.linksVersionProperty().addListener((o, a, v) -> show(model.selectionProperty().get()));
        show(model.selectionProperty().get());
    }

    void show(TimelineEvent e) {
        content.getChildren().clear();
        setVvalue(0);
        if (e == null) {
            content.getChildren().add(muted("Select an event on the timeline or in the table to see its "
                    + "details and evidence."));
            return;
        }
        Label title = wrapped(e.title(), Styles.DETAIL_TITLE);
        title.setId("detail-title");
        Label date = wrapped(DatesText.longForm(e), Styles.DETAIL_DATE);
        date.setId("detail-date");
        content.getChildren().addAll(title, date);
        if (e.dateNote() != null) {
            content.getChildren().add(muted((e.inferred() ? "Inferred: " : "Date: ") + e.dateNote()));
        }
        section("Place", text(e.places().isEmpty() ? "Not stated in the sources" : String.join(", ", e.places())));
        if (e.category() != null) {
            section("Kind", text(e.category()));
        }
        section("Organisations", organisations(e.organisations()));
        if (!e.people().isEmpty()) {
            section("People", text(String.join("\n", e.people().stream().map(DetailPane::person).toList())));
        }
        section("Themes", themes(e.themes()));
        if (e.summary() != null) {
            section("Summary", highlighted(e.summary(), null));
        }
        heading("Evidence");
        for (Evidence ev : e.evidence()) {
            content.getChildren().add(quote(ev));
        }
        List<TimelineEvent> related = model.related(e, 6);
        if (!related.isEmpty()) {
            heading("Related events");
            for (TimelineEvent r : related) {
                Hyperlink link = new Hyperlink(r.when().display() + " — " + r.title());
                link.setWrapText(true);
                link.getStyleClass().add("ts-related");
                link.setOnAction(x -> model.selectionProperty().set(r));
                content.getChildren().add(link);
            }
        }
        if (footer != null) {
            content.getChildren().add(footer.apply(e));
        }
    }

    private Node organisations(List<OrganisationRole> listed) {
        VBox box = new VBox(0);
        for (OrganisationRole r : OrganisationRole.byOrganisation(listed)) { // a merge can leave one named twice
            Hyperlink link = new Hyperlink(r.organisation());
            link.setWrapText(true);
            link.setMinWidth(0);
            link.getStyleClass().add("ts-org-link");
            link.setTooltip(new Tooltip("Show only events of " + r.organisation()));
            link.setOnAction(x -> model.update(f -> f.withOrganisations(plus(f.organisations(), r.organisation()))));
            link.setMaxWidth(Double.MAX_VALUE);
            box.getChildren().add(link);
            if (r.role() != null) {
                Label role = new Label(r.role());
                role.getStyleClass().addAll(Styles.MUTED, "ts-role");
                box.getChildren().add(role);
            }
        }
        return box;
    }

    private Node themes(List<String> themes) {
        FlowPane pane = new FlowPane(6, 4);
        for (String t : themes) {
            Hyperlink link = new Hyperlink(t);
            link.setMinWidth(0);
            link.getStyleClass().add("ts-theme-link");
            link.setTooltip(new Tooltip("Show only events with this theme"));
            link.setOnAction(x -> model.update(f -> f.withThemes(plus(f.themes(), t))));
            pane.getChildren().add(link);
        }
        return pane;
    }

    private static Set<String> plus(Set<String> set, String value) {
        Set<String> next = new LinkedHashSet<>(set);
        next.add(value);
        return next;
    }

    /** A quote with its source and a button that opens the article at it (the Links section's evidence too). */
    public Node evidence(Evidence ev) {
        return quote(ev);
    }

    private Node quote(Evidence ev) {
        TextFlow q = highlighted("“" + ev.quote().replace('\u00a0', ' ') + "”", Styles.QUOTE);
        Source s = model.sources().get(ev.sourceKey());
        Label source = wrapped("— " + sourceLine(s, ev), Styles.QUOTE_SOURCE);
        VBox box = new VBox(2, q, source);
        if (s != null && s.text() != null && ev.hasOffsets()) {
            Button open = new Button("Open article", new FontIcon("mdi2b-book-open-page-variant-outline"));
            open.getStyleClass().addAll("flat", "small");
            open.setTooltip(new Tooltip("Show the whole article with this quote highlighted"));
            open.setOnAction(x -> opener.open(s, ev));
            box.getChildren().add(open);
        }
        box.getStyleClass().add("ts-evidence");
        return box;
    }

    private static String sourceLine(Source s, Evidence ev) {
        if (s == null) {
            return ev.sourceKey();
        }
        StringBuilder sb = new StringBuilder(s.title());
        if (s.author() != null) {
            sb.append(" · ").append(s.author());
        }
        if (s.publisher() != null) {
            sb.append(" · ").append(s.publisher());
        }
        if (s.published() != null) {
            sb.append(" · published ").append(s.published().display());
        }
        if (s.url() != null) {
            sb.append(" · ").append(s.url());
        }
        return sb.toString();
    }

    /** The text with the words of the current full-text search in bold. */
    private TextFlow highlighted(String text, String style) {
        TextFlow flow = new TextFlow();
        if (style != null) {
            flow.getStyleClass().add(style);
        }
        String query = model.getFilter().text();
        List<String> words = query == null ? List.of()
                : List.of(query.toLowerCase(Locale.ROOT).replace("*", "").split("\\s+"));
        String lower = text.toLowerCase(Locale.ROOT);
        int at = 0;
        while (at < text.length()) {
            int next = -1;
            String hit = null;
            for (String w : words) {
                int i = w.isBlank() ? -1 : lower.indexOf(w, at);
                if (i >= 0 && (next < 0 || i < next)) {
                    next = i;
                    hit = w;
                }
            }
            if (next < 0) {
                flow.getChildren().add(styled(text.substring(at), false));
                break;
            }
            if (next > at) {
                flow.getChildren().add(styled(text.substring(at, next), false));
            }
            flow.getChildren().add(styled(text.substring(next, next + hit.length()), true));
            at = next + hit.length();
        }
        return flow;
    }

    private static Text styled(String s, boolean match) {
        Text t = new Text(s);
        t.getStyleClass().add(match ? "ts-match" : "ts-text");
        return t;
    }

    private static String person(PersonRole p) {
        return p.role() == null ? p.name() : p.name() + ", " + p.role();
    }

    private void section(String heading, Node body) {
        heading(heading);
        content.getChildren().add(body);
    }

    private void heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.DETAIL_HEADING);
        content.getChildren().add(label);
    }

    private static Label text(String s) {
        return wrapped(s, null);
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }

    private static Label muted(String text) {
        return wrapped(text, Styles.MUTED);
    }
}
