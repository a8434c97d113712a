package org.timescope.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.timescope.exchange.ExchangeException;
import org.timescope.exchange.IcsWriter;
import org.timescope.exchange.NativeJsonReader;
import org.timescope.exchange.article.ArticleExtractor;
import org.timescope.exchange.article.Gazetteer;
import org.timescope.model.Dataset;

/**
 * Every importer fed real sample files, mutated (cut short, bytes changed, delimiters and quotes inserted,
 * deep nesting, very long words, slices repeated): the only outcomes are a result or the project's
 * one-line {@link ExchangeException} naming the file — no other exception, no Java class names in the
 * message — each within a time limit. The default run tries each property {@code jqwik.tries.default}
 * times (src/test/resources/junit-platform.properties); {@code mvn verify -Pfuzz} tries many more.
 */
class ImportFuzzTest {

    /** Generous: CI machines are slow and shared. */
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();
    private static final long STARTED = System.nanoTime();

    interface Reader {
        void read(String content, String origin) throws Exception;
    }

    /** One change to a sample. */
    record Mutation(int kind, double at, int size, String text) {
        String apply(String s) {
            int p = (int) Math.min(s.length(), Math.max(0, Math.round(at * s.length())));
            return switch (kind) {
                case 0 -> s.substring(0, p); // cut short
                case 1 -> s.isEmpty() ? s : s.substring(0, Math.min(p, s.length() - 1)) + text
                        + s.substring(Math.min(p, s.length() - 1) + 1); // a character changed
                case 2 -> s.substring(0, p) + text + s.substring(p); // a delimiter, quote or bracket inserted
                case 3 -> s.substring(0, p) + text.repeat(size) + s.substring(p); // a long word
                case 4 -> nest(s, p); // deep nesting
                default -> s.substring(0, p) + s.substring(p, Math.min(s.length(), p + size)).repeat(3) + s.substring(p);
            };
        }

        private String nest(String s, int p) {
            String open = text.equals("<") ? "<a>" : text;
            String close = text.equals("<") ? "</a>" : text.equals("[") ? "]" : text.equals("{\"a\":") ? "}" : "";
            return s.substring(0, p) + open.repeat(size) + (text.equals("{\"a\":") ? "1" : "") + close.repeat(size)
                    + s.substring(p);
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Mutation> cut = at.map(a -> new Mutation(0, a, 0, ""));
        Arbitrary<Mutation> flip = Combinators.combine(at, Arbitraries.chars().all())
                .as((a, c) -> new Mutation(1, a, 0, String.valueOf(c)));
        Arbitrary<Mutation> insert = Combinators.combine(at, Arbitraries.of(",", ";", "\t", "\"", "\n", "\r", "<", ">",
                "{", "}", "[", "]", "\\", "\0", "&", ":", "-", "<!--", "]]>", "<![CDATA[", "\uFEFF", "\uD800", "é", "BEGIN:VEVENT\n",
                "END:VEVENT\n", "\n ", "&#0;", "&amp;", "\"\"")).as((a, t) -> new Mutation(2, a, 0, t));
        Arbitrary<Mutation> longWord = Combinators.combine(at, Arbitraries.integers().between(1_000, 60_000),
                Arbitraries.of("7", "a", "A", "A-", "A.", "1,", "Ab ", "x ")).as((a, n, t) -> new Mutation(3, a, n / t.length(), t));
        Arbitrary<Mutation> nest = Combinators.combine(at, Arbitraries.integers().between(100, 20_000),
                Arbitraries.of("[", "{\"a\":", "<")).as((a, n, t) -> new Mutation(4, a, n, t));
        Arbitrary<Mutation> repeat = Combinators.combine(at, Arbitraries.integers().between(1, 2_000))
                .as((a, n) -> new Mutation(5, a, n, ""));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, cut), net.jqwik.api.Tuple.of(4, flip), net.jqwik.api.Tuple.of(5, insert),
                net.jqwik.api.Tuple.of(1, longWord), net.jqwik.api.Tuple.of(2, nest), net.jqwik.api.Tuple.of(2, repeat))
                .list().ofMinSize(1).ofMaxSize(4);
    }

    private static String resource(String path) {
        try (InputStream in = ImportFuzzTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String DATASET = resource("/assets/dataset.json");

    private static String ics() {
        try {
            Dataset d = NativeJsonReader.read(new ByteArrayInputStream(DATASET.getBytes(StandardCharsets.UTF_8)), "dataset.json");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IcsWriter.write(d.events(), Instant.parse("2024-01-01T00:00:00Z"), out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String ICS = ics();

    /** Applies the mutations and reads: a result, or a one-line import error naming the file, in time. */
    private static void check(String sample, List<Mutation> mutations, String name, Reader reader) {
        String content = sample;
        for (Mutation m : mutations) {
            content = m.apply(content);
        }
        String input = content;
        String origin = "fuzz/" + name;
        TRIED.incrementAndGet();
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                reader.read(input, origin);
            } catch (ExchangeException e) {
                REFUSED.incrementAndGet();
                assertThat(e.getMessage()).startsWith(origin + ": ").doesNotContain("\n", "\r")
                        .doesNotContain("java.", "org.", "com.", "Exception", "`", "[Source")
                        .doesNotContainPattern("\\b[A-Z][a-z]+[A-Z][a-z]+[A-Za-z]*\\.[A-Za-z]"); // a Java type's member
            }
        }, () -> "over " + LIMIT.toSeconds() + " s on " + mutations.stream().map(m -> m.kind() + "@" + m.at()
                + "x" + m.size()).toList());
    }

    @Property
    void nativeJson(@ForAll("mutations") List<Mutation> m) {
        check(DATASET, m, "dataset.json", (c, o) -> NativeJsonReader.read(
                new ByteArrayInputStream(c.getBytes(StandardCharsets.UTF_8)), o));
    }

    @Property
    void jsonList(@ForAll("mutations") List<Mutation> m) {
        check("[{\"date\": \"2021-06-11\", \"title\": \"Forum held\", \"tags\": [\"Law\", \"Courts\"]},\n"
                + " {\"start_date\": {\"year\": 2019, \"month\": 3}, \"headline\": \"Talks\", \"place\": \"Shanghai\"},\n"
                + " {\"Start\": 1914, \"End\": 1918, \"label\": \"War\", \"description\": \"<p>Four <b>years</b></p>\"}]",
                m, "list.json", (c, o) -> JsonListReader.read(c, o, ImportOptions.DEFAULT));
    }

    @Property
    void csvCommaSemicolonAndTab(@ForAll("mutations") List<Mutation> m, @ForAll("delimiters") String delimiter) {
        String sample = delimiter.equals(",") ? resource("/import/generic.csv")
                : "date" + delimiter + "end" + delimiter + "title" + delimiter + "themes\n2021-06-11" + delimiter + delimiter
                + "Forum held" + delimiter + "Law; Courts\nJune 2021" + delimiter + "2021-08" + delimiter + "\"Talks, "
                + delimiter + " and more\"" + delimiter + "\n";
        check(sample, m, "events.csv", (c, o) -> CsvReader.read(c, o, ImportOptions.DEFAULT));
    }

    @Provide
    Arbitrary<String> delimiters() {
        return Arbitraries.of(",", ";", "\t");
    }

    @Property
    void timelineJsJson(@ForAll("mutations") List<Mutation> m) {
        check(resource("/import/timelinejs.json"), m, "timelinejs.json",
                (c, o) -> TimelineJsReader.read(c, o, ImportOptions.DEFAULT));
    }

    @Property
    void timelineJsSheet(@ForAll("mutations") List<Mutation> m) {
        check(resource("/import/timelinejs-sheet.csv"), m, "sheet.csv",
                (c, o) -> TimelineJsCsvReader.read(c, o, ImportOptions.DEFAULT));
    }

    @Property
    void timelineXml(@ForAll("mutations") List<Mutation> m) {
        check(resource("/import/sample.timeline"), m, "sample.timeline",
                (c, o) -> TimelineXmlReader.read(c, o, ImportOptions.DEFAULT));
    }

    @Property
    void icalendar(@ForAll("mutations") List<Mutation> m) {
        check(ICS, m, "events.ics", (c, o) -> IcsReader.read(c, o, ImportOptions.DEFAULT));
    }

    @Property
    void feeds(@ForAll("mutations") List<Mutation> m) {
        check("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title><item><title>Forum opens</title>"
                + "<link>https://example.org/a</link><pubDate>Fri, 11 Jun 2021 09:30:00 +0800</pubDate>"
                + "<description>&lt;p&gt;The forum opened.&lt;/p&gt;</description></item><item><title>Office</title>"
                + "<dc:date>2020-03-02</dc:date></item></channel></rss>\n", m, "feed.xml",
                (c, o) -> FeedReader.read(c, o, ImportOptions.DEFAULT));
    }

    @Property
    void articleHtml(@ForAll("mutations") List<Mutation> m) {
        check(resource("/import/article.html"), m, "article.html",
                (c, o) -> ArticleExtractor.extract(c, o, Gazetteer.empty(), null));
    }

    /** A one-page PDF article made with PDFBox, as ISO-8859-1 text so that each byte is one character to mutate. */
    private static String pdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream s = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc,
                    page)) {
                s.beginText();
                s.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                s.setLeading(14);
                s.newLineAtOffset(50, 700);
                s.showText("Updated: 2024-03-15");
                s.newLine();
                s.showText("The Riverside Patent Mediation Center was inaugurated on March 12 by the Riverside");
                s.newLine();
                s.showText("Intellectual Property Office to settle patent and trademark disputes.");
                s.endText();
            }
            doc.getDocumentInformation().setTitle("Patent office opens mediation centre");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String PDF = pdf();

    @Property
    void articlePdf(@ForAll("mutations") List<Mutation> m) {
        check(PDF, m, "article.pdf", (c, o) -> {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("fuzz", ".pdf");
            try {
                // the file's name is the origin the reader names: a temporary file stands in for fuzz/article.pdf
                java.nio.file.Files.write(file, c.getBytes(StandardCharsets.ISO_8859_1));
                try {
                    ArticleExtractor.extract(org.timescope.exchange.article.PdfArticle.text(file), o, Gazetteer.empty(),
                            null);
                } catch (ExchangeException e) {
                    throw new ExchangeException(e.getMessage().replace(file.toString(), o));
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        });
    }

    @Property
    void articleText(@ForAll("mutations") List<Mutation> m) {
        String text = NativeJsonReader.read(new ByteArrayInputStream(DATASET.getBytes(StandardCharsets.UTF_8)),
                "dataset.json").sources().get(0).text();
        check(text, m, "article.txt", (c, o) -> ArticleExtractor.extract(c, o, Gazetteer.empty(), null));
    }

    /** Detection looks at a bounded head and never fails, whatever the input. */
    @Property
    void detection(@ForAll("mutations") List<Mutation> m, @ForAll("samples") String sample) {
        check(sample, m, "any", (c, o) -> assertThat(FormatDetector.detect(c, java.util.Map.of())).isNotNull());
    }

    @Provide
    Arbitrary<String> samples() {
        return Arbitraries.of(DATASET, ICS, resource("/import/generic.csv"), resource("/import/sample.timeline"),
                resource("/import/article.html"), resource("/import/timelinejs-sheet.csv"));
    }

    /** The article reader loads its language models once, at start-up: not counted in any input's time limit. */
    @net.jqwik.api.lifecycle.BeforeContainer
    static void loadLanguageModels() {
        ArticleExtractor.extract("The patent office signed a trademark agreement on Monday, 4 March 2024.", "warm-up.txt",
                Gazetteer.empty(), null);
    }

    @AfterContainer
    static void figures() {
        System.out.printf("ImportFuzzTest: %d inputs tried, %d refused with an import error, the rest read; %.1f s%n",
                TRIED.get(), REFUSED.get(), (System.nanoTime() - STARTED) / 1e9);
    }
}
