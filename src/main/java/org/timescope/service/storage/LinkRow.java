package org.timescope.service.storage;

/**
 * One link of an event to a catalogue entry (an organisation, theme, person or place): the event's key, the
 * entry's name, the role (empty for themes and places, and for a link without one) and its position among the
 * event's links of that kind (lists are read in position order; positions need not be consecutive).
 */
public record LinkRow(String event, String entry, String role, int position) {
    public LinkRow {
        role = role == null ? "" : role;
    }
}
