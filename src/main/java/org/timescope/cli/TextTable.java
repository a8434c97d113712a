package org.timescope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns as wide as their widest cell up to a cap, longer cells cut with "…". */
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
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], Math.min(caps.get(c), row.get(c).length()));
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
                sb.append(" ".repeat(widths[c] - cell.length() + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    static String fit(String text, int width) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
