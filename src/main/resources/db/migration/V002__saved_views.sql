-- Timescope schema version 2: named views (filters, time window, lanes, selection) kept with the data,
-- so a figure can be regenerated later from the window or the command line.
CREATE TABLE saved_view (
    name    TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    spec    TEXT NOT NULL,
    updated TEXT NOT NULL
);
