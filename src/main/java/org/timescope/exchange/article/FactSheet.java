package org.timescope.exchange.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.PartialDate;
import org.timescope.model.Precision;

/**
 * The facts a meeting summary or press note lists under labels ("1. Date" / "December 15, 2011 (Thursday)",
 * "Venue: Gyeongju Hilton Hotel, Gyeongju, Republic of Korea"): the date and place of the event the page
 * reports, for its sentences that give neither ("The 23rd Commissioners Meeting … was held").
 */
record FactSheet(PartialDate date, String dateText, List<String> places) {

    private static final Pattern LABEL = Pattern.compile("(?im)^[ \\t]*(?:\\d{1,2}[.)][ \\t]*)?(date|dates|venue|place|"
            + "location)[ \\t]*:?[ \\t]*(\\S.*)?$");
    /** Parts of a venue that are the building, not the place. */
    private static final Pattern BUILDING = Pattern.compile("(?i)\\b(hotel|hall|centre|center|building|room|house|"
            + "palace|auditorium|stadium|campus|floor|street|road|avenue)\\b");

    static final FactSheet NONE = new FactSheet(null, null, List.of());

    static FactSheet read(String body) {
        String head = body.length() > 3000 ? body.substring(0, 3000) : body;
        PartialDate date = null;
        String dateText = null;
        List<String> places = new ArrayList<>();
        Matcher m = LABEL.matcher(head);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2).strip() : nextLine(head, m.end());
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("date")) {
                if (date == null) {
                    for (DateMention d : DateFinder.explicit(value)) {
                        if (d.start() == 0 && d.date() != null && d.date().precision() == Precision.DAY) {
                            date = d.date();
                            dateText = value;
                            break;
                        }
                    }
                }
            } else if (places.isEmpty() && value.length() <= 120) {
                String[] parts = value.split("\\s*,\\s*");
                for (int i = 0; i < parts.length; i++) {
                    String part = parts[i].strip();
                    if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && !BUILDING.matcher(part).find()) {
                        places.add(part);
                    }
                }
            }
        }
        return date == null && places.isEmpty() ? NONE : new FactSheet(date, dateText, places);
    }

    private static String nextLine(String text, int from) {
        for (String line : text.substring(Math.min(from, text.length())).lines().limit(4).toList()) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }

    DateMention mention() {
        return new DateMention(0, 0, dateText, date, null, false, false, "the date the page gives under 'Date' ("
                + dateText + ")");
    }
}
