package org.timescope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link PartialDate#parse} reads the forms the store writes without its regular expression (decision 0049). The
 * pattern stays the definition of what a date is: for texts built from right and wrong pieces (months 00-19, days
 * 00-39, hours 00-29, separators that are not ISO's, offsets other than Z, spaces around), {@code parse} gives the
 * date the pattern gives, or refuses with the pattern's own message.
 */
class PartialDateQuickReadTest {

    private static Arbitrary<String> twoDigits(int max) {
        return Arbitraries.integers().between(0, max).map(i -> String.format("%02d", i));
    }

    /** Mostly the right piece, sometimes a wrong one: a text is wrong in one place at a time, often enough. */
    private static Arbitrary<String> mostly(Arbitrary<String> right, Arbitrary<String> wrong) {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, right), net.jqwik.api.Tuple.of(1, wrong));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> year = mostly(Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i)),
                Arbitraries.of("-0044", "12", "123456", "1234567", "20x4", ""));
        Arbitrary<String> month = mostly(twoDigits(12).map(m -> "-" + m),
                Arbitraries.of("", "-00", "-13", "-19", "-1", "/06"));
        Arbitrary<String> day = mostly(twoDigits(31).map(d -> "-" + d), Arbitraries.of("", "-00", "-39", "-3"));
        Arbitrary<String> separator = mostly(Arbitraries.of("T", " "), Arbitraries.of("t", "_", ""));
        Arbitrary<String> minutes = mostly(twoDigits(59).map(m -> ":" + m), Arbitraries.of("", ":60", ":69", ":5", "-30"));
        Arbitrary<String> seconds = mostly(twoDigits(59).map(x -> ":" + x), Arbitraries.of("", ":60", ":69", ":7"));
        Arbitrary<String> time = mostly(Combinators.combine(separator, mostly(twoDigits(23), Arbitraries.of("24", "29", "7")),
                        minutes, seconds).as((sep, h, m, x) -> sep + h + m + (m.length() == 3 ? x : "")),
                Arbitraries.of(""));
        Arbitrary<String> offset = mostly(Arbitraries.of("", "Z"), Arbitraries.of("z", "+01:00", "-0530", "+02", "Zulu"));
        Arbitrary<String> around = mostly(Arbitraries.of(""), Arbitraries.of(" ", "\t"));
        return Combinators.combine(around, year, month, day, time, offset, around)
                .as((a, y, m, d, t, o, b) -> a + y + m + d + t + o + b);
    }

    @Property(tries = 10000)
    void readsAsThePatternReads(@ForAll("texts") String text) {
        PartialDate expected = null;
        Throwable refused = catchThrowable(() -> { });
        try {
            expected = PartialDate.parseByPattern(text);
        } catch (IllegalArgumentException e) {
            refused = e;
        }
        if (expected != null) {
            assertThat(PartialDate.parse(text)).as(text).isEqualTo(expected);
        } else {
            Throwable got = catchThrowable(() -> PartialDate.parse(text));
            assertThat(got).as(text).isInstanceOf(IllegalArgumentException.class).hasMessage(refused.getMessage());
        }
    }

    @Test
    void theStoresFormsAreReadWithoutThePattern() {
        // what the quick reader takes on itself: the forms written by the store
        assertThat(PartialDate.plain("2012")).isEqualTo(PartialDate.ofYear(2012));
        assertThat(PartialDate.plain("2012-06")).isEqualTo(PartialDate.of(2012, 6));
        assertThat(PartialDate.plain("2012-06-15")).isEqualTo(PartialDate.of(2012, 6, 15));
        assertThat(PartialDate.plain("2012-06-15T08")).isEqualTo(
                new PartialDate(2012, 6, 15, 8, -1, -1, null));
        assertThat(PartialDate.plain("2012-06-15T08:03:41Z")).isEqualTo(
                new PartialDate(2012, 6, 15, 8, 3, 41, ZoneOffset.UTC));
        // and what it leaves to the pattern
        assertThat(PartialDate.plain("2012-06-15T08:03+01:00")).isNull();
        assertThat(PartialDate.plain("-0044-03-15")).isNull();
        assertThat(PartialDate.plain("2023-02-29")).isNull();
        assertThat(PartialDate.plain(" 2012")).isNull();
    }
}
