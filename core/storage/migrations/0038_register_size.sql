-- Schema 38: the register store smaller again (issue 20). Nothing here changes what the
-- register holds or what a search finds.
--
-- One KK index, not two: the KK search and the KK order both use coalesce(kk_number, '').
DROP INDEX household_kk;

-- The household list's orders break ties by the rowid, which every index entry holds anyway,
-- instead of the 17-character household id: each of these indexes loses about half its size.
DROP INDEX household_by_head;
DROP INDEX household_by_kk;
DROP INDEX household_by_area;
DROP INDEX household_by_desil;
DROP INDEX household_by_members;
DROP INDEX household_by_status;
CREATE INDEX household_by_head ON household(head_name);
CREATE INDEX household_by_kk ON household(coalesce(kk_number, ''));
CREATE INDEX household_by_area ON household(rw, rt);
CREATE INDEX household_by_desil ON household(coalesce(desil, 0));
CREATE INDEX household_by_members ON household(member_count);
CREATE INDEX household_by_status ON household(status);

-- The part-of-a-word index without its per-person word counts (columnsize = 0): nothing ranks
-- its hits, a candidate is confirmed by LIKE on person.name_norm.
DROP TABLE person_name_trigram;
CREATE VIRTUAL TABLE person_name_trigram USING fts5(
    name_norm, content = 'person', content_rowid = 'pk', tokenize = 'trigram', detail = 'none',
    columnsize = 0);
INSERT INTO person_name_trigram(person_name_trigram) VALUES ('rebuild');
