-- test-only migration: stands for a future schema change
ALTER TABLE event ADD COLUMN colour TEXT;
CREATE INDEX event_colour ON event(colour);
