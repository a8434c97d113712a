package org.timescope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns as wide as their widest cell up to a cap, longer cells cut with "…". Widths are
 * counted in terminal columns, not characters: a Chinese or Japanese character takes two, a combining accent
 * none, so a table of Chinese titles lines up.
 */
final class TextTable {
    private final List<String> header;
    private final List<Integer> caps;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header, List<Integer> caps) {
        this.header = header;
        this.caps = caps;
    }

    void row(String... cells) {
        rows.add(List.of(cells));
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns(header.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], Math.min(caps.get(c), columns(flat(row.get(c)))));
            }
        }
        line(out, header, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = fit(cells.get(c), widths[c]);
            sb.append(cell);
            if (c < widths.length - 1) {
                sb.append(" ".repeat(widths[c] - columns(cell) + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    /** The text on one line, cut with "…" to at most {@code width} terminal columns. */
    static String fit(String text, int width) {
        String flat = flat(text);
        if (columns(flat) <= width) {
            return flat;
        }
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < flat.length(); ) {
            int cp = flat.codePointAt(i);
            int w = columns(cp);
            if (used + w > width - 1) {
                break;
            }
            cut.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return cut + "…";
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** How many terminal columns the text takes. */
    static int columns(String text) {
        int sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            sum += columns(cp);
            i += Character.charCount(cp);
        }
        return sum;
    }

    /**
     * Columns of one character, as terminals count them (Unicode's East Asian Width: Wide and Fullwidth take two;
     * combining marks and zero-width characters none). The ranges are those of the wide blocks, the way
     * {@code wcwidth} lists them.
     */
    static int columns(int cp) {
        if (cp < 0x1100) {
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK ? 0 : 1;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200B) {
            return 0;
        }
        boolean wide = cp <= 0x115F                       // Hangul Jamo initials
                || cp == 0x2329 || cp == 0x232A
                || (cp >= 0x2E80 && cp <= 0x303E)             // CJK radicals, Kangxi, CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)             // kana, Bopomofo, Hangul compatibility, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)             // CJK Extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)             // CJK Unified Ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)             // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)             // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)             // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)             // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)             // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)           // pictographs and emoji
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);          // CJK Extensions B and later
        return wide ? 2 : 1;
    }
}
