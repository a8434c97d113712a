package org.timescope.ui;

import java.util.List;
import javafx.application.Platform;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;
import org.timescope.ui.browse.BrowserModel;

/**
 * Imports into the window's collection (File → Import…, files named on the command line, files dropped on the
 * window) and what follows one: the import becomes one undo step, the collection is read again off the FX thread
 * and the window is built again on it, keeping the view.
 */
final class DataReload {
    private final MainWindow window;
    private final Workspace workspace;
    private final org.timescope.ui.edit.Curation curation;
    private final StatusLine status;

    DataReload(MainWindow window, Workspace workspace, org.timescope.ui.edit.Curation curation, StatusLine status) {
        this.window = window;
        this.workspace = workspace;
        this.curation = curation;
        this.status = status;
    }

    /** Files dropped anywhere on the window are imported. */
    void acceptDroppedFiles() {
        window.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        window.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<java.nio.file.Path> files = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                Platform.runLater(() -> importFlow().run(files));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    ImportFlow importFlow() {
        return new ImportFlow(workspace, window.getScene().getWindow(), this::reload, this::imported);
    }

    /**
     * After an import the vocabulary and the events have changed: the database is read again off the FX
     * thread (this window stays usable meanwhile), then the window is built again on it, keeping the view
     * (filters, lanes, time window), the split positions and export choices.
     */
    void reload() {
        if (window.getScene() == null) {
            return;
        }
        status.show("Reading " + workspace.file() + " again after the import …");
        javafx.concurrent.Task<BrowserModel> task = new javafx.concurrent.Task<>() {
            @Override
            protected BrowserModel call() {
                return new BrowserModel(workspace);
            }
        };
        task.setOnSucceeded(e -> replaceWith(task.getValue()));
        task.setOnFailed(e -> status.show("The database could not be read again after the import: "
                + UiErrors.message(task.getException())));
        Thread thread = new Thread(task, "reload-database");
        thread.setDaemon(true);
        thread.start();
    }

    private void replaceWith(BrowserModel fresh) {
        if (window.getScene() == null) {
            return;
        }
        WindowState.View view = window.viewState();
        MainWindow next = window.successor(workspace, fresh);
        window.getScene().setRoot(next);
        next.restore(view);
    }

    /** An import done in this window is one undo step; redo imports the file again. */
    private void imported(ImportService.Report report, java.util.function.Supplier<ImportService.Report> again) {
        curation.pushImport(report.group(), "Import of " + report.file().getFileName(), () -> {
            ImportService.Report r = again.get();
            // a "collection" change: the window reads the vocabulary again, as after an import's undo
            return new org.timescope.service.edit.EditResult(r.group(), "import", "Import of " + r.file().getFileName(),
                    List.of(new org.timescope.model.Change("collection", r.file().getFileName().toString(), "*", null, null)));
        });
    }
}
