package org.timescope.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.timescope.exchange.ExchangeException;
import org.timescope.exchange.NativeJsonReader;
import org.timescope.exchange.article.ArticleExtractor;
import org.timescope.exchange.article.Gazetteer;
import org.timescope.exchange.importing.CsvReader;
import org.timescope.exchange.importing.FormatDetector;
import org.timescope.exchange.importing.ImportFormat;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.exchange.importing.TimelineJsCsvReader;
import org.timescope.exchange.importing.TimelineJsReader;
import org.timescope.exchange.importing.TimelineXmlReader;
import org.timescope.model.Dataset;
import org.timescope.service.storage.BulkLoader;
import org.timescope.service.storage.Storage;
import org.timescope.service.storage.WriteSummary;

/**
 * Imports files into the workspace, each file in one transaction: all of it lands, or none of it.
 * The format is told from the content unless given. Events already stored (same id) are skipped, so a
 * file imported twice adds nothing the second time.
 */
public final class ImportService {

    /** A file read and understood, not yet stored: what would be imported, and what was left out and why. */
    public record Prepared(Path file, ImportFormat format, Dataset dataset, List<String> notes,
                           ArticleExtractor.Result article) {
    }

    /** What one import did. */
    /** What an import stored; {@code group} is its change-log group (0 when it stored nothing), for undo. */
    public record Report(Path file, ImportFormat format, int added, int skipped, int indicators, List<String> notes,
                         long group) {
    }

    private final Workspace workspace;

    public ImportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Reads a native JSON file without storing it. */
    public Dataset read(Path file) {
        return NativeJsonReader.read(new java.io.ByteArrayInputStream(text(file).getBytes(StandardCharsets.UTF_8)),
                file.toString());
    }

    public Prepared prepare(Path file, ImportFormat format, ImportOptions options) {
        String content = text(file);
        if (content.isBlank()) {
            throw new ExchangeException(file + ": the file is empty");
        }
        ImportFormat f = format != null ? format : FormatDetector.detect(content, options.columns());
        String origin = file.toString();
        List<String> notes = new ArrayList<>();
        return switch (f) {
            case JSON -> new Prepared(file, f, NativeJsonReader.read(
                    new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), origin), notes, null);
            case CSV -> new Prepared(file, f, CsvReader.read(content, origin, options), notes, null);
            case TIMELINEJS -> new Prepared(file, f, TimelineJsReader.read(content, origin, options), notes, null);
            case TIMELINEJS_CSV -> new Prepared(file, f, TimelineJsCsvReader.read(content, origin, options), notes, null);
            case TIMELINE_XML -> new Prepared(file, f, TimelineXmlReader.read(content, origin, options), notes, null);
            case ARTICLE -> article(file, content, options, notes);
        };
    }

    private Prepared article(Path file, String content, ImportOptions options, List<String> notes) {
        Gazetteer g = Gazetteer.of(workspace.catalog().organisations(), workspace.catalog().places(),
                workspace.catalog().themes());
        ArticleExtractor.Result r = ArticleExtractor.extract(content, file.getFileName().toString(), g,
                options.referenceDate());
        notes.add("reference date: " + r.referenceNote());
        for (ArticleExtractor.Candidate c : r.candidates()) {
            if (!c.dated()) {
                notes.add("left out '" + c.title() + "': " + c.note());
            }
        }
        return new Prepared(file, ImportFormat.ARTICLE, r.dataset(), notes, r);
    }

    /** Files larger than this that hold CSV stream straight into the store instead of being held in memory. */
    static final long STREAM_BYTES = 256_000;

    /** Reads and stores one file in one transaction. */
    public Report importFile(Path file, ImportFormat format, ImportOptions options) {
        return importFile(file, format, options, new ImportControl());
    }

    /**
     * Reads and stores one file in one transaction; a large CSV file reports its progress to {@code control}
     * and stops, storing nothing, when it is cancelled.
     */
    public Report importFile(Path file, ImportFormat format, ImportOptions options, ImportControl control) {
        if ((format == null || format == ImportFormat.CSV) && size(file) > STREAM_BYTES) {
            String head = head(file);
            ImportFormat f = format != null ? format : FormatDetector.detect(head, options.columns());
            if (f == ImportFormat.CSV) {
                return streamCsv(file, options, control);
            }
        }
        Prepared p = prepare(file, format, options);
        return store(p);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The first lines of a file, enough to tell its format. */
    private static String head(Path file) {
        try (java.io.BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buffer = new char[16_384];
            int n = r.read(buffer);
            String text = n <= 0 ? "" : new String(buffer, 0, n);
            int cut = text.lastIndexOf('\n');
            return cut > 0 ? text.substring(0, cut + 1) : text;
        } catch (IOException e) {
            throw new ExchangeException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A large CSV: rows go into the store as they are read, all in one transaction. */
    private Report streamCsv(Path file, ImportOptions options, ImportControl control) {
        String name = file.getFileName().toString();
        org.timescope.model.Source source = new org.timescope.model.Source("file-" + fileHash(file), name, null, null,
                null, null, null, name, null);
        long total = size(file);
        int expected = (int) Math.min(Integer.MAX_VALUE, total / 60);
        try (CountingInput counted = new CountingInput(Files.newInputStream(file));
             BulkLoader bulk = workspace.bulk(source, "Imported from " + name, expected, importLog(file));
             java.io.Reader in = new java.io.InputStreamReader(counted,
                     StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            BulkSink sink = new BulkSink(bulk, source.key(), events -> {
                stopIfCancelled(file, control);
                control.progress(counted.count(), total, events, false);
            });
            control.interruptWith(bulk::cancel);
            CsvReader.stream(in, file.toString(), options, sink);
            stopIfCancelled(file, control);
            control.progress(total, total, sink.events, true);
            BulkLoader.Result r = bulk.finish();
            return new Report(file, ImportFormat.CSV, r.added(), r.skipped(), 0, List.of(), r.group());
        } catch (ImportCancelledException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            stopIfCancelled(file, control); // a statement interrupted by cancel() fails: say why
            throw e instanceof IOException io ? readFailure(file, io) : failure(file, (RuntimeException) e);
        } finally {
            control.interruptWith(null);
        }
    }

    private static ExchangeException readFailure(Path file, IOException e) {
        return new ExchangeException(file + ": cannot read: " + e.getMessage() + " (nothing was imported)", e);
    }

    private static ExchangeException failure(Path file, RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ExchangeException((m.startsWith(file.toString()) ? m : file + ": " + m) + " (nothing was imported)", e);
    }

    private static void stopIfCancelled(Path file, ImportControl control) {
        if (control.cancelled()) {
            throw new ImportCancelledException(file + ": import cancelled (nothing was imported)");
        }
    }

    /** An import the user stopped; it was rolled back. */
    public static final class ImportCancelledException extends ExchangeException {
        ImportCancelledException(String message) {
            super(message);
        }
    }

    /** Counts the bytes read from a file, for progress. */
    private static final class CountingInput extends java.io.FilterInputStream {
        private volatile long count;

        CountingInput(java.io.InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** A hash of the file's bytes (streamed), to recognise the same file imported again. */
    private static String fileHash(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                d.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(d.digest(), 0, 6);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new ExchangeException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Passes streamed events to the bulk writer; names are created by the writer as they come. */
    private static final class BulkSink implements org.timescope.exchange.importing.EventSink {
        private final BulkLoader bulk;
        private final String fileKey;
        private final java.util.Set<String> titled = new java.util.HashSet<>();
        /** Called every {@link #EVERY} events (progress, cancellation). */
        private final java.util.function.LongConsumer tick;
        private static final int EVERY = 5_000;
        private long events;

        BulkSink(BulkLoader bulk, String fileKey, java.util.function.LongConsumer tick) {
            this.bulk = bulk;
            this.fileKey = fileKey;
            this.tick = tick;
        }

        @Override
        public void theme(String name, String description) {
        }

        @Override
        public void organisation(String name) {
        }

        @Override
        public void place(String name) {
        }

        @Override
        public org.timescope.model.Evidence evidence(String quote) {
            return new org.timescope.model.Evidence(fileKey, quote, -1, -1);
        }

        @Override
        public org.timescope.model.Evidence evidence(String quote, String sourceTitle) {
            String key = org.timescope.exchange.importing.DatasetBuilder.titledKey(sourceTitle);
            if (titled.add(key)) {
                bulk.addSource(new org.timescope.model.Source(key, sourceTitle, null, null, null, null, null, null, null));
            }
            return new org.timescope.model.Evidence(key, quote, -1, -1);
        }

        @Override
        public boolean event(org.timescope.model.TimelineEvent e) {
            bulk.add(e);
            if (++events % EVERY == 0) {
                tick.accept(events);
            }
            return true;
        }
    }

    /** Stores a prepared file (possibly after a reviewer removed candidates) in one transaction. */
    public Report store(Prepared p) {
        try {
            Storage.Written w = workspace.write(p.dataset(), importLog(p.file()));
            WriteSummary s = w.summary();
            return new Report(p.file(), p.format(), s.events(), s.skipped(), s.indicators(), p.notes(), w.group());
        } catch (RuntimeException e) {
            throw new ExchangeException(p.file() + ": " + e.getMessage() + " (nothing was imported)", e);
        }
    }

    private Storage.ImportLog importLog(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new Storage.ImportLog(workspace.author(), "Import of " + name, name);
    }

    /** The file as UTF-8 text; a file that is not UTF-8 is refused by name. */
    static String text(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExchangeException(file + ": no such file");
        } catch (IOException e) {
            throw new ExchangeException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExchangeException(file + ": not UTF-8 text (convert it to UTF-8 first)");
        }
    }
}
