package org.timescope.exchange.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.PartialDate;
import org.timescope.model.Precision;

/**
 * One DTSTART or DTEND value of iCalendar (RFC 5545 §3.3.4–3.3.5) as written: a date ({@code VALUE=DATE} or
 * eight digits), a UTC time ({@code …Z}), a time in a named zone ({@code TZID=Europe/Paris}: kept as the local
 * time written with the zone's offset at that moment, decision 0030 keeps times as written) or a floating time
 * (no offset). Zones come from the JDK's time-zone table; a TZID it does not know leaves the time floating,
 * with a note saying so.
 *
 * @param day    the day written
 * @param time   the local time written, or null for a date
 * @param offset the offset of the time (UTC, or the zone's at that moment), or null when floating or a date
 * @param note   what the reader could not keep (an unknown zone), or null
 */
record IcsMoment(LocalDate day, LocalDateTime time, ZoneOffset offset, String note) {

    /** A fixed offset named as a zone: UTC or GMT, then +h, +hh, +hhmm or +hh:mm. */
    private static final Pattern FIXED = Pattern.compile("(?i)(?:UTC|GMT)([+-]\\d{1,2}(?::?\\d{2})?)");
    private static final Pattern VALUE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z?))?");

    /** Reads {@code value} with its {@code VALUE} and {@code TZID} parameters; a bad value is a one-line error. */
    static IcsMoment read(String name, String value, String valueParam, String tzid, String origin, String at) {
        Matcher m = VALUE.matcher(value.strip());
        if (!m.matches()) {
            throw RecordError.at(origin, at, name, "'" + abbreviate(value) + "' is not a date or time (YYYYMMDD, "
                    + "YYYYMMDDThhmmss or YYYYMMDDThhmmssZ)");
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null || "DATE".equalsIgnoreCase(valueParam)) {
                return new IcsMoment(day, null, null, null);
            }
            LocalDateTime time = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
            if (!m.group(7).isEmpty()) {
                return new IcsMoment(day, time, ZoneOffset.UTC, null);
            }
            if (tzid == null || tzid.isBlank()) {
                return new IcsMoment(day, time, null, null);
            }
            ZoneId zone = zone(tzid);
            if (zone == null) {
                return new IcsMoment(day, time, null, name + " in time zone '" + tzid.strip()
                        + "', which Timescope does not know: its time is kept without an offset");
            }
            return new IcsMoment(day, time, ZonedDateTime.ofLocal(time, zone, null).getOffset(), null);
        } catch (DateTimeException | NumberFormatException e) {
            throw RecordError.at(origin, at, name, "'" + abbreviate(value) + "' is not a real date or time");
        }
    }

    /** An IANA zone; also the forms some calendars write around it ("/mozilla.org/20050126_1/Europe/Paris"). */
    private static ZoneId zone(String tzid) {
        String[] parts = tzid.strip().split("/");
        for (int from = 0; from < parts.length; from++) {
            String candidate = String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length));
            if (candidate.equalsIgnoreCase("UTC") || candidate.equalsIgnoreCase("GMT")) {
                return ZoneOffset.UTC;
            }
            Matcher fixed = FIXED.matcher(candidate);
            if (fixed.matches()) { // "UTC+0800", as Timescope's export names a fixed offset, or "GMT+05:30"
                try {
                    return ZoneOffset.of(fixed.group(1));
                } catch (DateTimeException e) {
                    return null;
                }
            }
            try {
                if (candidate.contains("/")) {
                    return ZoneId.of(candidate);
                }
            } catch (DateTimeException e) {
                // not this suffix; try a shorter one
            }
        }
        return null;
    }

    boolean timed() {
        return time != null;
    }

    boolean midnight() {
        return time != null && time.toLocalTime().toSecondOfDay() == 0;
    }

    /** The time as a partial date at {@code precision} (minute or second; an hour keeps minute 0 implied). */
    PartialDate at(Precision precision) {
        return at(time, precision);
    }

    /** The last {@code precision} unit before this moment: an exclusive DTEND as an inclusive end. */
    PartialDate before(Precision precision) {
        long unit = switch (precision) {
            case HOUR -> 3600;
            case MINUTE -> 60;
            default -> 1;
        };
        return at(time.minusSeconds(unit), precision);
    }

    private PartialDate at(LocalDateTime t, Precision precision) {
        int minute = precision == Precision.HOUR ? -1 : t.getMinute();
        int second = precision == Precision.SECOND ? t.getSecond() : -1;
        return PartialDate.of(t.toLocalDate(), t.getHour(), minute, second, offset);
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }

}
