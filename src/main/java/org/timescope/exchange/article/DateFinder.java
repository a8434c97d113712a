package org.timescope.exchange.article;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
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
    record Context(Reference reference, Integer titleYear, PartialDate notBefore, PartialDate anchor) {
        Context(Reference reference, Integer titleYear) {
            this(reference, titleYear, null, null);
        }

        /** The same, with the date the article last gave in full before the sentence read now. */
        Context anchoredAt(PartialDate date) {
            return new Context(reference, titleYear, notBefore, date);
        }
    }

    /** The tense of the sentence a date is in: a weekday in the past is the one before the reference. */
    enum Tense { PAST, PRESENT, FUTURE }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+"
            + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2}))?\\b");
    /** "from September 26 to October 5, 2011", "from July 13 to 22, 2022", "September 26 to October 5, 2011". */
    private static final Pattern FROM_TO = Pattern.compile("\\b(?:[Ff]rom\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,?\\s+(\\d{4}))?\\s*(?:to|until|till|through|thru|[-–])\\s*(?:" + MONTH + "\\s+)?(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,?\\s+(\\d{4}))?\\b");
    /** "14 June", "8–9 December" without a year. */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?"
            + "\\s+(?:of\\s+)?" + MONTH + "\\b");
    /** "Wednesday and Thursday of this week". */
    private static final Pattern WEEKDAYS = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "\\s+(?:and|to|through|till|until|[-–])\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "(?:\\s+(?:of\\s+)?(this|last)\\s+week)?\\b");
    /** "since July 2017", "since the launch of the campaign in July 2017": the article is later than that. */
    private static final Pattern SINCE = Pattern.compile("\\b[Ss]ince\\b[^.;]{0,60}?\\b(?:" + MONTH + "\\s+(?:\\d{1,2},?\\s+)?)?"
            + "(\\d{4})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Ee]arly|[Ll]ate)\\s+"
            + MONTH + "\\b(?!\\s+\\d)");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y)\\s+(\\d{4})\\b(?!\\s*[-–]\\d)");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b([Ll]ast|[Tt]his|[Nn]ext)\\s+year\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:[Oo]n\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|"
            + "Saturday|Sunday)\\b(?:\\s+(?:morning|afternoon|evening|night))?(?!,?\\s+(?:\\d{1,2}\\s+)?" + MONTH + ")");
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
        return find(s, ctx, null);
    }

    /** The tense given, or (null) that of the clause the date is in. */
    private static Tense tenseAt(String s, Matcher m, Tense given) {
        return given != null ? given : Tenses.at(s, m.start());
    }

    static List<DateMention> find(String s, Context ctx, Tense tense) {
        List<DateMention> out = new ArrayList<>();
        BitSet used = new BitSet();
        fromTo(s, ctx, tense, used, out);
        monthDayYear(s, used, out);
        Integer sentenceYear = sentenceYear(s, used);
        Matcher m = MONTH_DAY.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                int month = month(m.group(1));
                out.add(withYear(m, ctx, tenseAt(s, m, tense), sentenceYear, month, Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), 0));
                used.set(m.start(), m.end());
            }
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            if (free(used, m) && !followedByYear(s, m.end())) {
                out.add(withYear(m, ctx, tenseAt(s, m, tense), sentenceYear, month(m.group(3)), Integer.parseInt(m.group(1)),
                        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)), 0));
                used.set(m.start(), m.end());
            }
        }
        monthYear(s, used, out);
        m = IN_MONTH.matcher(s);
        while (m.find()) {
            if (free(used, m)) {
                out.add(withYear(m, ctx, tenseAt(s, m, tense), sentenceYear, month(m.group(1)), 0, 0, 0));
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
        weekdays(s, ctx, tense, used, out);
        relative(s, ctx, tense, used, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean followedByYear(String s, int at) {
        return Pattern.compile("^,?\\s+\\d{4}\\b").matcher(s.substring(at)).find();
    }

    /** The latest year named in a "since …" clause of the article: it was written after that. */
    static PartialDate notBefore(String text) {
        PartialDate best = null;
        Matcher m = SINCE.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            PartialDate d = m.group(1) == null ? PartialDate.ofYear(year) : PartialDate.of(year, month(m.group(1)));
            if (best == null || d.compareTo(best) > 0) {
                best = d;
            }
        }
        return best;
    }

    /** "from September 26 to October 5, 2011", "from July 13 to 22, 2022": a range, its year from either end. */
    private static void fromTo(String s, Context ctx, Tense tense, BitSet used, List<DateMention> out) {
        Matcher m = FROM_TO.matcher(s);
        while (m.find()) {
            if (!free(used, m)) {
                continue;
            }
            int m1 = month(m.group(1));
            int d1 = Integer.parseInt(m.group(2));
            int m2 = m.group(4) == null ? m1 : month(m.group(4));
            int d2 = Integer.parseInt(m.group(5));
            String y1 = m.group(3);
            String y2 = m.group(6);
            if (m.group(4) == null && d2 <= d1 || d2 > 31) {
                continue; // "May 5-3" or a figure, not a range
            }
            if (y1 == null && y2 == null) {
                if (!m.group().toLowerCase(Locale.ROOT).startsWith("from") && m.group(4) == null) {
                    continue; // "Dec 8-9" is read by the month-day rule, which knows its year
                }
                out.add(withYear(m, ctx, tenseAt(s, m, tense), sentenceYear(s, used), m1, d1, d2, m2));
                used.set(m.start(), m.end());
                continue;
            }
            int endYear = Integer.parseInt(y2 != null ? y2 : y1);
            int startYear = y1 != null ? Integer.parseInt(y1) : m2 < m1 ? endYear - 1 : endYear;
            try {
                out.add(new DateMention(m.start(), m.end(), m.group(), PartialDate.of(startYear, m1, d1),
                        PartialDate.of(endYear, m2, d2), y1 == null, false, y1 == null
                        ? "the year of the range's end ('" + endYear + "') for its start" : null));
                used.set(m.start(), m.end());
            } catch (IllegalArgumentException e) {
                // not a real date: left to the other rules
            }
        }
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

    /**
     * A month (and day) without a year: the year from the reference (the year before, when in a past-tense
     * sentence the day has not yet come by the reference), the sentence or the title, moved on past a date
     * the article says it was written after ("since July 2017"); else the year stays open.
     */
    private static DateMention withYear(Matcher m, Context ctx, Tense tense, Integer sentenceYear, int month, int day,
                                        int toDay, int toMonth) {
        Integer year = null;
        String note;
        Reference ref = ctx.reference();
        String said = m.group().strip();
        int endMonth = toMonth == 0 ? month : toMonth;
        if (ref != null) {
            year = ref.date().year();
            boolean later = ref.date().precision() == Precision.DAY && day > 0 && LocalDate.of(year, month,
                    Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth())).isAfter(ref.date().firstDay())
                    || ref.date().precision() == Precision.MONTH && month > ref.date().month();
            if (later && tense != Tense.FUTURE) {
                year--;
                note = "year before that of " + ref.source() + ", as '" + said + "' had not yet come";
            } else {
                note = "year from " + ref.source();
            }
        } else if (sentenceYear != null) {
            year = sentenceYear;
            note = "year from the same sentence ('" + sentenceYear + "')";
        } else if (ctx.anchor() != null) {
            year = ctx.anchor().year();
            note = "year of the date the article gave in full before it (" + ctx.anchor().display() + ")";
        } else if (ctx.titleYear() != null) {
            year = ctx.titleYear();
            note = "year from the article's title";
        } else {
            note = "'" + said + "' has no year and the article gives none: the year is unknown";
        }
        if (year != null && ref == null && ctx.notBefore() != null) {
            PartialDate bound = ctx.notBefore();
            int y = year;
            while (y < bound.year() || y == bound.year() && bound.precision() != Precision.YEAR && month < bound.month()) {
                y++;
            }
            if (y != year) {
                note = "the first '" + said + "' after " + bound.display() + ", which the article reports as past";
                year = y;
            }
        }
        if (year == null) {
            MonthDay open = null;
            MonthDay openUntil = null;
            try {
                open = day == 0 ? null : MonthDay.of(month, day);
                openUntil = day == 0 || toDay == 0 ? null : MonthDay.of(endMonth, toDay);
            } catch (java.time.DateTimeException e) {
                note = "'" + said + "' is not a real date";
            }
            return new DateMention(m.start(), m.end(), m.group(), null, null, true, false, note, open, openUntil);
        }
        try {
            PartialDate d = day == 0 ? PartialDate.of(year, month) : PartialDate.of(year, month, day);
            int endYear = endMonth < month ? year + 1 : year;
            PartialDate until = toDay == 0 ? null : PartialDate.of(endYear, endMonth, toDay);
            return new DateMention(m.start(), m.end(), m.group(), d, until, true, false, note);
        } catch (IllegalArgumentException e) {
            return new DateMention(m.start(), m.end(), m.group(), null, null, true, false, "'" + m.group()
                    + "' is not a real date in " + year);
        }
    }

    /** "Wednesday and Thursday of this week": a range of the week of the reference. */
    private static void weekdays(String s, Context ctx, Tense tense, BitSet used, List<DateMention> out) {
        Matcher m = WEEKDAYS.matcher(s);
        while (m.find()) {
            if (!free(used, m)) {
                continue;
            }
            used.set(m.start(), m.end());
            Reference ref = ctx.reference();
            if (ref == null || ref.date().precision() != Precision.DAY) {
                out.add(unresolvedDay(m, ref));
                continue;
            }
            LocalDate r = ref.date().firstDay();
            DayOfWeek first = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            DayOfWeek last = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            LocalDate from;
            if ("this".equalsIgnoreCase(m.group(3))) {
                from = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(first));
            } else if ("last".equalsIgnoreCase(m.group(3))) {
                from = r.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .with(TemporalAdjusters.nextOrSame(first));
            } else {
                from = tenseAt(s, m, tense) == Tense.FUTURE ? r.with(TemporalAdjusters.next(first))
                        : r.with(TemporalAdjusters.previousOrSame(first));
            }
            LocalDate to = from.with(TemporalAdjusters.nextOrSame(last));
            out.add(new DateMention(m.start(), m.end(), m.group(), PartialDate.of(from), PartialDate.of(to), true, false,
                    "'" + m.group().strip() + "' counted from " + ref.source()));
        }
    }

    private static void relative(String s, Context ctx, Tense tense, BitSet used, List<DateMention> out) {
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
            out.add(weekday(m, ref, tenseAt(s, m, tense)));
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

    private static DateMention weekday(Matcher m, Reference ref, Tense tense) {
        if (ref != null && ref.date().precision() == Precision.DAY) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            boolean future = tense == Tense.FUTURE || tense == Tense.PRESENT;
            LocalDate d = ref.date().firstDay().with(tense == Tense.FUTURE ? TemporalAdjusters.next(day)
                    : future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
            return new DateMention(m.start(), m.end(), m.group(), PartialDate.of(d), null, true, false,
                    "'" + m.group().strip() + "': the " + m.group(1) + (future ? " after " : " on or before ")
                    + ref.source() + (future ? " (the sentence speaks of the future)" : ""));
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
