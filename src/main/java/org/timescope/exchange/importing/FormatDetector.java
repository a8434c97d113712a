package org.timescope.exchange.importing;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;

/**
 * Tells a file's format from its content (the name only breaks ties): JSON objects by their keys,
 * XML by its root element, CSV by its header row; anything else is read as an article.
 */
public final class FormatDetector {
    private static final Pattern TIMELINE_ROOT = Pattern.compile("^(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<timeline[\\s>]",
            Pattern.DOTALL);

    private FormatDetector() {
    }

    public static ImportFormat detect(String content, Map<String, String> mapping) {
        String t = content.startsWith("\uFEFF") ? content.substring(1) : content;
        t = t.stripLeading();
        if (t.startsWith("{")) {
            return t.contains("\"start_date\"") && !t.contains("\"format\": \"timescope\"")
                    && !t.contains("\"format\":\"timescope\"") ? ImportFormat.TIMELINEJS : ImportFormat.JSON;
        }
        if (t.startsWith("<")) {
            return TIMELINE_ROOT.matcher(t).find() ? ImportFormat.TIMELINE_XML : ImportFormat.ARTICLE;
        }
        List<String> header = header(t);
        if (header.size() >= 2) {
            if (TimelineJsCsvReader.looksLike(header)) {
                return ImportFormat.TIMELINEJS_CSV;
            }
            if (CsvReader.looksLike(header, mapping) || !mapping.isEmpty() || tabular(t, header.size())) {
                return ImportFormat.CSV;
            }
        }
        return ImportFormat.ARTICLE;
    }

    /** Rows after the header with as many cells as it: a table, even if its columns need a mapping. */
    private static boolean tabular(String text, int columns) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(6).toList();
        if (lines.size() < 2) {
            return false;
        }
        try (CSVParser p = CsvFiles.parser(String.join("\n", lines) + "\n")) {
            int rows = 0;
            for (var r : p) {
                if (r.size() != columns) {
                    return false;
                }
                rows++;
            }
            return rows > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<String> header(String text) {
        String first = text.lines().findFirst().orElse("");
        if (first.length() > 2000 || first.split(",").length < 2) {
            return List.of();
        }
        try (CSVParser p = CsvFiles.parser(first + "\n")) {
            return p.getHeaderNames();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
