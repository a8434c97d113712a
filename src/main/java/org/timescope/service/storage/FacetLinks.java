package org.timescope.service.storage;

/** Every (event id, value name) link of a facet (people or places), for bitsets kept in memory. */
public record FacetLinks(long[] events, String[] values) {
}
