package org.timescope.exchange.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.MonthDay;
import org.timescope.exchange.NativeJsonWriter;
import org.timescope.model.Dataset;
import org.timescope.model.Evidence;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;

/**
 * What an article would import, as Timescope JSON for {@code import --dry-run}: the dated candidates as
 * events, and after them each candidate whose year the text does not settle, with {@code "start":
 * "--12-04"} (ISO 8601's month-day without a year), {@code "yearOpen": true} and a date note saying why.
 * Those are shown so that the reader can complete the year; they are never stored without one.
 */
public final class ArticleJson {

    private ArticleJson() {
    }

    public static void write(ArticleExtractor.Result result, Dataset dataset, OutputStream out) throws IOException {
        ByteArrayOutputStream native_ = new ByteArrayOutputStream();
        NativeJsonWriter.write(dataset, native_);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(native_.toByteArray());
        ArrayNode events = root.has("events") ? (ArrayNode) root.get("events") : root.putArray("events");
        for (ArticleExtractor.Candidate c : result.candidates()) {
            if (!c.yearOpen()) {
                continue;
            }
            ArticleExtractor.Open o = c.open();
            ObjectNode e = events.addObject();
            e.put("id", result.source().key() + "-" + c.sentenceStart());
            e.put("title", c.title());
            e.put("summary", o.summary());
            e.put("category", o.category());
            e.put("start", monthDay(o.day()));
            if (o.until() != null) {
                e.put("end", monthDay(o.until()));
            }
            e.put("precision", "day");
            e.put("approximate", false);
            e.put("inferred", true);
            e.put("yearOpen", true);
            e.put("dateNote", c.note());
            o.places().forEach(e.putArray("places")::add);
            ArrayNode orgs = e.putArray("organisations");
            ArrayNode roles = e.putArray("roles");
            for (OrganisationRole r : o.organisations()) {
                orgs.add(r.organisation());
                ObjectNode role = roles.addObject();
                role.put("organisation", r.organisation());
                if (r.role() != null) {
                    role.put("role", r.role());
                }
            }
            o.themes().forEach(e.putArray("themes")::add);
            ArrayNode people = e.putArray("people");
            for (PersonRole p : o.people()) {
                ObjectNode person = people.addObject();
                person.put("name", p.name());
                if (p.role() != null) {
                    person.put("role", p.role());
                }
            }
            ArrayNode sources = e.putArray("sources");
            for (Evidence ev : o.evidence()) {
                ObjectNode s = sources.addObject();
                s.put("sourceId", ev.sourceKey());
                s.put("title", result.source().title());
                if (result.source().url() != null) {
                    s.put("url", result.source().url());
                }
                s.put("quote", ev.quote());
                if (ev.hasOffsets()) {
                    s.put("offset", ev.start());
                }
            }
        }
        out.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        out.write('\n');
    }

    /** "--12-04": ISO 8601's form of a month and day without a year. */
    static String monthDay(MonthDay d) {
        return d.toString();
    }
}
