-- Timescope schema version 7: the generation is raised by every program that writes the file (decision 0044).
-- Version 6 raised it only in Timescope's own write transactions; a change made with plain SQL by another program
-- (the sqlite3 shell, a script) left it as it was, and the column cache written before that change was still taken
-- for current. These triggers raise it for every row written to the tables the cache is read from — events, their
-- organisation and theme links, organisation and theme names — by any writer, in the writer's own transaction.
-- Timescope's bulk import drops them inside its transaction and creates them again before it commits (it raises
-- the generation itself); every other write of Timescope's fires them for the few rows it touches.
-- Each trigger is one statement: the script is split on ';' at a line's end, and a trigger body ends at 'END;'.
CREATE TRIGGER generation_event_insert AFTER INSERT ON event
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_event_update AFTER UPDATE ON event
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_event_delete AFTER DELETE ON event
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_event_organisation_insert AFTER INSERT ON event_organisation
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_event_organisation_update AFTER UPDATE ON event_organisation
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_event_organisation_delete AFTER DELETE ON event_organisation
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_event_theme_insert AFTER INSERT ON event_theme
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_event_theme_update AFTER UPDATE ON event_theme
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_event_theme_delete AFTER DELETE ON event_theme
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_organisation_insert AFTER INSERT ON organisation
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_organisation_update AFTER UPDATE ON organisation
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_organisation_delete AFTER DELETE ON organisation
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_theme_insert AFTER INSERT ON theme
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_theme_update AFTER UPDATE ON theme
BEGIN UPDATE generation SET value = value + 1; END;
CREATE TRIGGER generation_theme_delete AFTER DELETE ON theme
BEGIN UPDATE generation SET value = value + 1; END;
