package org.timescope.service;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.timescope.exchange.ExchangeException;
import org.timescope.exchange.NativeJsonReader;
import org.timescope.exchange.article.ArticleExtractor;
import org.timescope.exchange.article.Gazetteer;
import org.timescope.exchange.article.PdfArticle;
import org.timescope.exchange.importing.CsvReader;
import org.timescope.exchange.importing.FeedReader;
import org.timescope.exchange.importing.FormatDetector;
import org.timescope.exchange.importing.IcsReader;
import org.timescope.exchange.importing.ImportFormat;
import org.timescope.exchange.importing.ImportOptions;
import org.timescope.exchange.importing.JsonListReader;
import org.timescope.exchange.importing.TextFiles;
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
        if (Spool.needed(file)) {
            return Spool.of(file, MAX_IN_MEMORY_BYTES, copy -> named(prepare(copy, format, options, false), file));
        }
        return prepare(file, format, options, false);
    }

    /** The same preparation, naming {@code file} (what the researcher gave) rather than the copy read. */
    private static Prepared named(Prepared p, Path file) {
        return new Prepared(file, p.format(), p.dataset(), p.notes(), p.article());
    }

    /**
     * Reads a file for a dry run: like {@link #prepare}, except that a news article that yields nothing to
     * store (off topic, or no candidate whose year is known) is still returned, so that what was found and
     * why nothing would be stored can be shown.
     */
    public Prepared preview(Path file, ImportFormat format, ImportOptions options) {
        if (Spool.needed(file)) {
            return Spool.of(file, MAX_IN_MEMORY_BYTES, copy -> named(prepare(copy, format, options, true), file));
        }
        return prepare(file, format, options, true);
    }

    private Prepared prepare(Path file, ImportFormat format, ImportOptions options, boolean preview) {
        long size = size(file);
        if (size > MAX_IN_MEMORY_BYTES) {
            throw new ExchangeException(file + ": " + megabytes(size) + " is over the " + megabytes(MAX_IN_MEMORY_BYTES)
                    + " Timescope reads into memory (only CSV files of any size are read as they stream)");
        }
        if (size > MAX_ARTICLE_BYTES && (format == ImportFormat.ARTICLE
                || format == null && FormatDetector.detect(head(file), options.columns()) == ImportFormat.ARTICLE)) {
            throw tooLargeForAnArticle(file, megabytes(size));
        }
        if ((format == null || format == ImportFormat.ARTICLE) && PdfArticle.isPdf(file)) {
            // a news article kept as PDF reads like an HTML or text one
            List<String> notes = new ArrayList<>();
            Prepared p = article(file, PdfArticle.text(file), options, notes);
            if (!preview && p.dataset().events().isEmpty() && p.dataset().indicators().isEmpty()
                    && p.article().candidates().isEmpty()) {
                throw nothingFound(p);
            }
            return p;
        }
        String content = text(file);
        if (empty(content)) {
            throw new ExchangeException(file + ": the file is empty");
        }
        ImportFormat f = format != null ? format : FormatDetector.detect(content, options.columns());
        String origin = file.toString();
        if (!f.readable()) {
            throw refusal(file, f, content);
        }
        int nul = content.indexOf('\0');
        if (nul >= 0) {
            throw new ExchangeException(origin + ": read as " + f.description() + ": line " + lineOf(content, nul)
                    + " holds a NUL character (a damaged or binary file; Timescope reads text)");
        }
        List<String> notes = new ArrayList<>();
        Prepared p;
        try {
            p = switch (f) {
                case JSON -> new Prepared(file, f, NativeJsonReader.read(
                        new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), origin), notes, null);
                case JSON_LIST -> new Prepared(file, f, JsonListReader.read(content, origin, options, notes::add), notes, null);
                case CSV -> new Prepared(file, f, CsvReader.read(content, origin, options, notes::add), notes, null);
                case TIMELINEJS -> new Prepared(file, f, TimelineJsReader.read(content, origin, options, notes::add), notes, null);
                case TIMELINEJS_CSV -> new Prepared(file, f, TimelineJsCsvReader.read(content, origin, options, notes::add), notes, null);
                case TIMELINE_XML -> new Prepared(file, f, TimelineXmlReader.read(content, origin, options, notes::add), notes, null);
                case ICS -> new Prepared(file, f, IcsReader.read(content, origin, options, notes::add), notes, null);
                case FEED -> new Prepared(file, f, FeedReader.read(content, origin, options, notes::add), notes, null);
                case ARTICLE -> article(file, content, options, notes);
                case TIMELINE_TEXT, OTHER_XML -> throw refusal(file, f, content);
            };
        } catch (ExchangeException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a reader's own failure: still one line naming the file; the trace is there for TIMESCOPE_DEBUG
            throw new ExchangeException(origin + ": read as " + f.description() + ": cannot be read (an unexpected "
                    + "failure in Timescope's reader; set TIMESCOPE_DEBUG=1 for details)", e);
        }
        boolean nothing = p.dataset().events().isEmpty() && p.dataset().indicators().isEmpty()
                && p.dataset().eras().isEmpty();
        if (nothing && !(preview && f == ImportFormat.ARTICLE)
                && (f != ImportFormat.ARTICLE || p.article().candidates().isEmpty())) {
            throw nothingFound(p);
        }
        return p;
    }

    /** Files above this size are refused by formats read into memory (CSV streams instead). */
    static final long MAX_IN_MEMORY_BYTES = 512L << 20;
    /** A news article larger than this (HTML included) is refused before it is read. */
    static final long MAX_ARTICLE_BYTES = 16L << 20;

    private static ExchangeException tooLargeForAnArticle(Path file, String size) {
        return new ExchangeException(file + ": read as a news article: " + size + " is over the "
                + megabytes(MAX_ARTICLE_BYTES) + " an article may have (its text may have at most "
                + String.format(java.util.Locale.ROOT, "%,d", ArticleExtractor.MAX_TEXT) + " characters)");
    }

    private static String megabytes(long bytes) {
        return bytes >= 10L << 20 ? (bytes >> 20) + " MB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static int lineOf(String content, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A format recognised only to be refused: said by name, so it is never taken for something else. */
    private static ExchangeException refusal(Path file, ImportFormat f, String content) {
        if (f == ImportFormat.TIMELINE_TEXT) {
            return new ExchangeException(file + ": a Timeline 0.x text file; Timescope reads only Timeline's XML format "
                    + "(save it from a later version of Timeline, which writes XML)");
        }
        return new ExchangeException(file + ": XML whose root element is <" + FormatDetector.rootElement(content)
                + ">, none of the formats Timescope reads (Timeline's .timeline, RSS, Atom, HTML)");
    }

    /** A file that was read but holds nothing to import: a failure, so that it is never taken for a success. */
    private static ExchangeException nothingFound(Prepared p) {
        String what = p.file() + ": read as " + p.format().description() + ": ";
        if (p.format() == ImportFormat.ARTICLE) {
            if (p.article() != null && p.article().offTopic() != null) {
                return new ExchangeException(what + p.article().offTopic() + "; nothing was imported");
            }
            if (p.article() != null && !p.article().candidates().isEmpty()) {
                int n = p.article().candidates().size();
                return new ExchangeException(what + n + (n == 1 ? " candidate event" : " candidate events")
                        + ", none with a date that can be known (" + (p.article().reference() == null
                        ? "the article gives no date of its own: give one with --date" : "dates counted from "
                        + p.article().referenceNote()) + "); nothing was imported");
            }
            return new ExchangeException(what + "no sentence reads as a dated event (an event word such as held, signed "
                    + "or opened, and a date); nothing was imported");
        }
        return new ExchangeException(what + "no events found; nothing was imported");
    }

    /** Refuses a prepared file that holds nothing to store (an article whose candidates all lack a date). */
    public static void requireSomething(Prepared p) {
        if (p.dataset().events().isEmpty() && p.dataset().indicators().isEmpty() && p.dataset().eras().isEmpty()) {
            throw nothingFound(p);
        }
    }

    private Prepared article(Path file, String content, ImportOptions options, List<String> notes) {
        Gazetteer g = Gazetteer.of(workspace.catalog().organisations(), workspace.catalog().places(),
                workspace.catalog().themes());
        ArticleExtractor.Result r;
        try {
            r = ArticleExtractor.extract(content, file.getFileName().toString(), g, options.referenceDate());
        } catch (ExchangeException e) {
            String name = file.getFileName().toString();
            String m = e.getMessage();
            throw new ExchangeException(m.startsWith(name) ? file + m.substring(name.length()) : file + ": " + m, e);
        }
        notes.add("reference date: " + r.referenceNote());
        if (r.offTopic() != null) {
            notes.add(r.offTopic());
        }
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
        if (Spool.needed(file)) { // a pipe or a device: read once, whole, then imported as a file
            return Spool.of(file, MAX_IN_MEMORY_BYTES, copy -> {
                Report r = importFile(copy, format, options, control);
                return new Report(file, r.format(), r.added(), r.skipped(), r.indicators(), r.notes(), r.group());
            });
        }
        if ((format == null || format == ImportFormat.CSV) && size(file) > STREAM_BYTES) {
            String head = head(file);
            ImportFormat f = format != null ? format : FormatDetector.detect(head, options.columns());
            if (f == ImportFormat.CSV) {
                return streamCsv(file, options, control);
            }
        }
        Prepared p = prepare(file, format, options);
        try {
            return store(p, control.writerWait());
        } catch (RuntimeException e) {
            stopIfCancelled(file, control); // cancelled while waiting for another program's write
            throw e;
        }
    }

    /**
     * Nothing but spaces, tabs, line breaks and a byte-order mark: an empty file. (String.isBlank also counts the
     * control characters 0x1C–0x1F as blank, and called 200 kB of them "empty".)
     */
    static boolean empty(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\uFEFF' && c != '\f' && c != 0x0B) {
                return false;
            }
        }
        return true;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
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
             BulkLoader bulk = workspace.bulk(source, "Imported from " + name, expected, importLog(file),
                     control.writerWait());
             java.io.Reader in = new java.io.InputStreamReader(counted,
                     TextFiles.charset(file).newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            BulkSink sink = new BulkSink(bulk, source.key(), expected, events -> {
                stopIfCancelled(file, control);
                control.progress(counted.count(), total, events, false);
            });
            control.interruptWith(bulk::cancel);
            CsvReader.stream(in, file.toString(), options, sink);
            stopIfCancelled(file, control);
            control.progress(total, total, sink.events(), true);
            BulkLoader.Result r = bulk.finish();
            return new Report(file, ImportFormat.CSV, r.added(), r.skipped(), 0, sink.keys.notes(), r.group());
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
        if (e instanceof CharacterCodingException) {
            return new ExchangeException(file + ": not UTF-8 text (convert it to UTF-8 first; nothing was imported)", e);
        }
        return new ExchangeException(file + ": cannot read: " + e.getMessage() + " (nothing was imported)", e);
    }

    private static ExchangeException failure(Path file, RuntimeException e) {
        String m = e instanceof ExchangeException || e instanceof org.timescope.service.storage.StorageException
                ? e.getMessage() : "read as CSV: cannot be read (an unexpected failure; set TIMESCOPE_DEBUG=1 for details)";
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

    /**
     * Checks a prepared file as storing it would, keeping nothing (a dry run): the refusal the import would give, or
     * what it would store. An article's candidates are shown even when none could be stored, so they are not checked.
     */
    public Report trial(Prepared p) {
        requireSomething(p);
        try {
            WriteSummary s = workspace.trial(p.dataset()).summary();
            return new Report(p.file(), p.format(), s.events(), s.skipped(), s.indicators(), p.notes(), 0);
        } catch (RuntimeException e) {
            throw new ExchangeException(p.file() + ": " + e.getMessage() + " (nothing would be imported)", e);
        }
    }

    /** Stores a prepared file (possibly after a reviewer removed candidates) in one transaction. */
    public Report store(Prepared p) {
        return store(p, org.timescope.service.storage.WriterWait.standard());
    }

    private Report store(Prepared p, org.timescope.service.storage.WriterWait wait) {
        requireSomething(p);
        try {
            Storage.Written w = workspace.write(p.dataset(), importLog(p.file()), wait);
            WriteSummary s = w.summary();
            List<String> notes = new ArrayList<>(p.notes());
            // eras and links are stored too: a file of eras only is not "0 events" and nothing else
            if (s.eras() > 0) {
                notes.add(s.eras() + (s.eras() == 1 ? " era" : " eras") + " stored");
            }
            if (s.links() > 0) {
                notes.add(s.links() + (s.links() == 1 ? " link" : " links") + " between events stored");
            }
            return new Report(p.file(), p.format(), s.events(), s.skipped(), s.indicators(), notes, w.group());
        } catch (RuntimeException e) {
            throw new ExchangeException(p.file() + ": " + e.getMessage() + " (nothing was imported)", e);
        }
    }

    private Storage.ImportLog importLog(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new Storage.ImportLog(workspace.author(), "Import of " + name, name);
    }

    /** The file as text (UTF-8, or UTF-16); a file that is neither is refused by name. */
    static String text(Path file) {
        return TextFiles.read(file);
    }

    private static String head(Path file) {
        return TextFiles.head(file);
    }
}
