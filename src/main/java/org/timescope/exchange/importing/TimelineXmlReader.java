package org.timescope.exchange.importing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.timescope.exchange.ExchangeException;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PartialDate;
import org.timescope.model.TimelineEvent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Reads the Timeline app's {@code .timeline} XML: events (start, end, text, category, description,
 * fuzzy, locked, ends_today), categories (with colours, kept in the theme description) and eras (as eras,
 * with their colour). Times of day are kept to the minute (to the second when
 * one is written; 00:00:00 is the app's way of writing a day); "fuzzy" marks the date approximate.
 */
public final class TimelineXmlReader {
    private static final Pattern DATE = Pattern.compile("(-?\\d+)-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private TimelineXmlReader() {
    }

    public static Dataset read(String content, String origin, ImportOptions options) {
        return read(content, origin, options, note -> { });
    }

    /** As {@link #read(String, String, ImportOptions)}; what the reading noticed (records repeated in the file) goes to {@code notes}. */
    public static Dataset read(String content, String origin, ImportOptions options,
                               java.util.function.Consumer<String> notes) {
        Document doc = parse(content, origin);
        Element root = doc.getDocumentElement();
        if (!local(root).equals("timeline")) {
            throw new ExchangeException(origin + ": not a Timeline file (the root element is <" + root.getNodeName() + ">)");
        }
        DatasetBuilder data = new DatasetBuilder(TimelineJsReader.fileName(origin), content, false).notes(notes);
        for (Element c : children(child(root, "categories"), "category")) {
            String name = text(c, "name");
            if (name != null && options.groupAs() == ImportOptions.GroupAs.THEME) {
                String colour = text(c, "color");
                data.theme(name, "Imported from the Timeline category '" + name + "'"
                        + (colour == null ? "" : " (colour " + colour + ")"));
            }
        }
        int i = 0;
        for (Element e : children(child(root, "events"), "event")) {
            event(e, "event " + ++i, null, origin, options, data);
        }
        int events = i;
        i = 0;
        for (Element e : children(child(root, "eras"), "era")) {
            event(e, "era " + ++i, "era", origin, options, data);
        }
        if (events + i == 0) {
            throw new ExchangeException(origin + ": read as a Timeline (.timeline) XML file: it has no <event> or <era>, "
                    + "so no events");
        }
        return data.build();
    }

    /** An element's name without its namespace prefix ("tl:event" → "event"). */
    private static String local(Node n) {
        String name = n.getNodeName();
        return name.substring(name.indexOf(':') + 1);
    }

    /**
     * Parses without reaching out: a DOCTYPE is allowed (Timeline files may carry one) but no external
     * DTD or entity is loaded, and a DOCTYPE that declares entities is refused. Errors go to the message,
     * never to standard error.
     */
    static Document parse(String content, String origin) {
        String what = origin + ": read as a Timeline (.timeline) XML file: ";
        int doctype = content.indexOf("<!DOCTYPE");
        if (doctype >= 0 && content.indexOf("<!ENTITY", doctype) >= 0) {
            throw new ExchangeException(what + "its DOCTYPE declares entities, which Timescope does not read");
        }
        String xml = content.startsWith("\uFEFF") ? content.substring(1) : content;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new ExchangeException(what + "line " + e.getLineNumber() + ": not well-formed XML ("
                    + XmlMessages.clean(e.getMessage()) + ")", e);
        } catch (Exception e) {
            throw new ExchangeException(what + "not well-formed XML (" + XmlMessages.clean(e.getMessage()) + ")", e);
        }
    }

    private static void event(Element e, String at, String category, String origin, ImportOptions options,
                              DatasetBuilder data) {
        String text = text(e, category == null ? "text" : "name");
        if (text == null) {
            throw RecordError.at(origin, at, category == null ? "<text>" : "<name>", "is missing");
        }
        List<String> notes = new ArrayList<>();
        PartialDate start = date(text(e, "start"), origin, at, "<start>", notes);
        if (start == null) {
            throw RecordError.at(origin, at, "<start>", "is missing");
        }
        PartialDate end = date(text(e, "end"), origin, at, "<end>", notes);
        if ("true".equalsIgnoreCase(text(e, "ends_today"))) {
            notes.add("still going on when the file was saved ('ends today')");
        }
        DateSpan when;
        try {
            when = new DateSpan(start, end == null || end.equals(start) ? null : end);
        } catch (IllegalArgumentException x) {
            throw RecordError.at(origin, at, "<end>", x.getMessage());
        }
        boolean fuzzy = "true".equalsIgnoreCase(text(e, "fuzzy")) || "true".equalsIgnoreCase(text(e, "fuzzy_start"))
                || "true".equalsIgnoreCase(text(e, "fuzzy_end"));
        List<String> themes = new ArrayList<>();
        List<OrganisationRole> orgs = new ArrayList<>();
        data.group(text(e, "category"), options, "Timeline category", themes, orgs);
        String title = Html.toText(text);
        TimelineEvent read = new TimelineEvent(DatasetBuilder.key(null, title, when), title,
                Html.toText(text(e, "description")), category, when, fuzzy, false,
                notes.isEmpty() ? null : String.join("; ", notes), List.of(), orgs, themes, List.of(),
                List.of(data.evidence(title)));
        if ("era".equals(category)) {
            data.era(read, colour(text(e, "color")));
        } else {
            data.event(read);
        }
    }

    /** The app's "200,200,200" as #c8c8c8; null when absent or not three numbers 0–255. */
    static String colour(String rgb) {
        if (rgb == null) {
            return null;
        }
        String[] parts = rgb.strip().split("\\s*,\\s*");
        if (parts.length != 3) {
            return null;
        }
        StringBuilder sb = new StringBuilder("#");
        for (String p : parts) {
            if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) {
                return null;
            }
            sb.append(String.format(java.util.Locale.ROOT, "%02x", Integer.parseInt(p)));
        }
        return sb.toString();
    }

    private static PartialDate date(String text, String origin, String at, String field, List<String> notes) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            throw RecordError.at(origin, at, field, "'" + text.strip() + "' is not a date (expected YYYY-MM-DD hh:mm:ss)");
        }
        try {
            PartialDate d = YearCheck.of(m.group(1), m.group(2), m.group(3));
            String second = m.group(6) == null || Integer.parseInt(m.group(6)) == 0 ? null : m.group(6);
            boolean midnight = m.group(4) == null || Integer.parseInt(m.group(4)) == 0 && Integer.parseInt(m.group(5)) == 0
                    && second == null;
            // the app writes every date with a time, 00:00:00 for a day; it edits times to the minute
            return midnight ? d : YearCheck.withTime(d, m.group(4), m.group(5), second);
        } catch (IllegalArgumentException x) {
            throw RecordError.at(origin, at, field, x.getMessage());
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && local(el).equals(name)) {
                return el;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element el && local(el).equals(name)) {
                result.add(el);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        Element c = child(parent, name);
        if (c == null) {
            return null;
        }
        String t = c.getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }
}
