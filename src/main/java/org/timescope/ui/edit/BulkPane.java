package org.timescope.ui.edit;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.model.TimelineEvent;
import org.timescope.service.edit.EditCommand;

/**
 * Several selected events at once: what they share and what is mixed ("Patents (1 of 2)"), with a theme,
 * organisation or place to add to all or remove from all, and the approximate and inferred flags (a box in
 * the third state when mixed). Each action is one bulk command and one undo step.
 */
public final class BulkPane extends ScrollPane {

    private final BulkDraft draft;
    private final Vocabulary vocabulary;
    private final Consumer<EditCommand> run;

    public BulkPane(BulkDraft draft, Vocabulary vocabulary, Consumer<EditCommand> run) {
        this.draft = draft;
        this.vocabulary = vocabulary;
        this.run = run;
        setId("bulk-edit");
        getStyleClass().add(EditStyles.FORM);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Label heading = new Label(draft.heading());
        heading.setId("bulk-heading");
        heading.getStyleClass().add(EditStyles.HEADING);
        VBox titles = new VBox(1);
        draft.events().stream().limit(8).forEach(e -> titles.getChildren().add(muted(e.when().display() + " — " + e.title())));
        if (draft.events().size() > 8) {
            titles.getChildren().add(muted("… and " + (draft.events().size() - 8) + " more"));
        }
        VBox content = new VBox(4, heading, titles,
                section("Themes", Vocabulary.Kind.THEME),
                section("Organisations", Vocabulary.Kind.ORGANISATION),
                section("Places", Vocabulary.Kind.PLACE),
                label("Date"), flag("Approximate", "approximate", draft.approximate()),
                flag("Inferred", "inferred", draft.inferred()));
        content.setPadding(new Insets(14));
        setContent(content);
    }

    private Node section(String heading, Vocabulary.Kind kind) {
        VBox box = new VBox(3, label(heading));
        box.setId("bulk-" + kind.label() + "s");
        for (BulkDraft.Usage u : draft.usage(kind)) {
            Label name = new NameLabel(u.text());
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            HBox row = new HBox(4, name);
            row.setAlignment(Pos.CENTER_LEFT);
            if (u.mixed()) {
                row.getChildren().add(small("Add to all", "mdi2p-plus", () -> run.accept(draft.change(kind, u.name(), true))));
            }
            row.getChildren().add(small("Remove", "mdi2c-close", () -> run.accept(draft.change(kind, u.name(), false))));
            box.getChildren().add(row);
        }
        TextField add = new TextField();
        add.setId("bulk-add-" + kind.label());
        add.setPromptText("Add a " + kind.label() + " to all");
        vocabulary.completeIn(add, kind);
        HBox.setHgrow(add, Priority.ALWAYS);
        Button go = small("Add to all", "mdi2p-plus", () -> {
            if (!add.getText().isBlank()) {
                run.accept(draft.change(kind, add.getText(), true));
            }
        });
        go.setId("bulk-add-" + kind.label() + "-button");
        go.disableProperty().bind(add.textProperty().isEmpty());
        add.setOnAction(e -> go.fire());
        HBox row = new HBox(4, add, go);
        row.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(row);
        return box;
    }

    private Node flag(String text, String flag, BulkDraft.Mixed state) {
        CheckBox box = new CheckBox(text + (state == BulkDraft.Mixed.MIXED ? " (mixed)" : ""));
        box.setId("bulk-" + flag);
        box.setAllowIndeterminate(false);
        box.setIndeterminate(state == BulkDraft.Mixed.MIXED);
        box.setSelected(state == BulkDraft.Mixed.YES);
        box.setTooltip(new Tooltip("Set " + flag + " on all " + draft.events().size() + " events"));
        box.setOnAction(e -> run.accept(draft.flag(flag, box.isSelected())));
        return box;
    }

    private static Button small(String text, String icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.getStyleClass().addAll("flat", "small");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(EditStyles.LABEL);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(EditStyles.HISTORY_WHEN);
        return l;
    }

    /** The events this pane edits. */
    public java.util.List<TimelineEvent> events() {
        return draft.events();
    }
}
