package org.timescope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.timescope.exchange.importing.ImportFormat;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.Counts;
import org.timescope.service.ImportControl;
import org.timescope.service.ImportService;
import org.timescope.service.Workspace;

/**
 * File → Import… and files dropped on the window: each file is read off the FX thread with a progress
 * bar; articles go through the review dialog; then each file is stored in one transaction and a summary
 * says what was imported, skipped as already there, or refused and why.
 */
final class ImportFlow {

    private final Workspace workspace;
    private final Window owner;
    private final Runnable onImported;
    private final java.util.function.BiConsumer<ImportService.Report, java.util.function.Supplier<ImportService.Report>> onStored;

    ImportFlow(Workspace workspace, Window owner, Runnable onImported) {
        this(workspace, owner, onImported, (report, again) -> { });
    }

    /** {@code onStored} hears of each file stored, with a way to store it again (the undo stack's redo). */
    ImportFlow(Workspace workspace, Window owner, Runnable onImported,
               java.util.function.BiConsumer<ImportService.Report, java.util.function.Supplier<ImportService.Report>> onStored) {
        this.workspace = workspace;
        this.owner = owner;
        this.onImported = onImported;
        this.onStored = onStored;
    }

    void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import timeline files or news articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Timeline files and articles", "*.json", "*.csv", "*.timeline",
                        "*.txt", "*.html", "*.htm", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            run(files.stream().map(File::toPath).toList());
        }
    }

    void run(List<Path> files) {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        Label label = new Label("Reading…");
        Dialog<Void> progress = new Dialog<>();
        progress.initOwner(owner);
        progress.setTitle("Importing");
        progress.getDialogPane().setContent(new VBox(8, label, bar));
        progress.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        Task<List<Object>> read = new Task<>() {
            /** The file being read (its position in the list): the progress of a large one is shown. */
            private volatile int index;

            private final ImportControl control = new ImportControl() {
                @Override
                protected void waiting() {
                    updateProgress(-1, 1);
                    // short enough for the dialog's one line; Cancel beside it stops the wait
                    updateMessage("Waiting for another import or edit to finish…");
                }

                @Override
                protected void progress(long bytesRead, long bytesTotal, long events, boolean finishing) {
                    double part = bytesTotal <= 0 ? 0 : (double) bytesRead / bytesTotal;
                    if (finishing) {
                        updateProgress(-1, 1); // SQLite builds the indexes: no measure of how far, but not done
                    } else {
                        updateProgress(index + part, files.size());
                    }
                    Path f = files.get(index).getFileName();
                    updateMessage(finishing ? "Indexing and saving " + Counts.grouped(events) + " events of " + f + "…"
                            : "Importing " + f + ": " + Counts.grouped(events) + " events read (" + Math.round(part * 100) + "%)");
                }
            };

            @Override
            protected List<Object> call() {
                ImportService service = new ImportService(workspace);
                List<Object> prepared = new ArrayList<>();
                for (int i = 0; i < files.size(); i++) {
                    Path f = files.get(i);
                    if (control.cancelled()) {
                        prepared.add(new Cancelled(f, false));
                        continue;
                    }
                    index = i;
                    updateMessage("Reading " + f.getFileName() + " (" + (i + 1) + " of " + files.size() + ")");
                    updateProgress(i, files.size());
                    try {
                        ImportService.Prepared peek = null;
                        if (isArticle(f)) {
                            peek = service.prepare(f, null, ImportOptions.DEFAULT);
                        }
                        // everything but articles (which are reviewed first) is stored here, off the FX thread; an
                        // article's review gets the catalogue's names for its form here too
                        prepared.add(peek != null ? new ToReview(peek, vocabulary())
                                : service.importFile(f, null, ImportOptions.DEFAULT, control));
                    } catch (ImportService.ImportCancelledException e) {
                        prepared.add(new Cancelled(f, true));
                    } catch (RuntimeException e) {
                        String message = UiErrors.message(e);
                        prepared.add(message.contains("no column for the event's")
                                ? new Unmapped(f, message) : about(f, message));
                    }
                }
                updateProgress(files.size(), files.size());
                return prepared;
            }

            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                // Cancel stops the file being imported (rolled back) and skips the rest; the task still ends
                // normally, so the summary can say which files were stored and which were not
                control.cancel();
                return false;
            }
        };
        label.textProperty().bind(read.messageProperty());
        bar.progressProperty().bind(read.progressProperty());
        progress.setOnCloseRequest(e -> {
            if (read.isDone()) {
                return;
            }
            e.consume(); // the dialog stays until the rollback is done
            label.textProperty().unbind();
            label.setText("Cancelling… nothing of the file being imported will be stored");
            progress.getDialogPane().lookupButton(ButtonType.CANCEL).setDisable(true);
            read.cancel();
        });
        read.setOnSucceeded(e -> {
            progress.setResult(null);
            progress.close();
            finish(read.getValue());
        });
        read.setOnFailed(e -> {
            progress.setResult(null);
            progress.close();
            error(UiErrors.message(read.getException()));
        });
        Thread t = new Thread(read, "import");
        t.setDaemon(true);
        t.start();
        progress.show();
    }

    private void finish(List<Object> prepared) {
        ImportService service = new ImportService(workspace);
        List<String> lines = new ArrayList<>();
        boolean changed = false;
        int refusals = 0;
        for (Object o : prepared) {
            if (o instanceof Unmapped u) {
                o = mapped(u, lines);
                if (o == null) {
                    continue;
                }
            }
            if (o instanceof Cancelled c) {
                lines.add(c.file().getFileName() + ": not imported (" + (c.during()
                        ? "cancelled while importing; nothing of it was stored)" : "cancelled before it was read)"));
                continue;
            }
            if (o instanceof String refused) {
                lines.add("Refused — " + refused);
                refusals++;
                continue;
            }
            if (o instanceof ImportService.Report r) {
                changed |= r.added() > 0 || r.indicators() > 0;
                lines.add(line(r));
                onStored.accept(r, () -> new ImportService(workspace).importFile(r.file(), r.format(), ImportOptions.DEFAULT));
                continue;
            }
            ImportService.Prepared p = o instanceof ToReview t ? t.prepared() : (ImportService.Prepared) o;
            if (o instanceof ToReview t && p.format() == ImportFormat.ARTICLE) {
                Optional<ImportService.Prepared> reviewed = new ReviewDialog(workspace, p, t.vocabulary()).show(owner);
                if (reviewed.isEmpty()) {
                    lines.add(p.file().getFileName() + ": not imported (review cancelled)");
                    continue;
                }
                p = reviewed.get();
            }
            try {
                ImportService.Report r = service.store(p);
                changed |= r.added() > 0 || r.indicators() > 0;
                lines.add(line(r));
                ImportService.Prepared stored = p;
                onStored.accept(r, () -> new ImportService(workspace).store(stored));
            } catch (RuntimeException e) {
                lines.add("Refused — " + about(p.file(), UiErrors.message(e)));
                refusals++;
            }
        }
        boolean allRefused = refusals == prepared.size();
        Alert summary = new Alert(refusals > 0 ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION,
                String.join("\n", lines));
        summary.initOwner(owner);
        summary.setTitle("Import");
        summary.setHeaderText(prepared.stream().anyMatch(o -> o instanceof Cancelled) ? "Import cancelled"
                : allRefused ? (refusals == 1 ? "The file was refused; nothing was imported"
                        : "Every file was refused; nothing was imported")
                : refusals > 0 ? "Import finished; " + refusals + (refusals == 1 ? " file was" : " files were") + " refused"
                : "Import finished");
        summary.getDialogPane().setId("import-summary");
        summary.show();
        if (changed) {
            onImported.run();
        }
    }

    /** A refusal's message names the file once: the reader's own messages already begin with its path. */
    private static String about(Path file, String message) {
        String name = file.getFileName().toString();
        return message.contains(name) ? message : name + ": " + message;
    }

    private static String line(ImportService.Report r) {
        return r.file().getFileName() + " (" + r.format().label() + "): " + Counts.grouped(r.added()) + " imported"
                + (r.skipped() > 0 ? ", " + Counts.grouped(r.skipped()) + " skipped as already in the database" : "")
                + (r.indicators() > 0 ? ", " + Counts.grouped(r.indicators()) + " indicators" : "");
    }

    /** Whether a file will be read as an article (and so reviewed before it is stored). */
    private static boolean isArticle(Path f) {
        try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(f, java.nio.charset.StandardCharsets.UTF_8)) {
            char[] buffer = new char[16_384];
            int n = r.read(buffer);
            String head = n <= 0 ? "" : new String(buffer, 0, n);
            int cut = head.lastIndexOf('\n');
            return org.timescope.exchange.importing.FormatDetector.detect(cut > 0 ? head.substring(0, cut + 1) : head,
                    java.util.Map.of()) == ImportFormat.ARTICLE;
        } catch (java.io.IOException | RuntimeException e) {
            return false; // the import itself will say what is wrong with the file
        }
    }

    /** An article read and waiting for its review, with the catalogue's names its form offers. */
    private record ToReview(ImportService.Prepared prepared, org.timescope.ui.edit.Vocabulary vocabulary) {
    }

    /** The catalogue's names, read off the FX thread. */
    private org.timescope.ui.edit.Vocabulary vocabulary() {
        var c = workspace.catalog();
        return new org.timescope.ui.edit.Vocabulary(c.organisations(), c.people(), c.themes(), c.places());
    }

    /** A file not imported because the user pressed Cancel: while it was read ({@code during}), or before. */
    private record Cancelled(Path file, boolean during) {
    }

    /** A CSV file whose columns could not be told apart: the user maps them, then it is read again. */
    private record Unmapped(Path file, String reason) {
    }

    private Object mapped(Unmapped u, List<String> lines) {
        Optional<java.util.Map<String, String>> map = MappingDialog.ask(owner, u.file(), u.reason());
        if (map.isEmpty()) {
            lines.add(u.file().getFileName() + ": not imported (no column mapping)");
            return null;
        }
        try {
            return new ImportService(workspace).prepare(u.file(), ImportFormat.CSV,
                    new ImportOptions(null, map.get(), null));
        } catch (RuntimeException e) {
            return about(u.file(), UiErrors.message(e));
        }
    }

    private void error(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.initOwner(owner);
        a.setHeaderText("Import failed");
        a.show();
    }
}
