package org.timescope.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.timescope.model.EventFilter;
import org.timescope.model.SavedView;

/** A saved view as a small JSON object (readable in the database with any SQLite tool). */
public final class ViewJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ViewJson() {
    }

    public static String write(SavedView v) {
        ObjectNode o = JSON.createObjectNode();
        EventFilter f = v.filter();
        array(o, "organisations", f.organisations());
        array(o, "themes", f.themes());
        array(o, "people", f.people());
        array(o, "places", f.places());
        o.put("from", f.from() == null ? null : f.from().toString());
        o.put("to", f.to() == null ? null : f.to().toString());
        o.put("text", f.text());
        o.put("laneMode", v.laneMode());
        o.put("windowStart", v.windowStart());
        o.put("windowEnd", v.windowEnd());
        o.put("selected", v.selected());
        return o.toString();
    }

    public static SavedView read(String name, String json) {
        try {
            JsonFields o = new JsonFields("view '" + name + "'", "", JSON.readTree(json));
            EventFilter f = new EventFilter(set(o.strings("organisations")), set(o.strings("themes")),
                    set(o.strings("people")), set(o.strings("places")), o.date("from", false), o.date("to", false),
                    o.text("text"));
            Double start = o.number("windowStart");
            Double end = o.number("windowEnd");
            return new SavedView(name, f, o.text("laneMode"), start, end, o.text("selected"));
        } catch (JsonProcessingException e) {
            throw new ExchangeException("view '" + name + "' is damaged: " + e.getOriginalMessage(), e);
        }
    }

    private static Set<String> set(java.util.List<String> values) {
        return new LinkedHashSet<>(values);
    }

    private static void array(ObjectNode o, String field, Set<String> values) {
        ArrayNode a = o.putArray(field);
        values.forEach(a::add);
    }
}
