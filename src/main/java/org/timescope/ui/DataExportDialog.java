package org.timescope.ui;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.timescope.model.EventFilter;
import org.timescope.service.ExportFormat;
import org.timescope.service.ExportService;
import org.timescope.service.Workspace;

/** File → Export data…: the events the window shows, in the format chosen in the save dialog. */
final class DataExportDialog {

    private static final Map<String, ExportFormat> FILTERS = new LinkedHashMap<>();

    static {
        FILTERS.put("Timescope JSON (re-importable)", ExportFormat.JSON);
        FILTERS.put("CSV (spreadsheets)", ExportFormat.CSV);
        FILTERS.put("TimelineJS JSON (publish on the web)", ExportFormat.TIMELINEJS);
        FILTERS.put("iCalendar (calendars)", ExportFormat.ICS);
    }

    private final Workspace workspace;
    private final EventFilter filter;
    private final Map<String, String> remembered;

    DataExportDialog(Workspace workspace, EventFilter filter, Map<String, String> remembered) {
        this.workspace = workspace;
        this.filter = filter;
        this.remembered = remembered;
    }

    void show(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export data");
        FILTERS.forEach((label, f) -> chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(label, "*." + extension(f))));
        String last = remembered.getOrDefault("dataFormat", ExportFormat.JSON.name());
        chooser.getExtensionFilters().stream()
                .filter(x -> FILTERS.get(x.getDescription()).name().equals(last)).findFirst()
                .ifPresent(chooser::setSelectedExtensionFilter);
        chooser.setInitialFileName("events." + extension(ExportFormat.valueOf(last)));
        String dir = remembered.get("dir");
        if (dir != null && new File(dir).isDirectory()) {
            chooser.setInitialDirectory(new File(dir));
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        ExportFormat format = FILTERS.get(chooser.getSelectedExtensionFilter().getDescription());
        remembered.put("dataFormat", format.name());
        remembered.put("dir", file.getParent());
        try {
            int count = write(file.toPath(), format);
            Alert done = new Alert(Alert.AlertType.INFORMATION, count + " events written to " + file);
            done.setHeaderText("Exported");
            done.showAndWait();
        } catch (IOException | RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, file + "\n\n" + UiErrors.message(e));
            a.setHeaderText("The data could not be exported");
            a.showAndWait();
        }
    }

    int write(Path file, ExportFormat format) throws IOException {
        workspace.refuseAsOutput(file); // the collection's own file chosen in the dialog: refused, not overwritten
        Path temp = file.resolveSibling("." + file.getFileName() + ".part");
        int count;
        try (OutputStream out = Files.newOutputStream(temp)) {
            count = new ExportService(workspace).export(filter, format, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp); // a failed export leaves nothing behind, not half a file
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        return count;
    }

    static String extension(ExportFormat f) {
        return switch (f) {
            case JSON -> "json";
            case CSV -> "csv";
            case TIMELINEJS -> "timelinejs.json";
            case ICS -> "ics";
        };
    }
}
