package org.timescope.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.timescope.model.SavedView;
import org.timescope.service.SnapshotFormat;
import org.timescope.service.SnapshotRequest;
import org.timescope.service.SnapshotService;
import org.timescope.service.Workspace;

/**
 * File → Export snapshot…: format, size (pixels or a page), resolution and the optional parts, with a
 * preview drawn by the same service the command line uses. Choices are remembered for next time.
 */
final class SnapshotDialog {

    /** Page sizes in pixels at 96 per inch. */
    static final Map<String, double[]> SIZES = new LinkedHashMap<>();

    static {
        SIZES.put("Current window width", null);
        SIZES.put("A4 landscape (297×210 mm)", new double[] {1123, 794});
        SIZES.put("A4 portrait (210×297 mm)", new double[] {794, 1123});
        SIZES.put("US Letter landscape", new double[] {1056, 816});
        SIZES.put("Slide 16:9 (1920×1080)", new double[] {1920, 1080});
        SIZES.put("Wide figure (3840 × as tall as needed)", new double[] {3840, 0});
        SIZES.put("Custom", new double[] {1600, 0});
    }

    private final Workspace workspace;
    private final SavedView view;
    private final double windowWidth;
    private final Map<String, String> remembered;
    private final ChoiceBox<SnapshotFormat> format = new ChoiceBox<>();
    private final ChoiceBox<String> size = new ChoiceBox<>();
    private final Spinner<Integer> width = new Spinner<>(300, 20000, 1600, 100);
    private final Spinner<Integer> height = new Spinner<>(0, 20000, 0, 100);
    private final ChoiceBox<String> resolution = new ChoiceBox<>();
    private final TextField title = new TextField();
    private final CheckBox caption = new CheckBox("Caption (filters, dates, data source)");
    private final CheckBox legend = new CheckBox("Theme legend");
    private final CheckBox footnote = new CheckBox("Selected event as a footnote");
    private final CheckBox strips = new CheckBox();
    private final java.util.List<String> series;
    private final ImageView preview = new ImageView();
    private final Label problem = new Label();
    /** Settings change faster than previews draw: only the newest preview is shown. */
    private final LatestRequest previews = new LatestRequest();

    /** @param series the statistics series the window shows in strips (the figure can have them too) */
    SnapshotDialog(Workspace workspace, SavedView view, double windowWidth, Map<String, String> remembered,
                   java.util.List<String> series) {
        this.series = java.util.List.copyOf(series);
        strips.setText(this.series.isEmpty() ? "Statistics strips (none shown: View → Statistics…)"
                : "Statistics strips: " + String.join("; ", this.series));
        strips.setSelected(!this.series.isEmpty());
        strips.setDisable(this.series.isEmpty());
        strips.setWrapText(true);
        this.workspace = workspace;
        this.view = view;
        this.windowWidth = windowWidth;
        this.remembered = remembered;
    }

    /** Shows the dialog; returns the choices to remember (also when cancelled). */
    Map<String, String> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export snapshot");
        dialog.setHeaderText("Export the timeline as it is configured: window, lanes, filters");
        ButtonType save = new ButtonType("Save…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().setId("snapshot-dialog");
        dialog.getDialogPane().setPrefWidth(860);
        dialog.getDialogPane().setMinWidth(820);
        dialog.setResizable(true);
        restore();
        refreshPreview();
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) == save) {
            saveTo(owner);
        }
        return choices();
    }

    private GridPane form() {
        format.getItems().addAll(SnapshotFormat.values());
        size.getItems().addAll(SIZES.keySet());
        resolution.getItems().addAll("1× (screen)", "2× (sharp on high-density screens)", "300 dpi (print)");
        width.setEditable(true);
        height.setEditable(true);
        title.setPromptText("Optional title");
        size.setOnAction(e -> applySize());
        resolution.setOnAction(e -> refreshPreview());
        width.valueProperty().addListener((o, a, b) -> refreshPreview());
        height.valueProperty().addListener((o, a, b) -> refreshPreview());
        caption.setOnAction(e -> refreshPreview());
        legend.setOnAction(e -> refreshPreview());
        footnote.setOnAction(e -> refreshPreview());
        strips.setOnAction(e -> refreshPreview());
        title.setOnAction(e -> refreshPreview());
        format.setOnAction(e -> resolution.setDisable(format.getValue() != SnapshotFormat.PNG));
        caption.setId("snapshot-caption");
        width.setId("snapshot-width");
        preview.setId("snapshot-preview");
        GridPane grid = new GridPane();
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new javafx.scene.layout.ColumnConstraints());
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        int row = 0;
        grid.addRow(row++, new Label("Format"), format);
        grid.addRow(row++, new Label("Size"), size);
        height.setTooltip(new javafx.scene.control.Tooltip("0: as tall as the timeline needs"));
        Label auto = new Label("height 0: as tall as the timeline needs");
        auto.getStyleClass().add("ts-muted");
        grid.addRow(row++, new Label("Width × height (px)"), new javafx.scene.layout.VBox(2,
                new HBox(6, width, new Label("×"), height), auto));
        grid.addRow(row++, new Label("Resolution (PNG)"), resolution);
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row++, new Label("Include"), new javafx.scene.layout.VBox(4, caption, legend, footnote,
                strips));
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        ScrollPane box = new ScrollPane(preview);
        box.setPrefViewportHeight(380);
        box.setPrefViewportWidth(760);
        box.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        preview.fitWidthProperty().bind(box.widthProperty().subtract(20));
        grid.add(box, 0, row++, 2, 1);
        problem.getStyleClass().add(org.timescope.ui.Styles.MUTED);
        grid.add(problem, 0, row, 2, 1);
        return grid;
    }

    private void applySize() {
        double[] wh = SIZES.get(size.getValue());
        if (wh == null) {
            width.getValueFactory().setValue((int) Math.max(300, windowWidth));
            height.getValueFactory().setValue(0);
        } else if (!"Custom".equals(size.getValue())) {
            width.getValueFactory().setValue((int) wh[0]);
            height.getValueFactory().setValue((int) wh[1]);
        }
        refreshPreview();
    }

    private double scale() {
        String r = resolution.getValue() == null ? "" : resolution.getValue();
        return r.startsWith("2×") ? 2 : r.startsWith("300") ? 300 / 96.0 : 1;
    }

    SnapshotRequest request(double scale) {
        Integer h = height.getValue();
        return new SnapshotRequest(view, width.getValue(), h == null || h == 0 ? null : (double) h, scale,
                title.getText() == null || title.getText().isBlank() ? null : title.getText().strip(),
                caption.isSelected(), legend.isSelected(), footnote.isSelected())
                .withSeries(strips.isSelected() ? series : java.util.List.of());
    }

    private void refreshPreview() {
        SnapshotRequest r;
        try {
            r = request(1);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        Task<Image> task = new Task<>() {
            @Override
            protected Image call() throws IOException {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new SnapshotService(workspace).write(r, SnapshotFormat.PNG, out);
                return new Image(new ByteArrayInputStream(out.toByteArray()));
            }
        };
        long ticket = previews.next();
        task.setOnSucceeded(e -> previews.<Image>onlyIfLatest(ticket, image -> {
            preview.setImage(image);
            problem.setText("Preview of " + (int) r.width() + " × " + (int) image.getHeight()
                    + " px (the saved file uses the resolution chosen above)");
        }).accept(task.getValue()));
        task.setOnFailed(e -> previews.<Throwable>onlyIfLatest(ticket, x -> problem.setText(UiErrors.message(x)))
                .accept(task.getException()));
        Thread t = new Thread(task, "snapshot-preview");
        t.setDaemon(true);
        t.start();
    }

    private void saveTo(Window owner) {
        SnapshotFormat f = format.getValue() == null ? SnapshotFormat.PNG : format.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save snapshot");
        chooser.setInitialFileName("timeline." + f.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        String lastDir = remembered.get("dir");
        if (lastDir != null && new File(lastDir).isDirectory()) {
            chooser.setInitialDirectory(new File(lastDir));
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        remembered.put("dir", file.getParent());
        try {
            write(file.toPath(), f, request(scale()));
            javafx.scene.control.Alert done = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.INFORMATION, f.name() + " written to " + file + " ("
                    + org.timescope.model.Counts.grouped(Math.max(1, Files.size(file.toPath()) / 1024)) + " KB)");
            done.initOwner(owner);
            done.setHeaderText("Snapshot saved");
            done.getDialogPane().setId("snapshot-saved");
            done.showAndWait();
        } catch (IOException | RuntimeException e) {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    file + "\n\n" + UiErrors.message(e));
            a.setHeaderText("The snapshot could not be saved");
            a.showAndWait();
        }
    }

    void write(Path file, SnapshotFormat f, SnapshotRequest r) throws IOException {
        workspace.refuseAsOutput(file);
        Path temp = file.resolveSibling("." + file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            new SnapshotService(workspace).write(r, f, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp); // a failed snapshot leaves nothing behind, not half a file
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private void restore() {
        format.setValue(SnapshotFormat.valueOf(remembered.getOrDefault("format", "PNG")));
        size.setValue(remembered.getOrDefault("size", "Current window width"));
        applySize();
        if ("Custom".equals(size.getValue())) {
            width.getValueFactory().setValue(Integer.parseInt(remembered.getOrDefault("width", "1600")));
            height.getValueFactory().setValue(Integer.parseInt(remembered.getOrDefault("height", "0")));
        }
        resolution.setValue(remembered.getOrDefault("resolution", "1× (screen)"));
        resolution.setDisable(format.getValue() != SnapshotFormat.PNG);
        title.setText(remembered.getOrDefault("title", ""));
        caption.setSelected(Boolean.parseBoolean(remembered.getOrDefault("caption", "true")));
        legend.setSelected(Boolean.parseBoolean(remembered.getOrDefault("legend", "true")));
        footnote.setSelected(Boolean.parseBoolean(remembered.getOrDefault("footnote", "true")));
    }

    private Map<String, String> choices() {
        Map<String, String> c = new LinkedHashMap<>(remembered);
        c.put("format", format.getValue() == null ? "PNG" : format.getValue().name());
        c.put("size", size.getValue());
        c.put("width", String.valueOf(width.getValue()));
        c.put("height", String.valueOf(height.getValue()));
        c.put("resolution", resolution.getValue());
        c.put("title", title.getText() == null ? "" : title.getText());
        c.put("caption", String.valueOf(caption.isSelected()));
        c.put("legend", String.valueOf(legend.isSelected()));
        c.put("footnote", String.valueOf(footnote.isSelected()));
        return c;
    }
}
