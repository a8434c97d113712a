package org.timescope.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The error dialog of an exception nobody caught: a short message, where the log is (selectable, to paste in a
 * file manager or a terminal), "Copy details" (the report for a bug, to the clipboard; the dialog stays open)
 * and "Continue". Not modal-blocking: it is shown from a later pulse and calls back when closed.
 */
final class CrashDialog {

    static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
    static final ButtonType CONTINUE = new ButtonType("Continue", ButtonBar.ButtonData.OK_DONE);

    private CrashDialog() {
    }

    static Alert show(CrashReport report, Runnable closed) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", COPY, CONTINUE);
        alert.setTitle("Timescope — error");
        alert.setHeaderText("Something went wrong");
        Label message = new Label(report.message());
        message.setWrapText(true);
        Label where = new Label(report.log() == null ? report.logLine() : "The details are also in this log file:");
        where.setWrapText(true);
        VBox content = new VBox(10, message, where);
        if (report.log() != null) {
            TextField path = new TextField(report.log().toString());
            path.setEditable(false);
            path.setId("crash-log-path");
            content.getChildren().add(path);
        }
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("crash-dialog");
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(report.details());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(clip);
            copy.setText("Copied");
            e.consume(); // copying does not close the dialog
        });
        Window owner = Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setOnHidden(e -> closed.run());
        alert.show();
        return alert;
    }
}
