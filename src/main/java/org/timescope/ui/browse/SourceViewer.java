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

/** A window with a source's full text, the quote highlighted and scrolled into view. */
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
        ScrollPane scroll = new ScrollPane(flow);
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
        BorderPane root = new BorderPane(scroll, head, null, null, null);
        Scene scene = new Scene(root, 760, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Source — " + source.title());
        stage.setScene(scene);
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
