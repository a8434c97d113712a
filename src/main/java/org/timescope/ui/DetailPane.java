package org.timescope.ui;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.timescope.model.Evidence;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;

/** Everything about the selected event: its date at its real precision, who took part, and the evidence. */
final class DetailPane extends ScrollPane {

    private final VBox content = new VBox(6);
    private Map<String, Source> sources = Map.of();

    DetailPane() {
        setId("detail");
        getStyleClass().add(Styles.DETAIL);
        setFitToWidth(true);
        content.setPadding(new Insets(14));
        setContent(content);
        show(null);
    }

    void setSources(Map<String, Source> sources) {
        this.sources = sources;
    }

    void show(TimelineEvent e) {
        content.getChildren().clear();
        if (e == null) {
            content.getChildren().add(muted("Select an event to see its details and evidence."));
            return;
        }
        Label title = wrapped(e.title(), Styles.DETAIL_TITLE);
        title.setId("detail-title");
        content.getChildren().addAll(title, wrapped(DatesText.longForm(e), Styles.DETAIL_DATE));
        if (e.dateNote() != null) {
            content.getChildren().add(muted("Date: " + e.dateNote()));
        }
        section("Place", e.places().isEmpty() ? "not stated" : String.join(", ", e.places()));
        if (e.category() != null) {
            section("Kind", e.category());
        }
        section("Organisations", String.join("\n", e.organisations().stream().map(DetailPane::role).toList()));
        if (!e.people().isEmpty()) {
            section("People", String.join("\n", e.people().stream().map(DetailPane::person).toList()));
        }
        section("Themes", String.join(", ", e.themes()));
        if (e.summary() != null) {
            section("Summary", e.summary());
        }
        heading("Evidence");
        for (Evidence ev : e.evidence()) {
            content.getChildren().add(wrapped("“" + ev.quote().replace('\u00a0', ' ') + "”", Styles.QUOTE));
            content.getChildren().add(wrapped("— " + sourceLine(ev), Styles.QUOTE_SOURCE));
        }
    }

    private String sourceLine(Evidence ev) {
        Source s = sources.get(ev.sourceKey());
        if (s == null) {
            return ev.sourceKey();
        }
        StringBuilder sb = new StringBuilder(s.title());
        if (s.publisher() != null) {
            sb.append(" · ").append(s.publisher());
        }
        if (s.published() != null) {
            sb.append(" · published ").append(s.published().display());
        }
        if (s.url() != null) {
            sb.append(" <").append(s.url()).append('>');
        }
        if (ev.hasOffsets()) {
            sb.append(" · characters ").append(ev.start()).append('–').append(ev.end());
        }
        return sb.toString();
    }

    private static String role(OrganisationRole r) {
        return r.role() == null ? r.organisation() : r.organisation() + " — " + r.role();
    }

    private static String person(PersonRole p) {
        return p.role() == null ? p.name() : p.name() + ", " + p.role();
    }

    private void section(String heading, String text) {
        heading(heading);
        content.getChildren().add(wrapped(text, null));
    }

    private void heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.DETAIL_HEADING);
        content.getChildren().add(label);
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
