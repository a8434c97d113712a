package org.timescope.render;

import java.util.List;

/**
 * The colours and fonts of a timeline picture. Research themes get colour slots in vocabulary order
 * from a palette chosen to stay apart for common colour-vision deficiencies (Okabe–Ito, then Tableau).
 * LIGHT and DARK follow the window's appearance; exports use LIGHT.
 */
public record PaintStyle(Rgb background, Rgb laneAlternate, Rgb headerBackground, Rgb foreground, Rgb muted,
                         Rgb grid, Rgb accent, Rgb clusterFill, Rgb clusterText, List<Rgb> themes, Rgb noTheme,
                         Surface.Font label, Surface.Font small, Surface.Font header) {

    private static final List<Rgb> THEMES_LIGHT = hexes("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
            "#56B4E9", "#8C564B", "#7F7F7F", "#BCBD22", "#1F3A93", "#B8336A", "#2CA02C");
    private static final List<Rgb> THEMES_DARK = hexes("#4DA3FF", "#FF8A4C", "#3CCF9E", "#E59BC8", "#F5B731",
            "#8FD3FF", "#C49A8A", "#B0B0B0", "#D6D84A", "#7D93FF", "#F06C9B", "#6BD66B");

    public static final PaintStyle LIGHT = new PaintStyle(Rgb.hex("#ffffff"), Rgb.hex("#f6f8fa"), Rgb.hex("#eef1f4"),
            Rgb.hex("#1f2328"), Rgb.hex("#59636e"), Rgb.hex("#d8dee4"), Rgb.hex("#0969da"), Rgb.hex("#57606a"),
            Rgb.hex("#ffffff"), THEMES_LIGHT, Rgb.hex("#6e7781"),
            new Surface.Font(12, false), new Surface.Font(11, false), new Surface.Font(12, true));

    public static final PaintStyle DARK = new PaintStyle(Rgb.hex("#0d1117"), Rgb.hex("#151b23"), Rgb.hex("#1c2129"),
            Rgb.hex("#e6edf3"), Rgb.hex("#9198a1"), Rgb.hex("#30363d"), Rgb.hex("#4493f8"), Rgb.hex("#8b949e"),
            Rgb.hex("#0d1117"), THEMES_DARK, Rgb.hex("#8b949e"),
            new Surface.Font(12, false), new Surface.Font(11, false), new Surface.Font(12, true));

    /**
     * The colour of a theme slot (-1: an event without theme). Beyond the palette, colours are generated to stay
     * apart from all before them: a 13th theme must not look like the first.
     */
    public Rgb theme(int slot) {
        return slot < 0 ? noTheme : slot < themes.size() ? themes.get(slot) : beyond().colour(slot);
    }

    private static final java.util.Map<List<Rgb>, ThemePalette> GROWN = new java.util.concurrent.ConcurrentHashMap<>();

    private ThemePalette beyond() {
        boolean dark = (background.r() + background.g() + background.b()) < 3 * 128;
        return GROWN.computeIfAbsent(themes, t -> new ThemePalette(t, dark));
    }

    /**
     * This style with the researcher's own theme colours: {@code colours} holds, in vocabulary order, a
     * {@code #rrggbb} per theme or null to keep the palette's colour for that slot.
     */
    public PaintStyle withThemeColours(List<String> colours) {
        if (colours.stream().allMatch(java.util.Objects::isNull)) {
            return this;
        }
        List<Rgb> slots = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(colours.size(), themes.size()); i++) {
            String own = i < colours.size() ? colours.get(i) : null;
            slots.add(own != null ? Rgb.hex(own) : theme(i));
        }
        return new PaintStyle(background, laneAlternate, headerBackground, foreground, muted, grid, accent, clusterFill,
                clusterText, List.copyOf(slots), noTheme, label, small, header);
    }

    private static List<Rgb> hexes(String... values) {
        return java.util.Arrays.stream(values).map(Rgb::hex).toList();
    }
}
