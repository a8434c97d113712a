-- test-only migration whose second statement fails, to check that the first is rolled back
ALTER TABLE event ADD COLUMN colour TEXT;
ALTER TABLE no_such_table ADD COLUMN x TEXT;
