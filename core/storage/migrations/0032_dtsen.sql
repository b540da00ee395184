-- Schema 32 (DTSEN): the desil is a value from BPS with its as-of date, kept with its history;
-- every change request records the channel it came through and the basis of its approval; the
-- letter register takes the surat rekomendasi reaktivasi PBI-JK.

-- The BPS ranking date of the household's desil (YYYY-MM-DD); NULL when the source did not say.
ALTER TABLE household ADD COLUMN desil_as_of TEXT;

-- Every desil a household was given, as it arrived (snapshot or pull). Never changed.
CREATE TABLE desil_history (
    id           INTEGER PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES household(id),
    desil        INTEGER CHECK (desil BETWEEN 1 AND 10),  -- NULL: no longer ranked
    as_of        TEXT,                                    -- BPS date; NULL: not given
    recorded_at  TEXT NOT NULL,
    source       TEXT NOT NULL CHECK (source IN ('snapshot', 'pull', 'schema'))
);
CREATE INDEX desil_history_household ON desil_history(household_id, id);
CREATE TRIGGER desil_history_no_update BEFORE UPDATE ON desil_history BEGIN
    SELECT RAISE(ABORT, 'history is never rewritten');
END;
CREATE TRIGGER desil_history_no_delete BEFORE DELETE ON desil_history BEGIN
    SELECT RAISE(ABORT, 'history is never deleted');
END;
-- The desil households already had, without a date (it was never recorded).
INSERT INTO desil_history(household_id, desil, as_of, recorded_at, source)
    SELECT id, desil, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'schema'
    FROM household WHERE desil IS NOT NULL ORDER BY id;

-- Where a request came from, and what approved it. NULL for requests made before schema 32.
ALTER TABLE change_request ADD COLUMN channel TEXT CHECK (channel IN ('counter', 'field_visit',
    'musyawarah', 'cek_bansos_usul', 'cek_bansos_sanggah'));
ALTER TABLE change_request ADD COLUMN approval_basis TEXT
    CHECK (approval_basis IN ('berita_acara', 'sptjm'));
ALTER TABLE change_request ADD COLUMN approval_number TEXT;

-- The letter register takes a new kind: SQLite cannot widen a CHECK, so the table is rebuilt
-- (the migrations run with foreign keys off and are checked with foreign_key_check before they
-- are committed). Rows, ids and numbers stay exactly as they were.
CREATE TABLE letter_new (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL,
    serial       INTEGER NOT NULL CHECK (serial > 0),
    number       TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('certificate', 'minutes', 'sptjm', 'addendum',
                                               'reactivation')),
    issued_on    TEXT NOT NULL,
    issued_at    TEXT NOT NULL,
    issued_by    TEXT NOT NULL,
    registered   INTEGER CHECK (registered IN (0, 1)),
    person_id    TEXT,
    subject_name TEXT NOT NULL DEFAULT '',
    purpose      TEXT NOT NULL DEFAULT '',
    meeting_id   INTEGER REFERENCES meeting(id),
    content      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content)),
    content_hash TEXT NOT NULL DEFAULT '',
    key_id       TEXT NOT NULL DEFAULT '',
    signature    TEXT NOT NULL DEFAULT '',
    UNIQUE (year, serial)
);
INSERT INTO letter_new SELECT id, year, serial, number, kind, issued_on, issued_at, issued_by,
    registered, person_id, subject_name, purpose, meeting_id, content, content_hash, key_id,
    signature FROM letter ORDER BY id;
DROP TABLE letter;
ALTER TABLE letter_new RENAME TO letter;
CREATE INDEX letter_issued ON letter(issued_on);
CREATE INDEX letter_person ON letter(person_id) WHERE person_id IS NOT NULL;
CREATE TRIGGER letter_no_update BEFORE UPDATE ON letter BEGIN
    SELECT RAISE(ABORT, 'the letter register is never rewritten');
END;
CREATE TRIGGER letter_no_delete BEFORE DELETE ON letter BEGIN
    SELECT RAISE(ABORT, 'the letter register is never deleted from');
END;
