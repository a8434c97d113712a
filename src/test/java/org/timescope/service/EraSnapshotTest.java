package org.timescope.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timescope.model.EventFilter;
import org.timescope.model.PartialDate;
import org.timescope.model.SavedView;
import org.w3c.dom.Document;

/** The curated eras of the bundled dataset are drawn, named, in every snapshot format. */
class EraSnapshotTest {

    @TempDir
    Path dir;

    private static final String OUTLINE = "Outline for the Construction of a Strong IP City (Shanghai)";
    private static final String PLAN = "14th Five-Year Plan on IP protection and utilization (Shanghai)";

    private static SnapshotRequest request(EventFilter filter, String lanes) {
        return new SnapshotRequest(new SavedView("t", filter, lanes, null, null, null), 2400, null, 1,
                "Eras", true, true, false);
    }

    @Test
    void theBundledDatasetHasItsTwoCuratedErasAndAnSvgNamesBoth() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("b.db"), false)) {
            assertThat(w.eras().eras()).extracting(e -> e.name()).containsExactlyInAnyOrder(OUTLINE, PLAN);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SnapshotService(w).write(request(EventFilter.ALL, "NONE"), SnapshotFormat.SVG, out);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
            String text = svg.getDocumentElement().getTextContent();
            assertThat(text).contains(OUTLINE).contains(PLAN);
        }
    }

    @Test
    void aViewOfOtherYearsOrAnotherThemeLeavesTheErasOut() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("b.db"), false)) {
            SnapshotService service = new SnapshotService(w);
            // both eras are dated 2022–2023: a view of 2016–2020 has none
            assertThat(service.prepare(request(EventFilter.ALL.withDates(PartialDate.ofYear(2016),
                    PartialDate.ofYear(2020)), "NONE")).figure().eras()).isEmpty();
            // the plan is scoped to the theme "Policy and planning"; the outline concerns everything
            assertThat(service.prepare(request(EventFilter.ALL.withThemes(java.util.Set.of("Copyright")), "THEME"))
                    .figure().eras()).extracting(e -> e.name()).containsExactly(OUTLINE);
        }
    }

    @Test
    void overLanesByThemeAnEraWhoseThemeHasNoEventsInTheViewIsLeftOutAndTheOtherKeepsItsColour() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("b.db"), false)) {
            SnapshotService service = new SnapshotService(w);
            // the IP Protection Center's events (2022 and 2023) have no "Policy and planning" theme: over lanes by
            // theme that lane is empty, and the plan scoped to it would have covered every other lane
            EventFilter centre = EventFilter.ALL.withOrganisations(java.util.Set.of("Shanghai IP Protection Center"));
            assertThat(service.prepare(request(centre, "THEME")).figure().eras()).extracting(e -> e.name())
                    .containsExactly(OUTLINE);
            // without lanes, both cover the one lane of all events
            assertThat(service.prepare(request(centre, "NONE")).figure().eras()).extracting(e -> e.name())
                    .containsExactlyInAnyOrder(OUTLINE, PLAN);
            // the outline is drawn in the colour it has in a figure of the whole collection (its place among all)
            assertThat(colour(service.prepare(request(centre, "THEME")).figure().eras(), OUTLINE))
                    .isEqualTo(colour(service.prepare(request(EventFilter.ALL, "NONE")).figure().eras(), OUTLINE));
        }
    }

    private static org.timescope.render.Rgb colour(java.util.List<org.timescope.model.Era> eras, String name) {
        for (int i = 0; i < eras.size(); i++) {
            if (eras.get(i).name().equals(name)) {
                return org.timescope.render.EraPainter.colour(eras.get(i), i);
            }
        }
        throw new AssertionError(name + " is not in the figure");
    }
}
