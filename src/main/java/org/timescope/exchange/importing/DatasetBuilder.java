package org.timescope.exchange.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.timescope.model.Dataset;
import org.timescope.model.Era;
import org.timescope.model.DateSpan;
import org.timescope.model.Evidence;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;

/**
 * Collects what one imported file holds. Every file becomes a {@link Source} (its name, and its text for
 * articles), every event cites it. Events without an id of their own get a stable one from their title
 * and dates, so importing the same file again finds them already there instead of adding copies; the
 * same event twice in one file is kept once.
 */
public final class DatasetBuilder implements EventSink {

    private final Source source;
    private final Map<String, Theme> themes = new LinkedHashMap<>();
    private final Map<String, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final Map<String, TimelineEvent> events = new LinkedHashMap<>();
    private final Map<String, Source> named = new LinkedHashMap<>();
    private final InFileKeys keys = new InFileKeys();
    private java.util.function.Consumer<String> notes = note -> { };

    private final Map<String, Era> eras = new java.util.LinkedHashMap<>();

    public DatasetBuilder(String fileName, String content, boolean keepText) {
        this.source = new Source("file-" + hash(content), fileName, null, null, null, null, null, fileName,
                keepText ? content : null);
    }

    public Source source() {
        return source;
    }

    @Override
    public void theme(String name, String description) {
        themes.putIfAbsent(name.toLowerCase(Locale.ROOT), new Theme(name, description));
    }

    @Override
    public void organisation(String name) {
        organisations.putIfAbsent(name.toLowerCase(Locale.ROOT),
                new Organisation(name, null, List.of(), null, OrganisationKind.OTHER, null));
    }

    @Override
    public void place(String name) {
        places.putIfAbsent(name.toLowerCase(Locale.ROOT), new Place(name, null, null));
    }

    /**
     * A TimelineJS group or Timeline category: a theme (declared with where it came from) or an
     * organisation, as the user chose; added to the event's themes or organisations.
     */
    void group(String group, ImportOptions options, String from, List<String> themes,
               List<org.timescope.model.OrganisationRole> orgs) {
        if (group == null || group.isBlank()) {
            return;
        }
        String g = group.strip();
        if (options.groupAs() == ImportOptions.GroupAs.ORGANISATION) {
            organisation(g);
            orgs.add(new org.timescope.model.OrganisationRole(g, null));
        } else {
            theme(g, "Imported from the " + from + " '" + g + "'");
            themes.add(g);
        }
    }

    /** How the key of an event without an id of its own begins. */
    static final String DERIVED = "imported-";

    /** The event's key: its own id if it has one, else a hash of its title and dates. */
    static String key(String given, String title, DateSpan when) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return DERIVED + hash(title.strip().toLowerCase(Locale.ROOT) + "|" + when.start() + "|" + when.end());
    }

    /** Where the notes on the file's repeated records go (when it is built). */
    DatasetBuilder notes(java.util.function.Consumer<String> to) {
        this.notes = to;
        return this;
    }

    /**
     * Adds an event; returns false if the file already had it exactly. One that shares its key with a different
     * event of the file is kept under a key of its own ({@link InFileKeys}).
     */
    @Override
    public boolean event(TimelineEvent e) {
        TimelineEvent placed = keys.placed(e);
        if (placed == null) {
            return false;
        }
        events.put(placed.key(), placed);
        return true;
    }

    /**
     * Adds an era read in an event's shape (TimelineJS {@code eras}, the Timeline app's {@code <eras>}): its
     * title is the name, its summary and date note the notes, a group mapped to a theme or an organisation its
     * scope; {@code colour} is #rrggbb or null. Returns false if the file already had it (same key).
     */
    public boolean era(TimelineEvent shape, String colour) {
        String notes = shape.summary() == null ? shape.dateNote()
                : shape.dateNote() == null ? shape.summary() : shape.summary() + " (" + shape.dateNote() + ")";
        String theme = shape.themes().isEmpty() ? null : shape.themes().get(0);
        String organisation = theme != null || shape.organisations().isEmpty() ? null
                : shape.organisations().get(0).organisation();
        return eras.putIfAbsent(shape.key(), new Era(shape.key(), shape.title(), shape.when(), colour, organisation,
                theme, notes, shape.evidence())) == null;
    }

    /** The file as evidence: which file and which headline; no offsets, as the text is not stored. */
    @Override
    public Evidence evidence(String quote) {
        return new Evidence(source.key(), quote, -1, -1);
    }

    /** Evidence citing a source known only by its title (as in CSV), kept as a source of its own. */
    @Override
    public Evidence evidence(String quote, String sourceTitle) {
        Source s = named.computeIfAbsent(sourceTitle, t -> new Source(titledKey(t), t, null, null, null, null,
                null, null, null));
        return new Evidence(s.key(), quote, -1, -1);
    }


    Dataset build() {
        keys.notes().forEach(notes);
        return new Dataset(new ArrayList<>(themes.values()), new ArrayList<>(organisations.values()),
                new ArrayList<>(places.values()), sources(), new ArrayList<>(events.values()), List.of(),
                new ArrayList<>(eras.values()));
    }

    private List<Source> sources() {
        List<Source> all = new ArrayList<>();
        all.add(source);
        all.addAll(named.values());
        return all;
    }

    /** The key a source known only by its title gets (the same in memory and in a bulk load). */
    public static String titledKey(String title) {
        return "titled-" + hash(title);
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
