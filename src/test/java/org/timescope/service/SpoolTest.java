package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.exchange.ExchangeException;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.model.EventFilter;

/**
 * Found by fuzzing the importers: a file given through a pipe lost its first bytes (the format was told from one read,
 * the file read again), a named pipe waited forever for a second writer, and {@code /dev/zero} ran the JVM out of
 * memory with a stack trace. A pipe or a device is read once, whole, and what has no end is cut.
 */
class SpoolTest {

    @TempDir
    Path dir;

    @Test
    void aNamedPipeWrittenOnceImportsWholeAndMessagesNameThePipe() throws Exception {
        Path fifo = dir.resolve("events.pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        // the first column is the title: with its first bytes lost, the header would lack it
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(fifo, "title,start\nForum on patents,2021\nWorkshop on copyright,2022\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        boolean[] read = new boolean[1];
        try (Workspace w = Workspace.open(dir.resolve("c.db"), true)) {
            // bounded: an import that opened the pipe a second time would wait for a writer for ever
            ImportService.Report r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(30),
                    () -> new ImportService(w).importFile(fifo, null, ImportOptions.DEFAULT));
            read[0] = true;
            assertThat(r.file()).isEqualTo(fifo);
            assertThat(r.added()).isEqualTo(2);
            assertThat(w.events().find(EventFilter.ALL)).extracting(e -> e.title())
                    .containsExactlyInAnyOrder("Forum on patents", "Workshop on copyright");
        } finally {
            // a reader still waiting on the pipe (an import that failed the bound) gets its end of file
            Thread unblock = new Thread(() -> {
                try {
                    Files.write(fifo, new byte[0]);
                } catch (java.io.IOException e) {
                    // nobody waited
                }
            });
            unblock.setDaemon(true);
            if (!read[0]) {
                unblock.start();
            }
        }
        writer.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aDeviceWithoutAnEndIsCutWithAOneLineMessageAndNoCopyIsLeft() throws Exception {
        long before = tempCopies();
        assertThatThrownBy(() -> Spool.of(Path.of("/dev/zero"), 1 << 20, copy -> "read"))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("/dev/zero: more than 1 MB came from it (a device or a pipe without an end?); "
                        + "nothing was imported");
        assertThat(tempCopies()).isEqualTo(before);
    }

    private static long tempCopies() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("timescope-import-")).count();
        }
    }
}
