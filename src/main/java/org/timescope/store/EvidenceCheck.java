package org.timescope.store;

import org.timescope.model.Evidence;

/**
 * Ties a quote to its place in the source text. A quote must be a verbatim substring of its source:
 * given offsets must point at it, and missing offsets are found (first occurrence).
 */
final class EvidenceCheck {
    private EvidenceCheck() {
    }

    static Evidence locate(Evidence evidence, String sourceText, String owner) {
        if (sourceText == null) {
            return new Evidence(evidence.sourceKey(), evidence.quote(), -1, -1);
        }
        if (evidence.hasOffsets()) {
            if (evidence.end() <= sourceText.length()
                    && sourceText.substring(evidence.start(), evidence.end()).equals(evidence.quote())) {
                return evidence;
            }
            throw new StoreException(owner + ": the quote at offset " + evidence.start() + " of source '"
                    + evidence.sourceKey() + "' does not match the source text");
        }
        int at = sourceText.indexOf(evidence.quote());
        if (at < 0) {
            throw new StoreException(owner + ": quote \"" + abbreviate(evidence.quote())
                    + "\" is not a verbatim part of source '" + evidence.sourceKey() + "'");
        }
        return Evidence.at(evidence.sourceKey(), evidence.quote(), at);
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 60 ? quote : quote.substring(0, 57) + "...";
    }
}
