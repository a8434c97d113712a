package org.timescope.bench;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes N synthetic events as CSV ({@code id,start,end,title,organisation,theme}): start days spread
 * over 1990–2030 with bursts (a fifth of the events fall in 40 short busy periods), about 20% range
 * events, 200 organisations and 30 themes with skewed popularity, day/month/year precision mixed.
 * The same N and seed always give the same file.
 */
public final class Generator {

    public static final int ORGANISATIONS = 200;
    public static final int THEMES = 30;
    private static final long FIRST = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(2030, 12, 31).toEpochDay();
    private static final String[] VERBS = {"Forum on", "Agreement on", "Office for", "Meeting about", "Report on",
        "Award for", "Centre for", "Programme on", "Conference on", "Ruling on"};
    private static final String[] TOPICS = {"patents", "copyright", "trademarks", "enforcement", "education",
        "cooperation", "statistics", "mediation", "industrialisation", "policy", "courts", "customs"};

    private Generator() {
    }

    public static void write(int events, long seed, Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long[] bursts = new long[40];
        for (int i = 0; i < bursts.length; i++) {
            bursts[i] = FIRST + random.nextLong(LAST - FIRST);
        }
        StringBuilder line = new StringBuilder(160);
        out.write("id,start,end,title,organisation,theme\n");
        for (int i = 0; i < events; i++) {
            long day = random.nextInt(5) == 0
                    ? Math.min(LAST, bursts[random.nextInt(bursts.length)] + random.nextInt(21))
                    : FIRST + random.nextLong(LAST - FIRST + 1);
            LocalDate start = LocalDate.ofEpochDay(day);
            int precision = random.nextInt(10); // 0-6 day, 7-8 month, 9 year
            String startText = precision < 7 ? start.toString()
                    : precision < 9 ? start.toString().substring(0, 7) : Integer.toString(start.getYear());
            String endText = "";
            if (random.nextInt(5) == 0) {
                LocalDate end = start.plusDays(1 + random.nextInt(precision < 7 ? 400 : 1200));
                endText = precision < 7 ? end.toString() : precision < 9 ? end.toString().substring(0, 7)
                        : Integer.toString(end.getYear());
                if (endText.compareTo(startText) < 0) {
                    endText = "";
                }
            }
            int org = skewed(random, ORGANISATIONS);
            int theme = skewed(random, THEMES);
            line.setLength(0);
            line.append("g").append(seed).append('-').append(i).append(',').append(startText).append(',')
                    .append(endText).append(',').append(VERBS[random.nextInt(VERBS.length)]).append(' ')
                    .append(TOPICS[random.nextInt(TOPICS.length)]).append(' ').append(i).append(',')
                    .append("Organisation ").append(org).append(',').append("Theme ").append(theme).append('\n');
            out.write(line.toString());
        }
        out.flush();
    }

    /** 1..n, the first values much more often (a rough Zipf shape). */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return 1 + (int) Math.min(n - 1, Math.floor(Math.pow(u, 2.2) * n));
    }
}
