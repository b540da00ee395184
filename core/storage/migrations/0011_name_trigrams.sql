-- Search: a part of a word ("parman" finds Suparman), the last tier after whole words and
-- prefixes. A trigram index over the normalised names with row ids only (detail = none: about
-- 25 MB per million people, against about 50 MB with positions); a candidate is confirmed by
-- LIKE on person.name_norm. Existing stores get the index built from their rows here.
CREATE VIRTUAL TABLE person_name_trigram USING fts5(
    name_norm, content = 'person', content_rowid = 'pk', tokenize = 'trigram', detail = 'none');
INSERT INTO person_name_trigram(person_name_trigram) VALUES ('rebuild');

CREATE TRIGGER person_trigram_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_name_trigram(rowid, name_norm) VALUES (new.pk, new.name_norm);
END;
CREATE TRIGGER person_trigram_update AFTER UPDATE OF name_norm ON person BEGIN
    INSERT INTO person_name_trigram(person_name_trigram, rowid, name_norm)
        VALUES ('delete', old.pk, old.name_norm);
    INSERT INTO person_name_trigram(rowid, name_norm) VALUES (new.pk, new.name_norm);
END;
