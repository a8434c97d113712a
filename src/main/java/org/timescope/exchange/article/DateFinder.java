package org.timescope.exchange.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.timescope.model.PartialDate;
import org.timescope.model.Precision;

/**
 * Finds date expressions in a sentence and resolves them: "April 23, 2021", "23 April 2021", "Dec 8-9",
 * "on November 18", "January 2021", "In January", "in 2016", "last year", "on Tuesday", "yesterday".
 * A missing year comes from the article's reference date, else from a year in the same sentence ("the
 * 2021 … forum … on June 11"), else from the article's title; when none exists the year stays unknown.
 * Every date that is not stated in full is marked inferred with a note saying how it was worked out.
 */
final class DateFinder {

    /** What a sentence's dates resolve against. */
    record Context(Reference reference, Integer titleYear) {
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+"
            + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Ee]arly|[Ll]ate)\\s+"
            + MONTH + "\\b(?!\\s+\\d)");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y)\\s+(\\d{4})\\b(?!\\s*[-–]\\d)");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b([Ll]ast|[Tt]his|[Nn]ext)\\s+year\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|"
            + "Saturday|Sunday)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\b([Yy]esterday|[Tt]oday)\\b");
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");

    private DateFinder() {
    }

    /** Only dates stated in full (with their year). */
    static List<DateMention> explicit(String s) {
        List<DateMention> out = new ArrayList<>();
        BitSet used = new BitSet();
        monthDayYear(s, used, out);
        monthYear(s, used, out);
        return out;
    }

    static List<DateMention> find(String s, Context ctx) {
        List<DateMention> out = new ArrayList<>();
        BitSet used = new BitSet();
        monthDayYear(s, used, out);
        Integer sentenceYear = sentenceYear(s, used);
        Matcher m = MONTH_DAY.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                int month = month(m.group(1));
                out.add(withYear(m, ctx, sentenceYear, month, Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), s));
                used.set(m.start(), m.end());
            }
        }
        monthYear(s, used, out);
        m = IN_MONTH.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                out.add(withYear(m, ctx, sentenceYear, month(m.group(1)), 0, 0, s));
                used.set(m.start(), m.end());
            }
        }
        m = IN_YEAR.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                out.add(new DateMention(m.start(1), m.end(1), m.group(1), PartialDate.ofYear(Integer.parseInt(m.group(1))),
                        null, false, false, null));
                used.set(m.start(), m.end());
            }
        }
        relative(s, ctx, used, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void monthDayYear(String s, BitSet used, List<DateMention> out) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                out.add(full(m, Integer.parseInt(m.group(4)), month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
                used.set(m.start(), m.end());
            }
        }
        m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                out.add(full(m, Integer.parseInt(m.group(4)), month(m.group(3)), Integer.parseInt(m.group(1)), m.group(2)));
                used.set(m.start(), m.end());
            }
        }
    }

    private static void monthYear(String s, BitSet used, List<DateMention> out) {
        Matcher m = MONTH_YEAR.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                out.add(new DateMention(m.start(), m.end(), m.group(), PartialDate.of(Integer.parseInt(m.group(2)),
                        month(m.group(1))), null, false, false, null));
                used.set(m.start(), m.end());
            }
        }
    }

    private static DateMention full(Matcher m, int year, int month, int day, String toDay) {
        try {
            PartialDate d = PartialDate.of(year, month, day);
            PartialDate until = toDay == null ? null : PartialDate.of(year, month, Integer.parseInt(toDay));
            return new DateMention(m.start(), m.end(), m.group(), d, until, false, false, null);
        } catch (IllegalArgumentException e) {
            return new DateMention(m.start(), m.end(), m.group(), null, null, false, false, "'" + m.group()
                    + "' is not a real date");
        }
    }

    private static Integer sentenceYear(String s, BitSet used) {
        Matcher y = ANY_YEAR.matcher(s);
        while (y.find()) {
            if (!used.get(y.start())) {
                return Integer.parseInt(y.group(1));
            }
        }
        return null;
    }

    /** A month (and day) without a year: the year from the reference, the sentence or the title. */
    private static DateMention withYear(Matcher m, Context ctx, Integer sentenceYear, int month, int day, int toDay,
                                        String s) {
        Integer year = null;
        String note;
        Reference ref = ctx.reference();
        if (ref != null) {
            year = ref.date().year();
            if (ref.date().precision() == Precision.DAY && day > 0 && LocalDate.of(year, month,
                    Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth())).isAfter(ref.date().firstDay())) {
                year--;
                note = "year before that of " + ref.source() + ", as '" + m.group().strip() + "' had not yet come";
            } else {
                note = "year from " + ref.source();
            }
        } else if (sentenceYear != null) {
            year = sentenceYear;
            note = "year from the same sentence ('" + sentenceYear + "')";
        } else if (ctx.titleYear() != null) {
            year = ctx.titleYear();
            note = "year from the article's title";
        } else {
            note = "'" + m.group().strip() + "' has no year and the article gives none: the year is unknown";
        }
        if (year == null) {
            return new DateMention(m.start(), m.end(), m.group(), null, null, true, false, note);
        }
        try {
            PartialDate d = day == 0 ? PartialDate.of(year, month) : PartialDate.of(year, month, day);
            PartialDate until = toDay == 0 ? null : PartialDate.of(year, month, toDay);
            return new DateMention(m.start(), m.end(), m.group(), d, until, true, false, note);
        } catch (IllegalArgumentException e) {
            return new DateMention(m.start(), m.end(), m.group(), null, null, true, false, "'" + m.group()
                    + "' is not a real date in " + year);
        }
    }

    private static void relative(String s, Context ctx, BitSet used, List<DateMention> out) {
        Reference ref = ctx.reference();
        Matcher m = RELATIVE_YEAR.matcher(s);
        while (m.find()) {
            if (!free(used, m)) {
                continue;
            }
            used.set(m.start(), m.end());
            if (ref == null) {
                out.add(new DateMention(m.start(), m.end(), m.group(), null, null, true, false,
                        "'" + m.group() + "' in an article without a date: the year is unknown"));
                continue;
            }
            int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            out.add(new DateMention(m.start(), m.end(), m.group(), PartialDate.ofYear(ref.date().year() + shift), null,
                    true, false, "'" + m.group() + "' counted from " + ref.source()));
        }
        m = WEEKDAY.matcher(s);
        while (m.find()) {
            if (!free(used, m)) {
                continue;
            }
            used.set(m.start(), m.end());
            out.add(weekday(m, ref));
        }
        m = YESTERDAY.matcher(s);
        while (m.find()) {
            if (!free(used, m)) {
                continue;
            }
            used.set(m.start(), m.end());
            boolean yesterday = m.group(1).equalsIgnoreCase("yesterday");
            if (ref != null && ref.date().precision() == Precision.DAY) {
                LocalDate d = ref.date().firstDay().minusDays(yesterday ? 1 : 0);
                out.add(new DateMention(m.start(), m.end(), m.group(), PartialDate.of(d), null, true, false,
                        "'" + m.group() + "' counted from " + ref.source()));
            } else {
                out.add(unresolvedDay(m, ref));
            }
        }
    }

    private static DateMention weekday(Matcher m, Reference ref) {
        if (ref != null && ref.date().precision() == Precision.DAY) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = ref.date().firstDay().with(TemporalAdjusters.previousOrSame(day));
            return new DateMention(m.start(), m.end(), m.group(), PartialDate.of(d), null, true, false,
                    "'" + m.group().strip() + "': the " + m.group(1) + " on or before " + ref.source());
        }
        return unresolvedDay(m, ref);
    }

    /** "on Tuesday" without a dated article: as far as the text allows, the year of the reference. */
    private static DateMention unresolvedDay(Matcher m, Reference ref) {
        if (ref != null) {
            return new DateMention(m.start(), m.end(), m.group(), ref.date().truncatedTo(Precision.YEAR), null, true,
                    false, "'" + m.group().strip() + "' with only a year to go by (" + ref.source()
                    + "): the day cannot be resolved");
        }
        return new DateMention(m.start(), m.end(), m.group(), null, null, true, false,
                "'" + m.group().strip() + "' in an article without a date: the date is unknown");
    }

    private static boolean free(BitSet used, Matcher m) {
        return used.get(m.start(), m.end()).isEmpty();
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (n.length() >= 3 ? n.substring(0, 3) : n) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
