package org.timescope.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;

/** The organisation checklist lists each parent followed by its children, siblings in natural order, indented. */
@ExtendWith(ApplicationExtension.class) // the filter panel's class needs JavaFX's toolkit
class OrganisationTreeTest {

    @Start
    void start(Stage stage) {
        // no window: the rows are computed without one
    }

    private static Organisation org(String name, String parent) {
        return new Organisation(name, null, List.of(), parent, OrganisationKind.GOVERNMENT_BODY, null);
    }

    private static List<String> indented(List<FacetList.Row> rows) {
        return rows.stream().map(r -> "  ".repeat(r.depth()) + r.name() + (r.parent() == null ? "" : " < " + r.parent()))
                .toList();
    }

    @Test
    void parentsComeBeforeTheirChildrenAndSiblingsSortAsPeopleSortThem() {
        List<Organisation> orgs = new ArrayList<>(List.of(
                org("Shanghai Office 10", "China National IP Administration"),
                org("World Intellectual Property Organization", null),
                org("Pudong branch", "Shanghai Office 2"),
                org("Shanghai Office 2", "China National IP Administration"),
                org("china national ip administration", null),
                org("China National IP Administration", null),
                org("Arbitration Center", "World Intellectual Property Organization"),
                org("Shanghai Office 007", "China National IP Administration")));
        Collections.shuffle(orgs, new Random(7));
        assertThat(indented(FilterPanel.orgRows(orgs))).containsExactly(
                "China National IP Administration",
                "  Shanghai Office 2 < China National IP Administration",
                "    Pudong branch < Shanghai Office 2",
                "  Shanghai Office 007 < China National IP Administration",
                "  Shanghai Office 10 < China National IP Administration",
                "china national ip administration",
                "World Intellectual Property Organization",
                "  Arbitration Center < World Intellectual Property Organization");
    }

    @Test
    void aLargeCatalogueKeepsEveryOrganisationOnceUnderItsParent() {
        // 200 bodies with 20 offices each, in a shuffled order: every one listed once, right after its parent
        List<Organisation> orgs = new ArrayList<>();
        for (int b = 1; b <= 200; b++) {
            orgs.add(org("Body " + b, null));
            for (int o = 1; o <= 20; o++) {
                orgs.add(org("Body " + b + " office " + o, "Body " + b));
            }
        }
        Collections.shuffle(orgs, new Random(11));
        List<FacetList.Row> rows = FilterPanel.orgRows(orgs);
        assertThat(rows).hasSize(200 * 21);
        assertThat(rows.get(0).name()).isEqualTo("Body 1");
        assertThat(rows.get(1).name()).isEqualTo("Body 1 office 1");
        assertThat(rows.get(20).name()).isEqualTo("Body 1 office 20");
        assertThat(rows.get(21).name()).isEqualTo("Body 2");
        assertThat(rows.get(rows.size() - 1).name()).isEqualTo("Body 200 office 20");
        for (FacetList.Row row : rows) {
            assertThat(row.depth()).isEqualTo(row.parent() == null ? 0 : 1);
        }
    }
}
