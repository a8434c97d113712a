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
import org.timescope.store.DatasetWriter;

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
    public record Report(Path file, ImportFormat format, int added, int skipped, int indicators, List<String> notes) {
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

    /** Reads and stores one file in one transaction. */
    public Report importFile(Path file, ImportFormat format, ImportOptions options) {
        Prepared p = prepare(file, format, options);
        return store(p);
    }

    /** Stores a prepared file (possibly after a reviewer removed candidates) in one transaction. */
    public Report store(Prepared p) {
        try {
            DatasetWriter.Summary s = workspace.write(p.dataset());
            return new Report(p.file(), p.format(), s.events(), s.skipped(), s.indicators(), p.notes());
        } catch (RuntimeException e) {
            throw new ExchangeException(p.file() + ": " + e.getMessage() + " (nothing was imported)", e);
        }
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
