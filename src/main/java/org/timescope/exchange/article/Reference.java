package org.timescope.exchange.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.PartialDate;

/**
 * The date an article was written, against which "on Tuesday", "last year" or "November 18" resolve:
 * from an "Updated:" / "Published:" / "Date:" line or a date alone on one of the first lines, or given
 * by the user. {@code source} says where it came from, for the inference notes.
 */
record Reference(PartialDate date, String source) {

    private static final Pattern LABELLED = Pattern.compile(
            "(?im)^\\s*(?:updated|published|posted|date|released)\\s*(?:on)?\\s*:?\\s*(.{4,40}?)\\s*$");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[ /.-](\\d{1,2})[ ,/.-]+(\\d{4})(?:\\s.*)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T].*)?");

    static Reference given(PartialDate date) {
        return new Reference(date, "the reference date given for the import (" + date.display() + ")");
    }

    /** Looks in the first lines of the article; null when there is no date to go by. */
    static Reference find(String text) {
        String head = text.length() > 600 ? text.substring(0, 600) : text;
        Matcher m = LABELLED.matcher(head);
        while (m.find()) {
            String value = m.group(1).strip();
            PartialDate d = parse(value);
            if (d != null) {
                String how = NUMERIC.matcher(value).matches() ? ", read as month day, year" : "";
                return new Reference(d, "the article's '" + m.group().strip() + "' line" + how);
            }
        }
        for (String line : head.lines().limit(6).toList()) {
            String l = line.strip();
            if (!l.isEmpty() && l.length() <= 40) {
                PartialDate d = parse(l);
                if (d != null && d.precision() == org.timescope.model.Precision.DAY) {
                    return new Reference(d, "the article's dateline '" + l + "'");
                }
            }
        }
        return null;
    }

    private static PartialDate parse(String value) {
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return safe(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher n = NUMERIC.matcher(value);
        if (n.matches()) {
            int a = Integer.parseInt(n.group(1));
            int b = Integer.parseInt(n.group(2));
            // month day, year as English editions of Chinese sites print it; day first when it cannot be a month
            return a > 12 ? safe(n.group(3), n.group(2), n.group(1)) : safe(n.group(3), n.group(1), Integer.toString(b));
        }
        for (DateMention d : DateFinder.explicit(value)) {
            if (d.date() != null && d.start() == 0) {
                return d.date();
            }
        }
        return null;
    }

    private static PartialDate safe(String y, String m, String d) {
        try {
            return PartialDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
