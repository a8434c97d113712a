package org.timescope.exchange.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timescope.model.Organisation;
import org.timescope.model.Place;
import org.timescope.model.Theme;

/**
 * What the store already knows, for recognising names in text: every organisation's canonical name,
 * acronym and aliases (surface form → canonical name, longest first), places, and the theme vocabulary.
 */
public record Gazetteer(Map<String, String> organisations, List<String> places, List<String> themes) {

    public static Gazetteer of(List<Organisation> organisations, List<Place> places, List<Theme> themes) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (Organisation o : organisations) {
            forms.put(o.name(), o.name());
            if (o.acronym() != null) {
                forms.putIfAbsent(o.acronym(), o.name());
            }
            for (String alias : o.aliases()) {
                forms.putIfAbsent(alias, o.name());
            }
        }
        List<String> sorted = new ArrayList<>(forms.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, String> longestFirst = new LinkedHashMap<>();
        sorted.forEach(k -> longestFirst.put(k, forms.get(k)));
        List<String> placeNames = new ArrayList<>(places.stream().map(Place::name).toList());
        placeNames.sort(Comparator.comparingInt(String::length).reversed());
        return new Gazetteer(longestFirst, placeNames, themes.stream().map(Theme::name).toList());
    }

    public static Gazetteer empty() {
        return new Gazetteer(Map.of(), List.of(), List.of());
    }
}
