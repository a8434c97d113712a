package org.timescope.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.timescope.model.EventFilter;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;
import org.timescope.service.Workspace;

/**
 * The main window: a search bar, the table of events, the detail pane of the selected event and a status
 * bar. The filter state is one {@link EventFilter}, the same value the command line builds.
 */
final class MainWindow extends BorderPane {

    private final TextField search = new TextField();
    private final EventTable table = new EventTable();
    private final DetailPane detail = new DetailPane();
    private final Label status = new Label("Opening database…");
    private Workspace workspace;
    private int total;

    MainWindow() {
        getStyleClass().add(Styles.MAIN_WINDOW);
        search.setPromptText("Search titles, summaries and quotes");
        search.setPrefColumnCount(32);
        search.setId("search");
        search.setOnAction(e -> refresh());
        search.textProperty().addListener((obs, old, text) -> refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar toolbar = new ToolBar(new Label("Search"), search, spacer);
        setTop(toolbar);

        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        setCenter(split);

        status.getStyleClass().add(Styles.STATUS_BAR);
        status.setPadding(new Insets(4, 10, 4, 10));
        status.setMaxWidth(Double.MAX_VALUE);
        status.setId("status");
        setBottom(status);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, event) -> detail.show(event));
    }

    void show(Workspace opened) {
        this.workspace = opened;
        Map<String, Source> sources = opened.catalog().sources().stream()
                .collect(Collectors.toMap(Source::key, Function.identity()));
        detail.setSources(sources);
        total = opened.events().count(EventFilter.ALL);
        refresh();
    }

    private void refresh() {
        if (workspace == null) {
            return;
        }
        EventFilter filter = EventFilter.ALL.withText(search.getText());
        try {
            List<TimelineEvent> events = workspace.events().find(filter);
            table.setItems(FXCollections.observableArrayList(events));
            status.setText(events.size() + " of " + total + " events"
                    + (filter.text() == null ? "" : " · text: \"" + filter.text() + "\"")
                    + "   ·   ~ approximate date   * inferred date");
            if (!events.isEmpty()) {
                table.getSelectionModel().selectFirst();
            } else {
                detail.show(null);
            }
        } catch (RuntimeException e) {
            status.setText(UiErrors.message(e));
        }
    }
}
