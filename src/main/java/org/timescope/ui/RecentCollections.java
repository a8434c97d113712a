package org.timescope.ui;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The collections opened last, newest first, kept as a JSON list of paths in {@code recent.json} beside the
 * window state file ({@code $XDG_CONFIG_HOME/timescope/}). A missing or damaged file is an empty list: like
 * window positions, it must never stop the app from starting.
 */
final class RecentCollections {

    static final int MAX = 8;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One thread writes the list, in order, so that a slow disk (a home on the network) never holds the window. */
    private static final java.util.concurrent.ExecutorService WRITER =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "recent-collections");
                t.setDaemon(true);
                return t;
            });

    private final Path file;
    /** The list as this instance last put it, while its file is still being written. */
    private volatile List<Path> known = List.of();
    /** Writes queued and not yet done: the file is read again (another window may have opened one) only when none is. */
    private final java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger();

    RecentCollections(Path file) {
        this.file = file;
    }

    /** {@code recent.json} in the folder of the window state file. */
    static RecentCollections beside(Path windowStateFile) {
        return new RecentCollections(windowStateFile.resolveSibling("recent.json"));
    }

    List<Path> list() {
        return pending.get() > 0 ? known : read();
    }

    private List<Path> read() {
        try {
            if (Files.isRegularFile(file)) {
                List<String> names = JSON.readValue(file.toFile(), new TypeReference<List<String>>() { });
                return names.stream().filter(n -> n != null && !n.isBlank()).map(Path::of).limit(MAX).toList();
            }
        } catch (IOException | RuntimeException e) {
            // a damaged list only costs the menu its entries
        }
        return List.of();
    }

    /** Puts the collection first (once), keeps the newest {@value #MAX}; returns false if it could not be saved. */
    boolean add(Path collection) {
        return write(putFirst(collection));
    }

    /**
     * As {@link #add}, the file written on a thread of its own: the list (and the Open recent menu) has the collection
     * at once, the window does not wait for the disk.
     */
    void addInBackground(Path collection) {
        List<Path> next = putFirst(collection);
        pending.incrementAndGet();
        WRITER.execute(() -> {
            try {
                write(next);
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    private List<Path> putFirst(Path collection) {
        Path absolute = collection.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(List.of(absolute));
        list().stream().filter(p -> !p.equals(absolute)).limit(MAX - 1).forEach(next::add);
        known = List.copyOf(next);
        return known;
    }

    private boolean write(List<Path> next) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), next.stream().map(Path::toString).toList());
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Forgets every collection (Edit → Preferences…); returns false if the list could not be saved. */
    boolean clear() {
        known = List.of();
        try { // after any write still queued, which would bring the list back
            return WRITER.submit(() -> {
                Files.deleteIfExists(file);
                return true;
            }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
