package org.timescope.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.timescope.model.Era;
import org.timescope.model.Evidence;
import org.timescope.model.PartialDate;
import org.timescope.model.Source;
import org.timescope.model.TimelineEvent;

/**
 * Writes TimelineJS JSON ({@code events}, {@code start_date{year,month,day}}, {@code text{headline,text}},
 * {@code group}, and {@code eras}), so a filtered timeline can be published with TimelineJS. Dates keep their precision:
 * a month-precision event has no {@code day}, a timed one has {@code hour}/{@code minute}/{@code second}; {@code display_date} says it in words, with "(inferred)" or
 * "(approximate)" where that applies. The text carries the summary and the evidence with its source.
 */
public final class TimelineJsWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJsWriter() {
    }

    public static void write(String title, String description, List<TimelineEvent> events, List<Source> sources,
                             OutputStream out) throws IOException {
        write(title, description, events, List.of(), sources, out);
    }

    /** With eras, written as TimelineJS {@code eras} (a headline and start and end dates each). */
    public static void write(String title, String description, List<TimelineEvent> events, List<Era> eras,
                             List<Source> sources, OutputStream out) throws IOException {
        Map<String, Source> byKey = sources.stream().collect(Collectors.toMap(Source::key, Function.identity(), (a, b) -> a));
        ObjectNode root = JSON.createObjectNode();
        ObjectNode t = root.putObject("title").putObject("text");
        t.put("headline", Html.escape(title));
        t.put("text", "<p>" + Html.escape(description) + "</p>");
        ArrayNode list = root.putArray("events");
        for (TimelineEvent e : events) {
            ObjectNode o = list.addObject();
            o.put("unique_id", e.key());
            date(o.putObject("start_date"), e.when().start(), display(e));
            if (e.when().end() != null) {
                date(o.putObject("end_date"), e.when().end(), null);
            }
            ObjectNode text = o.putObject("text");
            text.put("headline", Html.escape(e.title()));
            text.put("text", body(e, byKey));
            if (!e.themes().isEmpty()) {
                o.put("group", e.themes().get(0));
            }
        }
        if (!eras.isEmpty()) {
            ArrayNode list2 = root.putArray("eras");
            for (Era era : eras) {
                ObjectNode o = list2.addObject();
                date(o.putObject("start_date"), era.when().start(), null);
                // TimelineJS needs an end: an era given as one date ends with it
                date(o.putObject("end_date"), era.when().end() == null ? era.when().start() : era.when().end(), null);
                ObjectNode text = o.putObject("text");
                text.put("headline", Html.escape(era.name()));
                if (era.notes() != null) {
                    text.put("text", "<p>" + Html.escape(era.notes()) + "</p>");
                }
            }
        }
        JSON.writeValue(new NonClosing(out), root);
    }

    private static void date(ObjectNode o, PartialDate d, String display) {
        o.put("year", d.year());
        if (d.month() > 0) {
            o.put("month", d.month());
        }
        if (d.day() > 0) {
            o.put("day", d.day());
        }
        if (d.hour() >= 0) { // TimelineJS has no offsets: display_date says it
            o.put("hour", d.hour());
        }
        if (d.minute() >= 0) {
            o.put("minute", d.minute());
        }
        if (d.second() >= 0) {
            o.put("second", d.second());
        }
        if (display != null) {
            o.put("display_date", display);
        }
    }

    private static String display(TimelineEvent e) {
        return e.when().display() + (e.approximate() ? " (approximate)" : "") + (e.inferred() ? " (inferred)" : "");
    }

    private static String body(TimelineEvent e, Map<String, Source> sources) {
        StringBuilder sb = new StringBuilder();
        if (e.summary() != null) {
            sb.append("<p>").append(Html.escape(e.summary())).append("</p>");
        }
        if (e.dateNote() != null) {
            sb.append("<p><small>Date: ").append(Html.escape(e.dateNote())).append("</small></p>");
        }
        if (!e.organisations().isEmpty()) {
            sb.append("<p><small>").append(Html.escape(String.join("; ", e.organisationNames()))).append("</small></p>");
        }
        for (Evidence ev : e.evidence()) {
            Source s = sources.get(ev.sourceKey());
            sb.append("<blockquote>").append(Html.escape(ev.quote().replace('\u00a0', ' '))).append("</blockquote>");
            if (s != null) {
                String name = Html.escape(s.title() + (s.publisher() == null ? "" : ", " + s.publisher()));
                sb.append("<p><small>— ").append(s.url() == null ? name
                        : "<a href=\"" + Html.escape(s.url()) + "\">" + name + "</a>").append("</small></p>");
            }
        }
        return sb.toString();
    }

    /** Keeps Jackson from closing a stream it was lent (standard output). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
