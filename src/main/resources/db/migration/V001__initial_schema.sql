-- Timescope schema version 1: the event store.
-- Dates are kept twice: as written (start_date/end_date, 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD') and as the
-- epoch days of the first and last day they cover (first_day/last_day), which every ordering and
-- range filter uses, so "January 2021" counts as the whole month.

CREATE TABLE source (
    id             INTEGER PRIMARY KEY,
    key            TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL,
    author         TEXT,
    publisher      TEXT,
    url            TEXT,
    published      TEXT,
    published_note TEXT,
    file           TEXT,
    body           TEXT
);

CREATE TABLE theme (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT
);

CREATE TABLE organisation (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    acronym   TEXT COLLATE NOCASE,
    kind      TEXT NOT NULL,
    parent_id INTEGER REFERENCES organisation(id),
    note      TEXT
);
CREATE INDEX organisation_parent ON organisation(parent_id);

CREATE TABLE organisation_alias (
    alias           TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE
);

CREATE TABLE place (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind      TEXT,
    parent_id INTEGER REFERENCES place(id)
);

CREATE TABLE person (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE event (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    summary     TEXT,
    category    TEXT,
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    precision   TEXT NOT NULL CHECK (precision IN ('year', 'month', 'day')),
    first_day   INTEGER NOT NULL,
    last_day    INTEGER NOT NULL CHECK (last_day >= first_day),
    approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
    inferred    INTEGER NOT NULL DEFAULT 0 CHECK (inferred IN (0, 1)),
    date_note   TEXT
);
CREATE INDEX event_first_day ON event(first_day, last_day);
CREATE INDEX event_last_day ON event(last_day);

CREATE TABLE event_organisation (
    event_id        INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    role            TEXT NOT NULL DEFAULT '',
    ordinal         INTEGER NOT NULL,
    PRIMARY KEY (event_id, organisation_id, role)
);
CREATE INDEX event_organisation_org ON event_organisation(organisation_id, event_id);

CREATE TABLE event_theme (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES theme(id),
    ordinal  INTEGER NOT NULL,
    PRIMARY KEY (event_id, theme_id)
);
CREATE INDEX event_theme_theme ON event_theme(theme_id, event_id);

CREATE TABLE event_person (
    event_id  INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person(id),
    role      TEXT NOT NULL DEFAULT '',
    ordinal   INTEGER NOT NULL,
    PRIMARY KEY (event_id, person_id, role)
);
CREATE INDEX event_person_person ON event_person(person_id, event_id);

CREATE TABLE event_place (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    place_id INTEGER NOT NULL REFERENCES place(id),
    ordinal  INTEGER NOT NULL,
    PRIMARY KEY (event_id, place_id)
);
CREATE INDEX event_place_place ON event_place(place_id, event_id);

CREATE TABLE evidence (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    source_id    INTEGER NOT NULL REFERENCES source(id),
    quote        TEXT NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER,
    ordinal      INTEGER NOT NULL
);
CREATE INDEX evidence_event ON evidence(event_id);

CREATE TABLE indicator (
    id           INTEGER PRIMARY KEY,
    series       TEXT NOT NULL,
    place        TEXT COLLATE NOCASE,
    period       TEXT NOT NULL,
    first_day    INTEGER NOT NULL,
    last_day     INTEGER NOT NULL,
    value        REAL NOT NULL,
    unit         TEXT,
    qualifier    TEXT,
    note         TEXT,
    source_id    INTEGER NOT NULL REFERENCES source(id),
    quote        TEXT NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER
);
CREATE INDEX indicator_series ON indicator(series, first_day);

-- Full text over what a reader searches: title, summary and the evidence quotes; rowid = event.id.
CREATE VIRTUAL TABLE event_fts USING fts5(title, summary, evidence, tokenize = 'unicode61 remove_diacritics 2');
