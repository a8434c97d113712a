-- Timescope schema version 5: context around events.
-- Times of day need no column: start_date/end_date hold dates as written, now also 'YYYY-MM-DDTHH:MM[:SS][offset]'
-- (decision 0030); first_day/last_day stay days and precision keeps the calendar part ('day' for a time).

-- Eras: named periods drawn behind the events (decision 0031). Dates as for events: text as written and the
-- epoch days covered. A scope is an organisation or a theme, at most one; none means the era concerns everything.
CREATE TABLE era (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    start_date      TEXT NOT NULL,
    end_date        TEXT,
    first_day       INTEGER NOT NULL,
    last_day        INTEGER NOT NULL CHECK (last_day >= first_day),
    colour          TEXT,
    organisation_id INTEGER REFERENCES organisation(id),
    theme_id        INTEGER REFERENCES theme(id),
    notes           TEXT,
    CHECK (organisation_id IS NULL OR theme_id IS NULL)
);
CREATE INDEX era_first_day ON era(first_day, last_day);

CREATE TABLE era_evidence (
    id           INTEGER PRIMARY KEY,
    era_id       INTEGER NOT NULL REFERENCES era(id) ON DELETE CASCADE,
    source_id    INTEGER NOT NULL REFERENCES source(id),
    quote        TEXT NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER,
    ordinal      INTEGER NOT NULL
);
CREATE INDEX era_evidence_era ON era_evidence(era_id);

-- Typed links between events (decision 0032), with the evidence for them.
CREATE TABLE event_link (
    id         INTEGER PRIMARY KEY,
    from_event INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    to_event   INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('series', 'follows', 'part-of', 'implements', 'related')),
    note       TEXT,
    CHECK (from_event <> to_event),
    UNIQUE (from_event, to_event, kind)
);
CREATE INDEX event_link_to ON event_link(to_event);

CREATE TABLE event_link_evidence (
    id           INTEGER PRIMARY KEY,
    link_id      INTEGER NOT NULL REFERENCES event_link(id) ON DELETE CASCADE,
    source_id    INTEGER NOT NULL REFERENCES source(id),
    quote        TEXT NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER,
    ordinal      INTEGER NOT NULL
);
CREATE INDEX event_link_evidence_link ON event_link_evidence(link_id);
