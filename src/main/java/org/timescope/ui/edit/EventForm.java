package org.timescope.ui.edit;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The event form shown in place of the detail pane: keyboard first (Tab through the fields, Ctrl+Enter saves,
 * Esc cancels). Dates are read as they are typed, with the date and its precision under the field, or the
 * reason in red (Save is disabled until every field is valid). All state is in the {@link EventDraft}.
 */
public final class EventForm extends ScrollPane {

    private final EventDraft draft;
    private final Label message = new Label();
    private final Button save = new Button("Save", new FontIcon("mdi2c-content-save-outline"));
    private final TextField title = new TextField();

    /** Asks for a quote (a source and its passage); empty when the researcher cancels. */
    public interface QuoteAsker {
        java.util.Optional<org.timescope.ui.evidence.PassagePicker.Chosen> ask(javafx.stage.Window owner);
    }

    private final QuoteAsker quotes;

    public EventForm(EventDraft draft, Consumer<EventDraft> onSave, Runnable onCancel, QuoteAsker quotes) {
        this(draft, draft.isCreation() ? "New event" : "Edit event", onSave, onCancel, quotes);
    }

    /**
     * The same form without Save, Cancel and their keys, for a dialog that decides what becomes of the draft (an
     * article's review: its Import button stores every ticked candidate as its form shows it).
     */
    public EventForm(EventDraft draft, String heading, QuoteAsker quotes) {
        this(draft, heading, null, null, quotes);
    }

    private EventForm(EventDraft draft, String headingText, Consumer<EventDraft> onSave, Runnable onCancel,
                      QuoteAsker quotes) {
        this.draft = draft;
        this.quotes = quotes;
        setId("event-form");
        getStyleClass().add(EditStyles.FORM);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label heading = new Label(headingText);
        heading.getStyleClass().add(EditStyles.HEADING);
        title.setId("edit-title");
        title.textProperty().bindBidirectional(draft.titleProperty());
        TextField start = field("edit-start", draft.startProperty(), "2021, June 2021, 11 June 2021, 2021-06-11");
        TextField end = field("edit-end", draft.endProperty(), "optional");
        CheckBox approximate = new CheckBox("Approximate");
        approximate.setId("edit-approximate");
        approximate.selectedProperty().bindBidirectional(draft.approximateProperty());
        CheckBox inferred = new CheckBox("Inferred");
        inferred.setId("edit-inferred");
        inferred.selectedProperty().bindBidirectional(draft.inferredProperty());
        TextField note = field("edit-date-note", draft.dateNoteProperty(), "How the date was worked out");
        TextField category = field("edit-category", draft.categoryProperty(), "forum, agreement, ruling …");
        TextArea summary = new TextArea();
        summary.setId("edit-summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.textProperty().bindBidirectional(draft.summaryProperty());
        tabMovesOn(summary);

        save.setId("edit-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.disableProperty().bind(draft.validProperty().not());
        save.setOnAction(e -> onSave.accept(draft));
        Button cancel = new Button("Cancel");
        cancel.setId("edit-cancel");
        cancel.setOnAction(e -> onCancel.run());
        Label keys = new Label("Ctrl+Enter saves · Esc cancels");
        keys.getStyleClass().add(EditStyles.HISTORY_WHEN);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the hint may shrink, the buttons may not
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        keys.setMinWidth(0);
        keys.setWrapText(true); // on two lines in a narrow pane rather than cut ("Esc can…")
        keys.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(keys, javafx.scene.layout.Priority.ALWAYS);
        HBox buttons = new HBox(8, save, cancel, keys);
        buttons.setAlignment(Pos.CENTER_LEFT);
        message.setId("edit-message");
        message.getStyleClass().add(EditStyles.ERROR);
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        HBox flags = new HBox(16, approximate, inferred);
        VBox content = new VBox(2, heading,
                label("Title"), title, error(draft.titleErrorProperty(), "edit-title-error"),
                label("Start"), start, info(draft.startInfoProperty(), "edit-start-info"),
                error(draft.startErrorProperty(), "edit-start-error"),
                label("End"), end, info(draft.endInfoProperty(), "edit-end-info"),
                error(draft.endErrorProperty(), "edit-end-error"),
                spaced(flags), label("Date note"), note, label("Kind"), category, label("Summary"), summary,
                lists(), evidence());
        if (onSave != null) {
            content.getChildren().addAll(spaced(buttons), message);
        }
        content.setPadding(new Insets(14));
        content.setFillWidth(true);
        setContent(content);
        if (onSave == null) {
            return; // a dialog's own buttons and keys decide
        }

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                if (!save.isDisabled()) {
                    save.fire();
                }
            } else if (e.getCode() == KeyCode.ESCAPE && !autoCompletionShowing()) {
                e.consume();
                onCancel.run();
            }
        });
    }

    private static boolean autoCompletionShowing() {
        return javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w instanceof javafx.stage.PopupWindow p
                        && p.getScene() != null && p.getScene().getRoot() != null
                        && p.getScene().getRoot().getStyleClass().contains("auto-complete-popup"));
    }

    private Node lists() {
        Vocabulary v = draft.vocabulary();
        return new VBox(6,
                new EntryListEditor("Organisations", Vocabulary.Kind.ORGANISATION,
                        draft.list(Vocabulary.Kind.ORGANISATION), v, "role"),
                new EntryListEditor("People", Vocabulary.Kind.PERSON, draft.list(Vocabulary.Kind.PERSON), v,
                        "title at the event"),
                new EntryListEditor("Themes", Vocabulary.Kind.THEME, draft.list(Vocabulary.Kind.THEME), v, null),
                new EntryListEditor("Places", Vocabulary.Kind.PLACE, draft.list(Vocabulary.Kind.PLACE), v, null));
    }

    /** The quotes: each with its source and a Remove button; "Add quote…" picks a passage of a source. */
    private Node evidence() {
        VBox rows = new VBox(4);
        rows.setId("edit-evidence");
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (org.timescope.model.Evidence e : draft.evidence()) {
                String q = e.quote().length() > 120 ? e.quote().substring(0, 119) + "…" : e.quote();
                Label text = new Label("“" + q + "” — " + e.sourceKey());
                text.setWrapText(true);
                text.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
                Button remove = new Button("Remove");
                remove.getStyleClass().add("flat");
                remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                text.setMinWidth(0);
                remove.setOnAction(x -> draft.evidence().remove(e));
                HBox row = new HBox(6, text, remove);
                row.setAlignment(Pos.TOP_LEFT);
                rows.getChildren().add(row);
            }
        };
        draft.evidence().addListener((javafx.collections.ListChangeListener<org.timescope.model.Evidence>) c -> fill.run());
        fill.run();
        Button add = new Button("Add quote…", new FontIcon("mdi2f-format-quote-open"));
        add.setId("edit-add-quote");
        add.setOnAction(x -> quotes.ask(getScene() == null ? null : getScene().getWindow())
                .ifPresent(c -> draft.addQuote(c.evidence(), c.newSource())));
        return new VBox(4, label("Evidence"), rows, add);
    }

    /** Puts the cursor in the title. */
    public void focusFirst() {
        // the title is in the scene only once the scroll pane's skin has taken the content in (next pulse)
        if (title.getScene() != null) {
            Platform.runLater(title::requestFocus);
            return;
        }
        title.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene a, javafx.scene.Scene scene) {
                if (scene != null) {
                    title.sceneProperty().removeListener(this);
                    Platform.runLater(title::requestFocus);
                }
            }
        });
    }

    public EventDraft draft() {
        return draft;
    }

    /** While saving: Save is disabled and the reason of a refusal replaces the last one. */
    public void saving(boolean on) {
        save.disableProperty().unbind();
        if (on) {
            save.setDisable(true);
            message.setText("");
        } else {
            save.disableProperty().bind(draft.validProperty().not());
        }
    }

    /** Why the last save was refused (nothing was saved). */
    public void refused(String reason) {
        saving(false);
        message.setText("Not saved: " + reason);
    }

    static TextField field(String id, StringProperty property, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(EditStyles.LABEL);
        return l;
    }

    static Label info(ReadOnlyStringProperty text, String id) {
        return line(text, id, EditStyles.INFO);
    }

    static Label error(ReadOnlyStringProperty text, String id) {
        return line(text, id, EditStyles.ERROR);
    }

    private static Label line(ReadOnlyStringProperty text, String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotNull());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Node spaced(Node n) {
        VBox.setMargin(n, new Insets(8, 0, 0, 0));
        return n;
    }

    /** In the summary, Tab moves to the next field as everywhere else in the form (Ctrl+Tab is what a text area needs). */
    private static void tabMovesOn(TextInputControl area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        HBox.setHgrow(area, Priority.ALWAYS);
    }
}
