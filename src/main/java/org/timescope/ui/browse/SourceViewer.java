package org.timescope.ui.browse;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.timescope.model.Evidence;
import org.timescope.model.Source;
import org.timescope.ui.Styles;

/**
 * A window with a source's full text, the quote marked as with a highlighter (a tinted band behind the words, not
 * the colour and underline of a link) and scrolled into view. Close, Esc and Ctrl+W close it.
 */
public final class SourceViewer {
    private SourceViewer() {
    }

    public static Stage open(Window owner, Source source, Evidence evidence) {
        String body = source.text();
        Text before = new Text(body.substring(0, evidence.start()));
        Text quote = new Text(body.substring(evidence.start(), evidence.end()));
        Text after = new Text(body.substring(evidence.end()));
        before.getStyleClass().add("ts-text");
        after.getStyleClass().add("ts-text");
        quote.getStyleClass().add("ts-quote-highlight");
        quote.setId("source-quote");
        TextFlow flow = new TextFlow(before, quote, after);
        flow.setLineSpacing(3);
        flow.setPadding(new Insets(16));
        flow.getStyleClass().add("ts-source-text");
        javafx.scene.shape.Path mark = new javafx.scene.shape.Path();
        mark.getStyleClass().add("ts-quote-mark");
        mark.setManaged(false);
        // rangeShape is in the flow's content coordinates, inside its padding
        mark.setLayoutX(flow.getPadding().getLeft());
        mark.setLayoutY(flow.getPadding().getTop());
        int from = evidence.start();
        int to = evidence.end();
        // the band follows the quote's lines whenever the text is laid out again (the window resized)
        flow.layoutBoundsProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(
                () -> mark.getElements().setAll(flow.rangeShape(from, to))));
        javafx.scene.layout.Pane text = new javafx.scene.layout.Pane();
        javafx.scene.layout.StackPane page = new javafx.scene.layout.StackPane(text, flow);
        text.getChildren().add(mark);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("source-text");
        Label title = new Label(source.title());
        title.setWrapText(true);
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        String meta = String.join(" · ", java.util.stream.Stream.of(source.author(), source.publisher(),
                source.published() == null ? null : "published " + source.published().display(), source.url(),
                "quote at characters " + evidence.start() + "–" + evidence.end())
                .filter(java.util.Objects::nonNull).toList());
        Label metaLabel = new Label(meta);
        metaLabel.setWrapText(true);
        metaLabel.getStyleClass().add(Styles.MUTED);
        VBox head = new VBox(4, title, metaLabel);
        head.setPadding(new Insets(12, 16, 8, 16));
        javafx.scene.control.Button close = new javafx.scene.control.Button("Close");
        close.setId("source-close");
        close.setCancelButton(true); // Esc
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 16, 10, 16));
        BorderPane root = new BorderPane(scroll, head, null, buttons, null);
        root.setId("source-viewer");
        Scene scene = new Scene(root, 760, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Source — " + source.title());
        stage.setScene(scene);
        close.setOnAction(e -> stage.close());
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+W"), stage::close);
        stage.show();
        // scroll once the text has its size: put the quote about a third from the top
        javafx.application.Platform.runLater(() -> {
            double height = flow.getBoundsInLocal().getHeight();
            double y = quote.getBoundsInParent().getMinY();
            double viewport = scroll.getViewportBounds().getHeight();
            if (height > viewport) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (height - viewport))));
            }
        });
        return stage;
    }
}
