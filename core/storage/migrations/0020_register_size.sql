-- Schema 20: the register store at its size limit (issue 20). Nothing here changes what the
-- register holds or what a search finds.
--
-- household_area (village_code, rw, rt) helps no query: the household map filters on
-- village_code, which in a village's store is every row, and the household list sorts and
-- filters by RW/RT through household_by_area.
DROP INDEX household_area;

-- The name index keeps only which people a word (or a 2- or 3-letter prefix) belongs to:
-- detail = none drops the word positions (searches match single words and word prefixes,
-- never phrases) and columnsize = 0 the per-person word counts (nothing ranks with bm25). It
-- stays an external-content index over person.name_norm, so the names are stored once.
-- Same tokenizer, same prefixes; the triggers of schema 1 keep it up to date as before.
DROP TABLE person_name_fts;
CREATE VIRTUAL TABLE person_name_fts USING fts5(
    name_norm, content = 'person', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3', detail = none, columnsize = 0);
INSERT INTO person_name_fts(person_name_fts) VALUES ('rebuild');
