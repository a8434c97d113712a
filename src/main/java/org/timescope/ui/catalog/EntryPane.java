package org.timescope.ui.catalog;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.timescope.model.OrganisationKind;
import org.timescope.service.edit.Kind;
import org.timescope.ui.catalog.CatalogModel.Entry;

/**
 * The form of one list's selected entry: only the fields that list has. It shows an {@link EntryForm} and writes
 * the controls back into it ({@link #collect()}); deciding and saving are the form's and the window's.
 */
final class EntryPane extends GridPane {
    private static final String NONE = "(none)";

    private final Kind kind;
    private final TextField name = field("name");
    private final TextArea description = new TextArea();
    private final SearchableComboBox<String> parent = new SearchableComboBox<>();
    private final ComboBox<OrganisationKind> organisationKind =
            new ComboBox<>(FXCollections.observableArrayList(OrganisationKind.values()));
    private final TextField acronym = field("acronym");
    private final ListView<String> aliases = new ListView<>();
    private final ColorPicker colour = new ColorPicker();
    private final CheckBox paletteColour = new CheckBox("Palette colour");
    private final TextField placeKind = field("place-kind");
    private final TextField title = field("title");
    private final TextField author = field("author");
    private final TextField publisher = field("publisher");
    private final TextField url = field("url");
    private final TextField published = field("published");
    private EntryForm form;
    private int row;

    EntryPane(Kind kind) {
        this.kind = kind;
        setHgap(10);
        setVgap(8);
        setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
        description.setId("entry-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        parent.setId("entry-parent");
        parent.setMaxWidth(Double.MAX_VALUE);
        organisationKind.setId("entry-kind");
        organisationKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrganisationKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public OrganisationKind fromString(String s) {
                return OrganisationKind.parse(s);
            }
        });
        colour.setId("entry-colour");
        paletteColour.setId("entry-palette-colour");
        colour.disableProperty().bind(paletteColour.selectedProperty());
        build();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId("entry-" + id);
        return f;
    }

    private void build() {
        add(kind == Kind.SOURCE ? "Key" : "Name", name);
        switch (kind) {
            case ORGANISATION -> {
                add("Acronym", acronym);
                add("Kind", organisationKind);
                add("Inside", parent);
                add("Aliases", aliasEditor());
                add("Note", description);
            }
            case THEME -> {
                HBox line = new HBox(10, colour, paletteColour);
                line.setAlignment(Pos.CENTER_LEFT);
                add("Colour", line);
                add("Description", description);
            }
            case PLACE -> {
                add("Kind", placeKind);
                placeKind.setPromptText("city, district, country …");
                add("Inside", parent);
            }
            case SOURCE -> {
                add("Title", title);
                add("Author", author);
                add("Publisher", publisher);
                add("URL", url);
                add("Published", published);
                published.setPromptText("YYYY, YYYY-MM or YYYY-MM-DD");
            }
            default -> {
            }
        }
    }

    private Node aliasEditor() {
        aliases.setId("entry-aliases");
        aliases.setEditable(true);
        aliases.setCellFactory(TextFieldListCell.forListView());
        aliases.setPrefHeight(110);
        Button add = new Button("Add", new FontIcon("mdi2p-plus"));
        add.setId("alias-add");
        add.setOnAction(e -> {
            aliases.getItems().add("");
            int at = aliases.getItems().size() - 1;
            aliases.layout();
            aliases.edit(at);
        });
        Button remove = new Button("Remove", new FontIcon("mdi2m-minus"));
        remove.setId("alias-remove");
        remove.disableProperty().bind(aliases.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> aliases.getItems().remove(aliases.getSelectionModel().getSelectedIndex()));
        HBox buttons = new HBox(6, add, remove);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(6, aliases, buttons);
        return box;
    }

    private void add(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(5, 0, 0, 0));
        add(label, 0, row);
        add(control, 1, row++);
        if (control instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
    }

    /** Shows an entry of the catalogue just read. */
    void show(CatalogModel catalog, Entry entry) {
        form = new EntryForm(catalog, entry);
        setDisable(false);
        name.setText(form.name);
        description.setText(form.description == null ? "" : form.description);
        if (CatalogModel.nested(kind)) {
            List<String> others = catalog.entries(kind).stream().map(Entry::name)
                    .filter(n -> !n.equals(entry.name())).toList();
            List<String> choices = new java.util.ArrayList<>(List.of(NONE));
            choices.addAll(others);
            parent.setValue(null); // SearchableComboBox fails when its items change under a selected value
            parent.setItems(FXCollections.observableArrayList(choices));
            parent.setValue(form.parent == null ? NONE : form.parent);
        }
        organisationKind.setValue(form.organisationKind);
        acronym.setText(orEmpty(form.acronym));
        aliases.getItems().setAll(form.aliases);
        paletteColour.setSelected(form.colour == null);
        colour.setValue(form.colour == null ? paletteColour(catalog, entry) : Color.web(form.colour));
        placeKind.setText(orEmpty(form.placeKind));
        title.setText(orEmpty(form.title));
        author.setText(orEmpty(form.author));
        publisher.setText(orEmpty(form.publisher));
        url.setText(orEmpty(form.url));
        published.setText(orEmpty(form.published));
    }

    /** Nothing selected: an empty, disabled form. */
    void clear() {
        form = null;
        name.clear();
        setDisable(true);
    }

    /** The form with the controls' values written into it, or null when nothing is shown. */
    EntryForm collect() {
        if (form == null) {
            return null;
        }
        form.name = name.getText();
        form.description = description.getText();
        form.parent = NONE.equals(parent.getValue()) ? null : parent.getValue();
        form.organisationKind = organisationKind.getValue();
        form.acronym = acronym.getText();
        form.aliases = List.copyOf(aliases.getItems());
        form.colour = paletteColour.isSelected() ? null : hex(colour.getValue());
        form.placeKind = placeKind.getText();
        form.title = title.getText();
        form.author = author.getText();
        form.publisher = publisher.getText();
        form.url = url.getText();
        form.published = published.getText();
        return form;
    }

    /** The colour the timeline gives a theme without its own: its slot in the vocabulary's order. */
    private static Color paletteColour(CatalogModel catalog, Entry entry) {
        int slot = catalog.entries(Kind.THEME).indexOf(entry);
        org.timescope.render.Rgb rgb = org.timescope.render.PaintStyle.LIGHT.theme(Math.max(0, slot));
        return Color.rgb(rgb.r(), rgb.g(), rgb.b());
    }

    TextField nameField() {
        return name;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
