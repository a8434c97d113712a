package org.timescope.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * A list in one CSV cell: values joined with "; ". A value that holds a ';' itself (a person's role "First convener;
 * Deputy Mayor", a quote of two clauses) has it written "\;" and a backslash "\\", so that the list reads back as
 * it was written; a cell of another program without backslashes splits on every ';' as before.
 */
public final class ListCell {

    private ListCell() {
    }

    public static String join(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            if (v.indexOf(';') < 0 && v.indexOf('\\') < 0) {
                b.append(v);
                continue;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == ';' || c == '\\') {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The non-blank values of a cell, stripped; "\;" is a ';' of a value, "\\" a backslash, any other '\' itself. */
    public static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        if (cell.indexOf('\\') < 0) { // nearly every cell: split on every ';'
            for (String v : cell.split(";")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
            return values;
        }
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == ';' || cell.charAt(i + 1) == '\\')) {
                v.append(cell.charAt(++i));
            } else if (c == ';') {
                add(values, v);
            } else {
                v.append(c);
            }
        }
        add(values, v);
        return values;
    }

    private static void add(List<String> values, StringBuilder v) {
        String s = v.toString();
        if (!s.isBlank()) {
            values.add(s.strip());
        }
        v.setLength(0);
    }
}
