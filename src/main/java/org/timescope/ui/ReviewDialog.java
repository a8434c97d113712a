package org.timescope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.timescope.exchange.article.ArticleExtractor;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.PartialDate;
import org.timescope.model.PersonRole;
import org.timescope.model.TimelineEvent;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;

/**
 * Review of an article's candidates before anything is stored: a table with a checkbox per candidate and
 * editable title and date, the article with the selected candidate's sentence highlighted, and a
 * reference date to re-read relative dates. Only ticked, dated candidates are imported.
 */
final class ReviewDialog {

    /** One row: a candidate and the reviewer's decisions about it. */
    static final class Row {
        final SimpleBooleanProperty accepted;
        final SimpleStringProperty title;
        final SimpleStringProperty date;
        final ArticleExtractor.Candidate candidate;

        Row(ArticleExtractor.Candidate c) {
            this.candidate = c;
            this.accepted = new SimpleBooleanProperty(c.dated());
            this.title = new SimpleStringProperty(c.title());
            // a month and day whose year the text leaves open shows as --12-04: the reviewer types the year in
            this.date = new SimpleStringProperty(c.dated() ? c.event().when().start().toString()
                    : c.yearOpen() ? c.open().day().toString() : "");
        }

        List<String> organisations() {
            return candidate.dated() ? candidate.event().organisationNames() : candidate.open() == null ? List.of()
                    : candidate.open().organisations().stream().map(o -> o.organisation()).toList();
        }

        List<String> people() {
            return (candidate.dated() ? candidate.event().people() : candidate.open() == null ? List.<PersonRole>of()
                    : candidate.open().people()).stream().map(PersonRole::name).toList();
        }

        List<String> themes() {
            return candidate.dated() ? candidate.event().themes() : candidate.open() == null ? List.of()
                    : candidate.open().themes();
        }
    }

    private final Workspace workspace;
    private ImportService.Prepared prepared;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TextFlow article = new TextFlow();
    private final ScrollPane articleScroll = new ScrollPane(article);
    private final Label status = new Label();

    ReviewDialog(Workspace workspace, ImportService.Prepared prepared) {
        this.workspace = workspace;
        this.prepared = prepared;
    }

    Optional<ImportService.Prepared> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Review candidates — " + prepared.file().getFileName());
        dialog.setHeaderText("Tick the events to import; edit titles and dates where the text says more");
        ButtonType importButton = new ButtonType("Import ticked", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(1100, 700);
        dialog.getDialogPane().setMinSize(1000, 640);
        dialog.getDialogPane().setId("review-dialog");
        dialog.setResizable(true);
        fill();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != importButton) {
            return Optional.empty();
        }
        return Optional.of(accepted());
    }

    private BorderPane content() {
        TableView<Row> table = new TableView<>(rows);
        table.setId("candidates");
        table.setEditable(true);
        TableColumn<Row, Boolean> take = new TableColumn<>("Import");
        take.setCellValueFactory(c -> c.getValue().accepted);
        take.setCellFactory(CheckBoxTableCell.forTableColumn(take));
        take.setPrefWidth(60);
        TableColumn<Row, String> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> c.getValue().date);
        date.setCellFactory(TextFieldTableCell.forTableColumn());
        date.setPrefWidth(100);
        TableColumn<Row, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> c.getValue().title);
        title.setCellFactory(TextFieldTableCell.forTableColumn());
        title.setPrefWidth(300);
        TableColumn<Row, String> orgs = new TableColumn<>("Organisations");
        orgs.setCellValueFactory(c -> new SimpleStringProperty(String.join("; ", c.getValue().organisations())));
        orgs.setPrefWidth(220);
        TableColumn<Row, String> people = new TableColumn<>("People");
        people.setCellValueFactory(c -> new SimpleStringProperty(String.join("; ", c.getValue().people())));
        people.setPrefWidth(140);
        TableColumn<Row, String> themes = new TableColumn<>("Themes");
        themes.setCellValueFactory(c -> new SimpleStringProperty(String.join("; ", c.getValue().themes())));
        themes.setPrefWidth(160);
        TableColumn<Row, String> note = new TableColumn<>("Date note");
        note.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().candidate.note()));
        note.setPrefWidth(260);
        table.getColumns().addAll(List.of(take, date, title, orgs, people, themes, note));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> highlight(row));

        TextField reference = new TextField();
        reference.setPromptText("YYYY, YYYY-MM or YYYY-MM-DD");
        reference.setId("reference-date");
        javafx.scene.control.Button reread = new javafx.scene.control.Button("Re-read with this date");
        reread.setOnAction(e -> reread(reference.getText()));
        reference.setPrefColumnCount(12);
        Label published = new Label("Published on (resolves 'on Tuesday', 'last year'):");
        published.setMinWidth(Label.USE_PREF_SIZE);
        reread.setMinWidth(javafx.scene.control.Button.USE_PREF_SIZE);
        HBox line = new HBox(8, published, reference, reread);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(4, line, status);
        top.setPadding(new Insets(0, 0, 8, 0));
        article.setLineSpacing(3);
        article.setPadding(new Insets(10));
        articleScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, articleScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return new BorderPane(split, top, null, null, null);
    }

    private void fill() {
        rows.clear();
        prepared.article().candidates().forEach(c -> rows.add(new Row(c)));
        long open = prepared.article().candidates().stream().filter(ArticleExtractor.Candidate::yearOpen).count();
        status.setText(prepared.article().candidates().size() + " candidates; reference: "
                + prepared.article().referenceNote() + (open == 0 ? "" : "; " + open + " with no year in the text "
                + "(--MM-DD): type the year to import"));
        highlight(null);
    }

    private void reread(String text) {
        try {
            PartialDate ref = text == null || text.isBlank() ? null : PartialDate.parse(text);
            prepared = new ImportService(workspace).prepare(prepared.file(), prepared.format(),
                    new ImportOptions(null, java.util.Map.of(), ref));
            fill();
        } catch (RuntimeException e) {
            status.setText(UiErrors.message(e));
        }
    }

    private void highlight(Row row) {
        String text = prepared.article().source().text();
        article.getChildren().clear();
        if (row == null) {
            article.getChildren().add(plain(text));
            return;
        }
        int s = row.candidate.sentenceStart();
        int e = row.candidate.sentenceEnd();
        Text hit = new Text(text.substring(s, e));
        hit.getStyleClass().add("ts-quote-highlight");
        article.getChildren().addAll(plain(text.substring(0, s)), hit, plain(text.substring(e)));
        javafx.application.Platform.runLater(() -> {
            double h = article.getBoundsInLocal().getHeight();
            double v = articleScroll.getViewportBounds().getHeight();
            if (h > v) {
                articleScroll.setVvalue(Math.max(0, Math.min(1, (hit.getBoundsInParent().getMinY() - v / 3) / (h - v))));
            }
        });
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("ts-text");
        return t;
    }

    /**
     * A candidate whose year the text left open, as an event once the reviewer has typed a date with a year
     * ("2024-12-04", or "2024" for the month and day found); empty while the year is still open.
     */
    static Optional<TimelineEvent> completed(Row r) {
        ArticleExtractor.Open open = r.candidate.open();
        String typed = r.date.get() == null ? "" : r.date.get().strip();
        try {
            PartialDate d = PartialDate.parse(typed);
            String title = r.title.get().isBlank() ? r.candidate.title() : r.title.get().strip();
            String key = (open.evidence().isEmpty() ? "article" : open.evidence().get(0).sourceKey()) + "-"
                    + r.candidate.sentenceStart();
            TimelineEvent e = open.complete(key, title, d.year(), "year given by the reviewer; the article says '"
                    + r.candidate.note() + "'");
            if (d.precision() != org.timescope.model.Precision.YEAR && !d.equals(e.when().start())) {
                e = new TimelineEvent(e.key(), e.title(), e.summary(), e.category(), new DateSpan(d, null), false, false,
                        "date set by the reviewer", e.places(), e.organisations(), e.themes(), e.people(), e.evidence());
            }
            return Optional.of(e);
        } catch (IllegalArgumentException | java.time.DateTimeException notYet) {
            return Optional.empty();
        }
    }

    /** The prepared file with only the ticked, dated candidates, their titles and dates as edited. */
    ImportService.Prepared accepted() {
        List<TimelineEvent> events = new ArrayList<>();
        for (Row r : rows) {
            if (r.accepted.get() && r.candidate.yearOpen()) {
                completed(r).ifPresent(events::add); // only once the reviewer has given its year
                continue;
            }
            if (!r.accepted.get() || !r.candidate.dated()) {
                continue;
            }
            TimelineEvent e = r.candidate.event();
            DateSpan when = e.when();
            boolean inferred = e.inferred();
            String note = e.dateNote();
            try {
                PartialDate edited = PartialDate.parse(r.date.get());
                if (!edited.equals(when.start())) {
                    when = new DateSpan(edited, when.end() != null && !when.end().lastDay().isBefore(edited.firstDay())
                            ? when.end() : null);
                    inferred = false;
                    note = "date set by the reviewer";
                }
            } catch (IllegalArgumentException ignored) {
                // keep the extracted date when the edit is not a date
            }
            events.add(new TimelineEvent(e.key(), r.title.get().isBlank() ? e.title() : r.title.get().strip(), e.summary(),
                    e.category(), when, e.approximate(), inferred, note, e.places(), e.organisations(), e.themes(),
                    e.people(), e.evidence()));
        }
        Dataset d = prepared.dataset();
        return new ImportService.Prepared(prepared.file(), prepared.format(), new Dataset(d.themes(), d.organisations(),
                d.places(), d.sources(), events, d.indicators(), d.eras()), prepared.notes(), prepared.article());
    }

}
