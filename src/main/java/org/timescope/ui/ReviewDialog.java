package org.timescope.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.timescope.exchange.article.ArticleExtractor;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.Dataset;
import org.timescope.model.Indicator;
import org.timescope.model.Organisation;
import org.timescope.model.PartialDate;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;
import org.timescope.ui.edit.EventDraft;
import org.timescope.ui.edit.EventForm;
import org.timescope.ui.edit.Vocabulary;

/**
 * Review of an article's candidates before anything is stored: a table with a checkbox per candidate, the article
 * with the selected candidate's sentence highlighted, and beside them the curation editor's form for the selected
 * candidate ({@link EventForm} over a {@link CandidateDraft}), so every field can be changed — title, dates and
 * their precision, organisations with roles, people with titles, themes, places, date note, summary, and its quotes
 * (removed, or a passage of the article chosen instead). A reference date re-reads relative dates. Import stores
 * the ticked candidates exactly as their forms show them, in one transaction; it is disabled while a ticked one
 * cannot be stored (its year still open, an end before its start), and the line above says which and why. The
 * figures the article reports (indicator observations) are reviewed too, in their own tab: each ticked to import,
 * its series renamed if need be, its sentence marked in the article; none is stored unseen.
 */
final class ReviewDialog {

    private final Workspace workspace;
    private final Vocabulary vocabulary;
    private ImportService.Prepared prepared;
    private final ObservableList<CandidateDraft> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.accepted, r.draft.validProperty()});
    private final Map<CandidateDraft, EventForm> forms = new HashMap<>();
    private final TableView<CandidateDraft> table = new TableView<>(rows);
    /** The article's figures (indicator observations): ticked to import, their series name editable. */
    private final ReviewStatistics statistics = new ReviewStatistics(this::selectStatistic);
    private final javafx.scene.control.Tab eventsTab = new javafx.scene.control.Tab("Events");
    private final javafx.scene.control.Tab statisticsTab = new javafx.scene.control.Tab("Statistics");
    private final StackPane formHolder = new StackPane();
    private final TextFlow article = new TextFlow();
    /** The highlighter's band behind the selected candidate's sentence (as the source viewer marks a quote). */
    private final javafx.scene.shape.Path mark = new javafx.scene.shape.Path();
    private final ScrollPane articleScroll = new ScrollPane(new StackPane(new javafx.scene.layout.Pane(mark), article));
    private int[] marked = {0, 0};
    private final Label status = new Label();
    private final Label blocked = new Label();
    private final SimpleBooleanProperty importable = new SimpleBooleanProperty();
    private Window owner;

    ReviewDialog(Workspace workspace, ImportService.Prepared prepared, Vocabulary vocabulary) {
        this.workspace = workspace;
        this.prepared = prepared;
        this.vocabulary = vocabulary;
        rows.addListener((ListChangeListener<CandidateDraft>) c -> checkImportable());
        statistics.onChange(this::checkImportable);
    }

    Optional<ImportService.Prepared> show(Window owner) {
        this.owner = owner;
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Review candidates — " + prepared.file().getFileName());
        dialog.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ButtonType importButton = new ButtonType("Import ticked", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(importButton).disableProperty().bind(importable.not());
        dialog.getDialogPane().setContent(content());
        Rectangle2D screen = (owner == null ? Screen.getPrimary()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary())).getVisualBounds();
        double width = Math.min(1280, screen.getWidth() - 40);
        double height = Math.min(800, screen.getHeight() - 60);
        // a dialog opens at its pane's minimum size: the size wanted first, then small screens may shrink it
        dialog.getDialogPane().setPrefSize(width, height);
        dialog.getDialogPane().setMinSize(width, height);
        dialog.setOnShown(e -> javafx.application.Platform.runLater(() -> dialog.getDialogPane().setMinSize(700, 420)));
        dialog.getDialogPane().setId("review-dialog");
        dialog.setResizable(true);
        fill();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != importButton) {
            return Optional.empty();
        }
        return Optional.of(accepted());
    }

    private BorderPane content() {
        table.setId("candidates");
        table.setEditable(true);
        table.setPlaceholder(new Label("No candidates: the notes above say why"));
        TableColumn<CandidateDraft, Boolean> take = ReviewStatistics.importColumn(r -> r.accepted);
        TableColumn<CandidateDraft, String> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> c.getValue().draft.startProperty());
        date.setPrefWidth(130);
        TableColumn<CandidateDraft, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> c.getValue().draft.titleProperty());
        title.setPrefWidth(260);
        TableColumn<CandidateDraft, String> orgs = new TableColumn<>("Organisations");
        orgs.setCellValueFactory(c -> names(c.getValue().draft.list(Vocabulary.Kind.ORGANISATION)));
        orgs.setPrefWidth(220);
        TableColumn<CandidateDraft, String> check = new TableColumn<>("To import");
        check.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            String p = c.getValue().problem();
            return p == null ? "ready" : p;
        }, c.getValue().draft.validProperty(), c.getValue().draft.startErrorProperty(),
                c.getValue().draft.endErrorProperty(), c.getValue().draft.titleErrorProperty()));
        check.setPrefWidth(180);
        table.getColumns().addAll(List.of(take, date, title, orgs, check));
        // the columns share the pane's width (the dialog's left side): at their preferred widths they were wider, and
        // "To import", which says what stops a candidate, sat half behind a horizontal scroll bar
        take.setMaxWidth(take.getMinWidth());
        date.setMinWidth(date.getPrefWidth()); // "12 September 2024" whole
        check.setMinWidth(90);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> select(row));

        TextField reference = new TextField();
        reference.setPromptText("YYYY, YYYY-MM or YYYY-MM-DD");
        reference.setId("reference-date");
        Button reread = new Button("Re-read with this date");
        reread.setId("reread");
        reread.setOnAction(e -> reread(reference.getText(), reread));
        reference.setPrefColumnCount(12);
        reference.setMinWidth(90);
        Label published = new Label("Published on (resolves 'on Tuesday', 'last year'):");
        published.setMinWidth(0);
        reread.setMinWidth(Button.USE_PREF_SIZE);
        HBox line = new HBox(8, published, reference, reread);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        status.setWrapText(true);
        blocked.setId("review-blocked");
        blocked.getStyleClass().add("ts-edit-error");
        blocked.setWrapText(true);
        blocked.managedProperty().bind(blocked.textProperty().isNotEmpty());
        VBox top = new VBox(4, line, status, blocked);
        top.setPadding(new Insets(0, 0, 8, 0));
        article.setLineSpacing(3);
        article.setPadding(new Insets(10));
        mark.getStyleClass().add("ts-quote-mark");
        mark.setId("article-mark");
        mark.setManaged(false);
        mark.setLayoutX(10);
        mark.setLayoutY(10);
        // the band follows the sentence's lines whenever the text is laid out again (the dialog resized)
        article.layoutBoundsProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(this::drawMark));
        articleScroll.setFitToWidth(true);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(eventsTab, statisticsTab);
        tabs.setId("review-tabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        eventsTab.setId("events-tab");
        eventsTab.setContent(table);
        statisticsTab.setId("statistics-tab");
        statisticsTab.setContent(statistics.table());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab == eventsTab) {
                select(table.getSelectionModel().getSelectedItem());
            } else {
                statistics.selectFirstIfNone(); // a figure beside its sentence, not the last candidate's form
                selectStatistic(statistics.selected());
            }
        });
        SplitPane left = new SplitPane(tabs, articleScroll);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.45);
        formHolder.setId("candidate-form");
        formHolder.setMinWidth(260);
        SplitPane split = new SplitPane(left, formHolder);
        split.setDividerPositions(0.6);
        BorderPane content = new BorderPane(split, top, null, null, null);
        content.setPadding(new Insets(8, 10, 0, 10));
        return content;
    }

    /** A figure's sentence marked in the article; beside it, what importing it stores. */
    private void selectStatistic(ReviewStatistics.StatisticRow row) {
        if (row == null) {
            highlight(null);
            return;
        }
        org.timescope.model.Evidence e = row.indicator.evidence();
        String text = prepared.article().source().text();
        boolean here = e.start() >= 0 && e.end() <= text.length() && e.sourceKey().equals(prepared.article().source().key());
        mark(here ? e.start() : 0, here ? e.end() : 0);
        formHolder.getChildren().setAll(ReviewStatistics.about(row));
    }

    private static javafx.beans.value.ObservableValue<String> names(ObservableList<EventDraft.Entry> entries) {
        return Bindings.createStringBinding(() -> String.join("; ", entries.stream()
                .map(e -> e.nameProperty().get().strip()).filter(n -> !n.isEmpty()).toList()), entries);
    }

    private void fill() {
        forms.clear();
        String sourceKey = prepared.article().source().key();
        List<CandidateDraft> drafts = new ArrayList<>();
        prepared.article().candidates().forEach(c -> drafts.add(new CandidateDraft(c, sourceKey, vocabulary)));
        rows.setAll(drafts);
        statistics.fill(prepared.dataset().indicators());
        eventsTab.setText("Events (" + drafts.size() + ")");
        statisticsTab.setText("Statistics (" + statistics.size() + ")");
        long open = prepared.article().candidates().stream().filter(ArticleExtractor.Candidate::yearOpen).count();
        status.setText(prepared.article().candidates().size() + " candidates" + (statistics.size() == 0 ? ""
                : " and " + statistics.size() + (statistics.size() == 1 ? " figure" : " figures")) + "; reference: "
                + prepared.article().referenceNote() + (open == 0 ? "" : "; " + open + " with no year in the text: "
                + "type the year in its Start to import it") + ". Select one to edit any of its fields.");
        if (rows.isEmpty()) {
            select(null);
        } else {
            table.getSelectionModel().select(0);
        }
    }

    /** The selected candidate's form (kept per candidate while the dialog is open) and its sentence. */
    private void select(CandidateDraft row) {
        highlight(row);
        if (row == null) {
            Label none = new Label("Select a candidate to edit it");
            none.getStyleClass().add("ts-muted");
            formHolder.getChildren().setAll(none);
            return;
        }
        EventForm form = forms.computeIfAbsent(row, r -> new EventForm(r.draft, "Candidate", w -> org.timescope.ui
                .evidence.EvidenceDialog.ask(w, List.of(prepared.article().source()))));
        formHolder.getChildren().setAll(form);
    }

    /** Import is possible when something is ticked and every ticked candidate can be stored as its form shows it. */
    private void checkImportable() {
        List<String> problems = new ArrayList<>();
        boolean any = false;
        for (CandidateDraft r : rows) {
            if (r.accepted.get()) {
                any = true;
                String p = r.problem();
                if (p != null) {
                    problems.add("'" + r.draft.titleProperty().get() + "': " + p);
                }
            }
        }
        any |= statistics.anyTicked();
        importable.set(any && problems.isEmpty());
        blocked.setText(problems.isEmpty() ? "" : "Cannot import yet — " + String.join("; ", problems));
    }

    /**
     * Reads the article again with another reference date, off the FX thread. The candidates are read afresh, so
     * the reviewer's edits and ticks would be lost: when there are any, they are asked first.
     */
    private void reread(String text, Button button) {
        PartialDate ref;
        try {
            ref = text == null || text.isBlank() ? null : PartialDate.parse(text);
        } catch (RuntimeException e) {
            status.setText(UiErrors.message(e));
            return;
        }
        long edited = rows.stream().filter(r -> r.draft.changedProperty().get()
                || r.accepted.get() != r.candidate.dated()).count()
                + statistics.edited();
        if (edited > 0 && !confirmReread(edited)) {
            return;
        }
        button.setDisable(true);
        status.setText("Reading " + prepared.file().getFileName() + " again" + (ref == null ? "" : " with " + ref) + " …");
        ImportService.Prepared before = prepared;
        java.util.concurrent.CompletableFuture.supplyAsync(() -> new ImportService(workspace).prepare(before.file(),
                before.format(), new ImportOptions(null, java.util.Map.of(), ref)), task -> {
                    Thread t = new Thread(task, "review-reread"); // not the common pool (decision 0046)
                    t.setDaemon(true);
                    t.start();
                }).whenComplete((next, failure) ->
                javafx.application.Platform.runLater(() -> {
                    button.setDisable(false);
                    if (failure != null) {
                        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause()
                                != null ? failure.getCause() : failure;
                        status.setText(cause instanceof RuntimeException r ? UiErrors.message(r) : cause.getMessage());
                        return;
                    }
                    prepared = next;
                    fill();
                }));
    }

    private boolean confirmReread(long edited) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "Reading the article again makes its candidates afresh: what you changed in " + edited + " of them "
                        + "(fields, or ticks) will be lost.",
                new ButtonType("Re-read", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        ask.initOwner(table.getScene() == null ? owner : table.getScene().getWindow());
        ask.setTitle("Re-read the article?");
        ask.setHeaderText("Discard your edits to " + (edited == 1 ? "one candidate" : edited + " candidates") + "?");
        ask.getDialogPane().setId("reread-confirm");
        return ask.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private void highlight(CandidateDraft row) {
        if (row == null) {
            mark(0, 0);
        } else {
            mark(row.candidate.sentenceStart(), row.candidate.sentenceEnd());
        }
    }

    /** The article with [s, e) marked and scrolled into view (nothing marked when the range is empty). */
    private void mark(int s, int e) {
        String text = prepared.article().source().text();
        article.getChildren().clear();
        marked = new int[] {s, e};
        if (e <= s) {
            mark.getElements().clear();
            article.getChildren().add(plain(text));
            return;
        }
        Text hit = new Text(text.substring(s, e));
        hit.getStyleClass().add("ts-quote-highlight");
        article.getChildren().addAll(plain(text.substring(0, s)), hit, plain(text.substring(e)));
        javafx.application.Platform.runLater(() -> {
            // the new pieces of text get their font from CSS only at the next pass: measured before it, with the
            // default font, the band came out a line too high and too short (a figure's sentence, Statistics tab)
            article.applyCss();
            article.layout();
            drawMark();
            double h = article.getBoundsInLocal().getHeight();
            double v = articleScroll.getViewportBounds().getHeight();
            if (h > v) {
                articleScroll.setVvalue(Math.max(0, Math.min(1, (hit.getBoundsInParent().getMinY() - v / 3) / (h - v))));
            }
        });
    }

    private void drawMark() {
        mark.getElements().setAll(marked[1] > marked[0] ? article.rangeShape(marked[0], marked[1])
                : new javafx.scene.shape.PathElement[0]);
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("ts-text");
        return t;
    }

    /**
     * The prepared file with the ticked candidates as their forms show them; of the organisations and places the
     * article added to the catalogue, only those an imported event or observation still names; the sources of
     * quotes added in a form from a new source.
     */
    ImportService.Prepared accepted() {
        List<TimelineEvent> events = new ArrayList<>();
        List<Source> sources = new ArrayList<>(prepared.dataset().sources());
        for (CandidateDraft r : rows) {
            if (r.accepted.get()) {
                r.event().ifPresent(events::add);
                r.draft.newSources().stream().filter(s -> sources.stream().noneMatch(t -> t.key().equals(s.key())))
                        .forEach(sources::add);
            }
        }
        Dataset d = prepared.dataset();
        Set<String> orgs = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (TimelineEvent e : events) {
            e.organisations().forEach(o -> orgs.add(lower(o.organisation())));
            e.places().forEach(p -> places.add(lower(p)));
        }
        List<Indicator> figures = statistics.reviewed();
        figures.stream().map(Indicator::place).filter(p -> p != null).forEach(p -> places.add(lower(p)));
        List<Organisation> keptOrgs = new ArrayList<>(d.organisations().stream().filter(o -> orgs.contains(lower(o.name()))
                || (o.acronym() != null && orgs.contains(lower(o.acronym())))).toList());
        List<Place> keptPlaces = d.places().stream().filter(p -> places.contains(lower(p.name()))).toList();
        List<org.timescope.model.Theme> themes = new ArrayList<>(d.themes());
        addTyped(events, keptOrgs, themes);
        return new ImportService.Prepared(prepared.file(), prepared.format(), new Dataset(themes, keptOrgs,
                keptPlaces, sources, events, figures, d.eras()), prepared.notes(), prepared.article());
    }

    /**
     * Organisations and themes the reviewer typed that neither the catalogue nor the article's findings hold: the
     * import declares them (as the event form's save creates them), the form having marked them "new".
     */
    private void addTyped(List<TimelineEvent> events, List<Organisation> orgs, List<org.timescope.model.Theme> themes) {
        Set<String> declared = new HashSet<>();
        orgs.forEach(o -> declared.add(lower(o.name())));
        Set<String> declaredThemes = new HashSet<>();
        themes.forEach(t -> declaredThemes.add(lower(t.name())));
        String from = "Added in the review of the article " + prepared.article().source().title();
        for (TimelineEvent e : events) {
            for (var r : e.organisations()) {
                if (!vocabulary.knows(Vocabulary.Kind.ORGANISATION, r.organisation()) && declared.add(lower(r.organisation()))) {
                    orgs.add(new Organisation(r.organisation(), null, List.of(), null,
                            org.timescope.model.OrganisationKind.OTHER, from));
                }
            }
            for (String t : e.themes()) {
                if (!vocabulary.knows(Vocabulary.Kind.THEME, t) && declaredThemes.add(lower(t))) {
                    themes.add(new org.timescope.model.Theme(t, null));
                }
            }
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
