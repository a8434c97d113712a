package org.timescope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Logger;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nothing caught: logged with its trace, shown in one dialog with the log's path and "Copy details". */
@ExtendWith(ApplicationExtension.class)
class CrashDialogTest {

    @TempDir
    Path dir;
    private Handler[] before;
    private RunLog log;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new Label("window"), 400, 300));
        stage.show();
    }

    @AfterEach
    void restore() {
        if (log != null) {
            log.close();
        }
        if (before != null) {
            for (Handler h : before) {
                Logger.getLogger("").addHandler(h);
            }
        }
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#crash-dialog") != null).toList().forEach(Window::hide));
    }

    private static IllegalStateException failure() {
        return new IllegalStateException("layout went wrong");
    }

    @Test
    void anUncaughtExceptionIsLoggedAndShownWithTheLogAndItsDetails(FxRobot robot) throws Exception {
        before = Logger.getLogger("").getHandlers();
        log = RunLog.start(dir.resolve("timescope")).orElseThrow();
        CrashHandler handler = new CrashHandler(log.file(), report -> CrashDialog.show(report, () -> { }));
        handler.uncaughtException(Thread.currentThread(), failure());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#crash-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#crash-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(robot.from(pane).lookup((Label l) -> l.getText().startsWith("Timescope ran into an error")).tryQuery())
                .isPresent();
        TextField path = robot.lookup("#crash-log-path").queryAs(TextField.class);
        assertThat(path.getText()).isEqualTo(dir.resolve("timescope").resolve("timescope-0.log").toString());

        String logged = Files.readString(log.file());
        assertThat(logged).contains("SEVERE org.timescope.ui: Uncaught exception in thread")
                .contains("java.lang.IllegalStateException: layout went wrong")
                .contains("at org.timescope.ui.CrashDialogTest.failure");

        Button copy = (Button) pane.lookupButton(CrashDialog.COPY);
        robot.clickOn(copy);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> copy.getText().equals("Copied"));
        String clip = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get(10, TimeUnit.SECONDS);
        assertThat(clip).startsWith("Timescope ").contains("\nJava 17").contains("Log: " + log.file())
                .contains("java.lang.IllegalStateException: layout went wrong");
        assertThat(pane.getScene().getWindow().isShowing()).as("copying keeps the dialog open").isTrue();

        Window dialog = pane.getScene().getWindow();
        robot.clickOn((Button) pane.lookupButton(CrashDialog.CONTINUE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
    }

    @Test
    void anErrorRepeatedWhileTheDialogIsOpenIsOnlyLogged(FxRobot robot) throws Exception {
        int[] shown = new int[1];
        CrashHandler[] handler = new CrashHandler[1];
        handler[0] = new CrashHandler(null, report -> shown[0]++);
        for (int i = 0; i < 5; i++) {
            handler[0].uncaughtException(Thread.currentThread(), failure());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown[0]).isEqualTo(1);
        handler[0].closed();
        handler[0].uncaughtException(Thread.currentThread(), failure());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown[0]).isEqualTo(2);
    }

    @Test
    void withoutALogTheDialogSaysSo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> CrashDialog.show(CrashReport.of(Thread.currentThread(), failure(), null), () -> { }))
                .get(10, TimeUnit.SECONDS);
        assertThat(robot.lookup((Label l) -> l.getText().equals("No log file could be written for this run.")).tryQuery())
                .isPresent();
        assertThat(robot.lookup("#crash-log-path").tryQuery()).isEmpty();
    }
}
