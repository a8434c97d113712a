package org.timescope.service.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.timescope.exchange.importing.LooseDate;
import org.timescope.model.PartialDate;
import org.timescope.model.Precision;

/**
 * Dates as researchers write them — "June 2021", "11 June 2021", "June 11th, 2021", "2021-06-11", "44 BCE" —
 * generated from a java.time date, and read by the editor's and command line's {@link DateText} and the
 * spreadsheet importers' {@link LooseDate}: each reads the interval java.time says the text means (a month
 * from its first to its last day), at the precision written. Month names come from java.time's English
 * names, not from the parsers' tables. And what the editor shows of a date ({@link PartialDate#display()})
 * reads back as that date, so opening an event and saving it unchanged keeps its date.
 */
class WrittenDatePropertiesTest {

    /** A text and what it means, worked out with java.time. */
    record Written(String text, Precision precision, LocalDate first, LocalDate last) {
        @Override
        public String toString() {
            return "'" + text + "' (" + precision + " " + first + ".." + last + ")";
        }
    }

    private static String monthName(int month, boolean abbreviated) {
        return Month.of(month).getDisplayName(abbreviated ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
    }

    private static String ordinal(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return day + "th";
        }
        return day + switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Years of the common era as people write them; the day and month from a real calendar date. */
    @Provide
    Arbitrary<LocalDate> calendarDay() {
        Arbitrary<Integer> years = Arbitraries.oneOf(Arbitraries.integers().between(1000, 2100),
                Arbitraries.integers().between(1, 999_999), Arbitraries.of(1, 99, 1900, 2000, 2024, 9999, 10_000, 999_999));
        return years.flatMap(y -> Arbitraries.integers().between(1, 12).flatMap(m ->
                Arbitraries.integers().between(1, YearMonth.of(y, m).lengthOfMonth()).map(d -> LocalDate.of(y, m, d))));
    }

    /** The forms both readers document (DateText's and LooseDate's javadoc). */
    private static List<Written> commonForms(LocalDate d, boolean abbreviated, int caseStyle) {
        int y = d.getYear();
        YearMonth ym = YearMonth.from(d);
        String name = cased(monthName(d.getMonthValue(), abbreviated), caseStyle);
        Written year = new Written(Integer.toString(y), Precision.YEAR, Year.of(y).atDay(1), Year.of(y).atDay(Year.of(y).length()));
        Written month = new Written(name + " " + y, Precision.MONTH, ym.atDay(1), ym.atEndOfMonth());
        Written day = new Written(d.getDayOfMonth() + " " + name + " " + y, Precision.DAY, d, d);
        Written american = new Written(name + " " + d.getDayOfMonth() + ", " + y, Precision.DAY, d, d);
        List<Written> forms = new ArrayList<>(List.of(year, month, day, american));
        if (y <= 9999) { // java.time's ISO forms are four-digit years
            forms.add(new Written(ym.toString(), Precision.MONTH, ym.atDay(1), ym.atEndOfMonth()));
            forms.add(new Written(d.toString(), Precision.DAY, d, d));
        }
        if (y >= 1000 && y <= 9999) {
            forms.add(new Written(d.toString().replace('-', '/'), Precision.DAY, d, d));
        }
        return forms;
    }

    private static String cased(String s, int style) {
        return switch (style) {
            case 1 -> s.toLowerCase(Locale.ROOT);
            case 2 -> s.toUpperCase(Locale.ROOT);
            default -> s;
        };
    }

    @Provide
    Arbitrary<Written> editorText() {
        return Combinators.combine(calendarDay(), Arbitraries.of(true, false), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 20)).as((d, abbreviated, caseStyle, pick) -> {
                    List<Written> forms = commonForms(d, abbreviated, caseStyle);
                    String name = cased(monthName(d.getMonthValue(), abbreviated), caseStyle);
                    int y = d.getYear();
                    forms.add(new Written(ordinal(d.getDayOfMonth()) + " " + name + " " + y, Precision.DAY, d, d));
                    forms.add(new Written(name + " " + ordinal(d.getDayOfMonth()) + ", " + y, Precision.DAY, d, d));
                    if (abbreviated) {
                        forms.add(new Written(name + ". " + y, Precision.MONTH, YearMonth.from(d).atDay(1),
                                YearMonth.from(d).atEndOfMonth()));
                    }
                    // an era after the year: 44 BCE is astronomical year -43 (java.time's proleptic year)
                    int bce = 1 - y;
                    forms.add(new Written(y + " BCE", Precision.YEAR, Year.of(bce).atDay(1), Year.of(bce).atDay(Year.of(bce).length())));
                    forms.add(new Written(y + " AD", Precision.YEAR, Year.of(y).atDay(1), Year.of(y).atDay(Year.of(y).length())));
                    Written w = forms.get(pick % forms.size());
                    return pick % 3 == 0 ? new Written("  " + w.text().replace(" ", "   ") + " ", w.precision(), w.first(), w.last()) : w;
                });
    }

    @Provide
    Arbitrary<Written> spreadsheetText() {
        return Combinators.combine(calendarDay(), Arbitraries.of(true, false), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 20)).as((d, abbreviated, caseStyle, pick) -> {
                    List<Written> forms = commonForms(d, abbreviated, caseStyle);
                    String name = cased(monthName(d.getMonthValue(), abbreviated), caseStyle);
                    forms.add(new Written(name + " " + ordinal(d.getDayOfMonth()) + ", " + d.getYear(), Precision.DAY, d, d));
                    return forms.get(pick % forms.size());
                });
    }

    @Property(tries = 500)
    void theEditorReadsTheIntervalJavaTimeExpects(@ForAll("editorText") Written w) {
        PartialDate d = DateText.date(w.text());
        assertThat(d.precision()).as("%s", w).isEqualTo(w.precision());
        assertThat(d.firstDay()).as("%s", w).isEqualTo(w.first());
        assertThat(d.lastDay()).as("%s", w).isEqualTo(w.last());
    }

    @Property(tries = 500)
    void aSpreadsheetCellReadsAsTheIntervalJavaTimeExpects(@ForAll("spreadsheetText") Written w) {
        PartialDate d = LooseDate.parse(w.text());
        assertThat(d.precision()).as("%s", w).isEqualTo(w.precision());
        assertThat(d.firstDay()).as("%s", w).isEqualTo(w.first());
        assertThat(d.lastDay()).as("%s", w).isEqualTo(w.last());
    }

    @Provide
    Arbitrary<PartialDate> anyDate() {
        Arbitrary<Integer> years = Arbitraries.oneOf(Arbitraries.integers().between(-PartialDate.MAX_YEAR, PartialDate.MAX_YEAR),
                Arbitraries.integers().between(-100, 2100), Arbitraries.of(-PartialDate.MAX_YEAR, -43, 0, 1, PartialDate.MAX_YEAR));
        return Combinators.combine(years, Arbitraries.of(java.util.Arrays.stream(Precision.values())
                .filter(p -> !p.timed()).toList()), Arbitraries.integers().between(1, 12), // written times: DateTextTest
                Arbitraries.integers().between(1, 31)).as((y, p, m, d) -> switch (p) {
                    case YEAR -> PartialDate.ofYear(y);
                    case MONTH -> PartialDate.of(y, m);
                    case DAY -> PartialDate.of(y, m, Math.min(d, YearMonth.of(y, m).lengthOfMonth()));
                    default -> throw new AssertionError("no generator for " + p + " dates");
                });
    }

    /** The event form shows a date as {@code display()} and reads the field back with {@link DateText}. */
    @Property(tries = 500)
    void whatTheEditorShowsReadsBackAsTheSameDate(@ForAll("anyDate") PartialDate d) {
        assertThat(DateText.date(d.display())).as("'%s'", d.display()).isEqualTo(d);
        assertThat(DateText.date(d.toString())).as("'%s'", d.toString()).isEqualTo(d);
    }
}
