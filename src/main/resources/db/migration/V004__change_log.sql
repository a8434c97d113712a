-- Timescope schema version 4: curation. Every user action (an edit, a merge, a delete, an import, an undo)
-- is one change group; its changes say which field of which entry went from what to what (JSON values; field
-- '*' is the whole entry). Both tables are append-only: an undo is a new group that names the one it undoes.
CREATE TABLE change_group (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    author  TEXT NOT NULL,
    action  TEXT NOT NULL,
    summary TEXT NOT NULL,
    undoes  INTEGER REFERENCES change_group(id)
);

CREATE TABLE change (
    id         INTEGER PRIMARY KEY,
    group_id   INTEGER NOT NULL REFERENCES change_group(id),
    entity     TEXT NOT NULL,
    entity_key TEXT NOT NULL COLLATE NOCASE,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX change_group_changes ON change(group_id);
CREATE INDEX change_entity ON change(entity, entity_key);

-- A research theme's own colour (#rrggbb), chosen in the catalogue; null keeps the palette's colour.
ALTER TABLE theme ADD COLUMN colour TEXT;
