package org.timescope;

import java.util.List;
import org.timescope.model.Dataset;
import org.timescope.model.DateSpan;
import org.timescope.model.Evidence;
import org.timescope.model.Organisation;
import org.timescope.model.OrganisationKind;
import org.timescope.model.OrganisationRole;
import org.timescope.model.PersonRole;
import org.timescope.model.Place;
import org.timescope.model.Source;
import org.timescope.model.Theme;
import org.timescope.model.TimelineEvent;

/**
 * A small dataset whose answers are known by heart: a parent organisation with a child office, two
 * themes, a district inside a city, month-, year- and day-precision events, one range.
 */
public final class TestData {
    public static final String TEXT = "The Agency opened its Riverside office in March 2020. "
            + "The Court and the Agency held a copyright forum on 5 May 2021. "
            + "A yearly report ran from 2018 to 2019. The Court met alone in 2021.";

    private TestData() {
    }

    public static Dataset small() {
        return new Dataset(
                List.of(new Theme("Copyright", "works"), new Theme("Enforcement", "action")),
                List.of(new Organisation("Example Agency", "EXA", List.of("The Agency"), null, OrganisationKind.GOVERNMENT_BODY, null),
                        new Organisation("Example Agency Riverside Office", null, List.of(), "Example Agency",
                                OrganisationKind.GOVERNMENT_BODY, null),
                        new Organisation("High Court", null, List.of("The Court"), null, OrganisationKind.COURT, null)),
                List.of(new Place("Metropolis", "city", null), new Place("Riverside", "district", "Metropolis")),
                List.of(new Source("s1", "Example article", null, "Example Press", "https://example.org/a", null, null,
                        null, TEXT)),
                List.of(event("office", "Riverside office opens", "2020-03", null, List.of("Riverside"),
                                List.of(new OrganisationRole("Example Agency Riverside Office", "opened")),
                                List.of("Enforcement"), List.of(), "The Agency opened its Riverside office in March 2020."),
                        event("forum", "Copyright forum", "2021-05-05", null, List.of("Metropolis"),
                                List.of(new OrganisationRole("High Court", "co-host"), new OrganisationRole("EXA", "co-host")),
                                List.of("Copyright", "Enforcement"), List.of(new PersonRole("Ada Judge", "President")),
                                "The Court and the Agency held a copyright forum on 5 May 2021."),
                        event("report", "Yearly report", "2018", "2019", List.of(),
                                List.of(new OrganisationRole("Example Agency", "publisher")),
                                List.of("Copyright"), List.of(), "A yearly report ran from 2018 to 2019."),
                        event("court-meeting", "Court meets", "2021", null, List.of("Metropolis"),
                                List.of(new OrganisationRole("The Court", "host")), List.of("Enforcement"),
                                List.of(new PersonRole("Ada Judge", "President")), "The Court met alone in 2021.")),
                List.of());
    }

    private static TimelineEvent event(String key, String title, String start, String end, List<String> places,
                                       List<OrganisationRole> orgs, List<String> themes, List<PersonRole> people,
                                       String quote) {
        return new TimelineEvent(key, title, title + " (summary)", "meeting", DateSpan.parse(start, end), false, false,
                null, places, orgs, themes, people, List.of(Evidence.at("s1", quote, TEXT.indexOf(quote))));
    }
}
