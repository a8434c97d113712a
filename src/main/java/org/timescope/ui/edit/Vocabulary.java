package org.timescope.ui.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.model.Theme;

/**
 * The catalogue's names as the editor needs them: what to offer while typing, and whether a typed name is
 * known (an organisation also by its acronym or an alias) or will be created with the event ("new").
 */
public final class Vocabulary {

    /** The lists of an event that name catalogue entries. */
    public enum Kind {
        ORGANISATION("organisation"), PERSON("person"), THEME("theme"), PLACE("place");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final Vocabulary EMPTY = new Vocabulary(List.of(), List.of(), List.of(), List.of());

    private final List<List<String>> offered = new ArrayList<>();
    private final List<Set<String>> known = new ArrayList<>();

    public Vocabulary(List<Organisation> organisations, List<String> people, List<Theme> themes, List<Place> places) {
        List<String> orgNames = organisations.stream().map(Organisation::name).toList();
        Set<String> orgKnown = lower(orgNames);
        for (Organisation o : organisations) {
            if (o.acronym() != null) {
                orgKnown.add(o.acronym().toLowerCase(Locale.ROOT));
            }
            o.aliases().forEach(a -> orgKnown.add(a.toLowerCase(Locale.ROOT)));
        }
        add(orgNames, orgKnown);
        add(people, lower(people));
        List<String> themeNames = themes.stream().map(Theme::name).toList();
        add(themeNames, lower(themeNames));
        List<String> placeNames = places.stream().map(Place::name).toList();
        add(placeNames, lower(placeNames));
    }

    private void add(List<String> names, Set<String> lowered) {
        offered.add(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        known.add(lowered);
    }

    private static Set<String> lower(List<String> names) {
        Set<String> set = new HashSet<>();
        names.forEach(n -> set.add(n.toLowerCase(Locale.ROOT)));
        return set;
    }

    /** The names to offer for completion, sorted. */
    public List<String> names(Kind kind) {
        return offered.get(kind.ordinal());
    }

    /** Whether the catalogue has this name (blank names are neither known nor new). */
    public boolean knows(Kind kind, String name) {
        return name != null && known.get(kind.ordinal()).contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** A typed name the catalogue lacks: saving creates it. */
    public boolean isNew(Kind kind, String name) {
        return name != null && !name.isBlank() && !knows(kind, name);
    }

    /** The offered names containing what was typed (case-insensitive), those starting with it first. */
    /**
     * Completes names of {@code kind} in {@code field} (ControlsFX's popup, the best 12). The popup is at least as
     * wide as a long organisation's name: at the field's width "China National Intellectual Proper…" was cut and
     * the list scrolled sideways.
     */
    void completeIn(javafx.scene.control.TextField field, Kind kind) {
        completeIn(field, kind, java.util.Set::of);
    }

    /**
     * As above, leaving out the names {@code taken} gives (those already on the event, but the field's own): a walk
     * was offered an organisation the event already named, in a row of its own.
     */
    void completeIn(javafx.scene.control.TextField field, Kind kind,
                    java.util.function.Supplier<java.util.Collection<String>> taken) {
        org.controlsfx.control.textfield.AutoCompletionBinding<String> binding =
                org.controlsfx.control.textfield.TextFields.bindAutoCompletion(field, r -> {
                    java.util.Collection<String> others = taken.get();
                    return suggest(kind, r.getUserText(), 12 + others.size()).stream()
                            .filter(n -> !others.contains(n)).limit(12).toList();
                });
        binding.setMinWidth(POPUP_MIN_WIDTH);
        // while the suggestions show, keys go to their list first, which took Ctrl+A for itself: the field's text was
        // not selected, and what was typed next was added to it (a walk saved "TongjiCNIPA" as a new organisation)
        // Modena's looked-up colours that ControlsFX's autocompletion.css derives from, as AtlantaFX's: inline, so
        // they are there at the popup's first styling too (app.css reaches it only once it shows in the window)
        binding.getAutoCompletionPopup().setStyle(POPUP_COLOURS);
        binding.getAutoCompletionPopup().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SELECT_ALL.match(e)) {
                field.selectAll();
                e.consume();
            }
        });
    }

    private static final String POPUP_COLOURS = "-fx-color: -color-bg-default; -fx-control-inner-background: "
            + "-color-bg-default; -fx-selection-bar: -color-accent-muted; -fx-selection-bar-non-focused: "
            + "-color-accent-subtle; -fx-accent: -color-accent-emphasis;";

    private static final javafx.scene.input.KeyCombination SELECT_ALL =
            javafx.scene.input.KeyCombination.keyCombination("Shortcut+A");

    /** Room for "China National Intellectual Property Administration" in the system font at 13 px. */
    static final double POPUP_MIN_WIDTH = 400;

    public List<String> suggest(Kind kind, String typed, int max) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<String> starts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (String n : names(kind)) {
            String l = n.toLowerCase(Locale.ROOT);
            if (l.startsWith(t)) {
                starts.add(n);
            } else if (l.contains(t)) {
                contains.add(n);
            }
        }
        starts.addAll(contains);
        return starts.subList(0, Math.min(max, starts.size()));
    }
}
