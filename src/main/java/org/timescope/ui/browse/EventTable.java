package org.timescope.ui.browse;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.timescope.model.DateSpan;
import org.timescope.model.TimelineEvent;

/** The sortable table of events: date at its precision, title, organisations, themes. */
public final class EventTable extends TableView<TimelineEvent> {

    // A row's event is read from the store when it is shown (LazyEvents). Between a write and the window's update
    // from it (a duplicate undone at once, another program's delete) a row can name an event the store no longer
    // holds: it is empty until the update lands, not an exception in the middle of a layout.

    public EventTable() {
        setId("event-table");
        TableColumn<TimelineEvent, DateSpan> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : c.getValue().when()));
        date.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(DateSpan item, boolean empty) {
                super.updateItem(item, empty);
                TimelineEvent event = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(item == null || event == null ? null : DatesText.shortForm(event));
            }
        });
        date.setPrefWidth(165);
        date.setMinWidth(178);
        TableColumn<TimelineEvent, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? null : c.getValue().title()));
        title.setPrefWidth(300);
        TableColumn<TimelineEvent, String> orgs = new TableColumn<>("Organisations");
        orgs.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? null
                : String.join("; ", c.getValue().organisationNames())));
        orgs.setPrefWidth(200);
        TableColumn<TimelineEvent, String> themes = new TableColumn<>("Themes");
        themes.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? null
                : String.join("; ", c.getValue().themes())));
        themes.setPrefWidth(160);
        getColumns().add(date);
        getColumns().add(title);
        getColumns().add(orgs);
        getColumns().add(themes);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // sorting works on the columns of the index: no event is read to sort a million rows
        setSortPolicy(table -> {
            if (!(getItems() instanceof LazyEvents lazy)) {
                return TableView.DEFAULT_SORT_POLICY.call(table);
            }
            lazy.reorder(TableSort.order(lazy, getSortOrder().isEmpty() ? null : getSortOrder().get(0),
                    date, title, orgs, themes));
            return true;
        });
        setPlaceholder(new javafx.scene.control.Label("No events match"));
    }
}
