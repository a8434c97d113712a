package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.SavedView;
import org.timescope.model.Theme;
import org.timescope.render.PaintStyle;
import org.timescope.render.Rgb;
import org.timescope.service.edit.CatalogEdits;
import org.timescope.service.edit.Editor;

/** A colour chosen for a theme in the catalogue is the colour its events and legend entry are drawn in. */
class ThemeColourTest {

    @TempDir
    Path dir;

    @Test
    void aChosenColourReplacesOnlyItsThemesPaletteSlot() {
        PaintStyle style = PaintStyle.LIGHT.withThemeColours(java.util.Arrays.asList(null, "#12ab34", null));
        assertThat(style.theme(1)).isEqualTo(Rgb.hex("#12ab34"));
        assertThat(style.theme(0)).isEqualTo(PaintStyle.LIGHT.theme(0));
        assertThat(style.theme(2)).isEqualTo(PaintStyle.LIGHT.theme(2));
        assertThat(PaintStyle.LIGHT.withThemeColours(java.util.Arrays.asList(null, null))).isSameAs(PaintStyle.LIGHT);
    }

    @Test
    void aFigureDrawsTheThemeInTheColourChosenForIt() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("c.db"), false)) {
            String before = svg(w);
            assertThat(before).doesNotContain("rgb(18,171,52)");
            Theme judicial = w.catalog().themes().stream().filter(t -> t.name().equals("Judicial protection"))
                    .findFirst().orElseThrow();
            new Editor(w).run(CatalogEdits.update(judicial, new Theme(judicial.name(), judicial.description(), "#12ab34")));
            assertThat(svg(w)).contains("rgb(18,171,52)");
        }
    }

    private static String svg(Workspace w) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SnapshotService(w).write(new SnapshotRequest(new SavedView("t", EventFilter.ALL, "NONE", null, null, null),
                1200, 600.0, 1, null, true, true, false), SnapshotFormat.SVG, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
