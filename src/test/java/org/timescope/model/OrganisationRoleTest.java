package org.timescope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Found by a walk: after two names of one body were merged, an event that had named both (as host and as reporter)
 * listed the survivor twice in the detail pane. It is listed once there, with both roles.
 */
class OrganisationRoleTest {

    @Test
    void anOrganisationNamedTwiceIsListedOnceWithItsRoles() {
        List<OrganisationRole> listed = List.of(new OrganisationRole("Shanghai IPA", "host"),
                new OrganisationRole("Shanghai Municipal People's Government", "participant"),
                new OrganisationRole("Shanghai IPA", "reporter"), new OrganisationRole("Shanghai IPA", "host"),
                new OrganisationRole("WIPO", null));
        assertThat(OrganisationRole.byOrganisation(listed)).containsExactly(new OrganisationRole("Shanghai IPA", "host; reporter"),
                new OrganisationRole("Shanghai Municipal People's Government", "participant"),
                new OrganisationRole("WIPO", null));
    }
}
