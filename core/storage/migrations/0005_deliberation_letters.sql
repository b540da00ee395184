-- Schema 5: musyawarah desa/kelurahan (meetings, agenda with one decision per request,
-- attendance, photos, addenda), the register of numbered letters (surat keterangan DTKS,
-- berita acara, SPTJM) with every print, and the installation's letter-signing keys.
-- A finalised meeting is locked by triggers: a later correction is an addendum, not an edit.

CREATE TABLE letter (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL,
    serial       INTEGER NOT NULL CHECK (serial > 0), -- restarts each year, no gaps
    number       TEXT NOT NULL UNIQUE,                -- as printed, from the numbering pattern
    kind         TEXT NOT NULL CHECK (kind IN ('certificate', 'minutes', 'sptjm', 'addendum')),
    issued_on    TEXT NOT NULL,                       -- YYYY-MM-DD, the date on the letter
    issued_at    TEXT NOT NULL,
    issued_by    TEXT NOT NULL,
    registered   INTEGER CHECK (registered IN (0, 1)), -- certificates: in DTKS/DTSEN or not
    person_id    TEXT,                                -- DTKS member id, never a NIK
    subject_name TEXT NOT NULL DEFAULT '',
    purpose      TEXT NOT NULL DEFAULT '',
    meeting_id   INTEGER REFERENCES meeting(id),
    content      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(content)), -- what was printed
    content_hash TEXT NOT NULL DEFAULT '',
    key_id       TEXT NOT NULL DEFAULT '',
    signature    TEXT NOT NULL DEFAULT '',
    UNIQUE (year, serial)
);
CREATE INDEX letter_issued ON letter(issued_on);
CREATE INDEX letter_person ON letter(person_id) WHERE person_id IS NOT NULL;

-- Every print or PDF of a letter; the first is the original, later ones are marked SALINAN.
CREATE TABLE letter_print (
    id        INTEGER PRIMARY KEY,
    letter_id INTEGER NOT NULL REFERENCES letter(id),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    copy      INTEGER NOT NULL CHECK (copy IN (0, 1)),
    paper     TEXT NOT NULL,
    target    TEXT NOT NULL CHECK (target IN ('pdf', 'printer'))
);
CREATE INDEX letter_print_letter ON letter_print(letter_id);

-- Ed25519 key pairs that sign the letters' verification codes. The secret key of the current
-- pair lives here (see docs/letters.md for what that protects and what it does not); retired
-- pairs keep their public key so older letters still verify.
CREATE TABLE letter_key (
    key_id     TEXT PRIMARY KEY,                      -- hex of the first 8 bytes of SHA-256(pk)
    public_key BLOB NOT NULL,
    secret_key BLOB,
    created_at TEXT NOT NULL,
    retired_at TEXT
) WITHOUT ROWID;

CREATE TABLE meeting (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('musdes', 'muskel', 'sptjm')),
    state         TEXT NOT NULL DEFAULT 'planned'
                  CHECK (state IN ('planned', 'finalised', 'cancelled')),
    held_on       TEXT NOT NULL,                      -- YYYY-MM-DD
    start_time    TEXT NOT NULL DEFAULT '',           -- HH:MM
    place         TEXT NOT NULL DEFAULT '',
    discussion    TEXT NOT NULL DEFAULT '',
    follow_up     TEXT NOT NULL DEFAULT '',
    sptjm_reason  TEXT NOT NULL DEFAULT '',           -- why no meeting could be held
    head_name     TEXT NOT NULL DEFAULT '',           -- lurah / kepala desa
    head_nip      TEXT NOT NULL DEFAULT '',
    council_name  TEXT NOT NULL DEFAULT '',           -- ketua BPD / LPM
    witness_name  TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    finalised_at  TEXT,
    finalised_by  TEXT,
    cancel_reason TEXT,
    letter_id     INTEGER REFERENCES letter(id),      -- the number of its berita acara / SPTJM
    minutes_sha256 TEXT REFERENCES attachment(sha256)
);
CREATE INDEX meeting_held ON meeting(held_on);

CREATE TABLE meeting_attendee (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
    name        TEXT NOT NULL CHECK (trim(name) <> ''),
    position    TEXT NOT NULL DEFAULT '',             -- jabatan
    institution TEXT NOT NULL DEFAULT ''              -- unsur / lembaga
);
CREATE INDEX meeting_attendee_meeting ON meeting_attendee(meeting_id);

CREATE TABLE meeting_item (
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    request_id INTEGER NOT NULL REFERENCES change_request(id),
    position   INTEGER NOT NULL,
    decision   TEXT CHECK (decision IN ('approved', 'rejected', 'deferred')),
    reason     TEXT NOT NULL DEFAULT '',
    decided_at TEXT,
    decided_by TEXT,
    PRIMARY KEY (meeting_id, request_id)
) WITHOUT ROWID;
CREATE INDEX meeting_item_request ON meeting_item(request_id);

-- Photos of the meeting (attachment kind 'meeting_photo').
CREATE TABLE meeting_photo (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    sha256     TEXT NOT NULL REFERENCES attachment(sha256),
    caption    TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, sha256)
);

-- Corrections after finalisation: never an edit of the meeting, always a numbered addendum.
CREATE TABLE meeting_addendum (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
    text       TEXT NOT NULL CHECK (trim(text) <> ''),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    letter_id  INTEGER REFERENCES letter(id),
    sha256     TEXT REFERENCES attachment(sha256)
);
CREATE INDEX meeting_addendum_meeting ON meeting_addendum(meeting_id);

-- A finalised or cancelled meeting is locked, and nothing of it is ever deleted.
CREATE TRIGGER meeting_locked BEFORE UPDATE ON meeting WHEN old.state <> 'planned' BEGIN
    SELECT RAISE(ABORT, 'meeting is locked; record an addendum instead');
END;
CREATE TRIGGER meeting_no_delete BEFORE DELETE ON meeting BEGIN
    SELECT RAISE(ABORT, 'meetings are never deleted; cancel them instead');
END;
CREATE TRIGGER meeting_item_locked_insert BEFORE INSERT ON meeting_item
WHEN (SELECT state FROM meeting WHERE id = new.meeting_id) <> 'planned' BEGIN
    SELECT RAISE(ABORT, 'meeting is locked; record an addendum instead');
END;
CREATE TRIGGER meeting_item_locked_update BEFORE UPDATE ON meeting_item
WHEN (SELECT state FROM meeting WHERE id = old.meeting_id) <> 'planned' BEGIN
    SELECT RAISE(ABORT, 'meeting is locked; record an addendum instead');
END;
CREATE TRIGGER meeting_item_locked_delete BEFORE DELETE ON meeting_item
WHEN (SELECT state FROM meeting WHERE id = old.meeting_id) <> 'planned' BEGIN
    SELECT RAISE(ABORT, 'meeting is locked; record an addendum instead');
END;
CREATE TRIGGER meeting_attendee_locked_insert BEFORE INSERT ON meeting_attendee
WHEN (SELECT state FROM meeting WHERE id = new.meeting_id) <> 'planned' BEGIN
    SELECT RAISE(ABORT, 'meeting is locked; record an addendum instead');
END;
CREATE TRIGGER meeting_attendee_locked_update BEFORE UPDATE ON meeting_attendee
WHEN (SELECT state FROM meeting WHERE id = old.meeting_id) <> 'planned' BEGIN
    SELECT RAISE(ABORT, 'meeting is locked; record an addendum instead');
END;
CREATE TRIGGER meeting_attendee_locked_delete BEFORE DELETE ON meeting_attendee
WHEN (SELECT state FROM meeting WHERE id = old.meeting_id) <> 'planned' BEGIN
    SELECT RAISE(ABORT, 'meeting is locked; record an addendum instead');
END;
CREATE TRIGGER meeting_photo_locked_insert BEFORE INSERT ON meeting_photo
WHEN (SELECT state FROM meeting WHERE id = new.meeting_id) <> 'planned' BEGIN
    SELECT RAISE(ABORT, 'meeting is locked; record an addendum instead');
END;
CREATE TRIGGER meeting_photo_locked_delete BEFORE DELETE ON meeting_photo
WHEN (SELECT state FROM meeting WHERE id = old.meeting_id) <> 'planned' BEGIN
    SELECT RAISE(ABORT, 'meeting is locked; record an addendum instead');
END;
CREATE TRIGGER meeting_addendum_no_update BEFORE UPDATE ON meeting_addendum BEGIN
    SELECT RAISE(ABORT, 'addenda are never rewritten');
END;
CREATE TRIGGER meeting_addendum_no_delete BEFORE DELETE ON meeting_addendum BEGIN
    SELECT RAISE(ABORT, 'addenda are never deleted');
END;

-- The register keeps every number it gave: letters and their prints are never changed or deleted.
CREATE TRIGGER letter_no_update BEFORE UPDATE ON letter BEGIN
    SELECT RAISE(ABORT, 'the letter register is never rewritten');
END;
CREATE TRIGGER letter_no_delete BEFORE DELETE ON letter BEGIN
    SELECT RAISE(ABORT, 'the letter register is never deleted from');
END;
CREATE TRIGGER letter_print_no_change BEFORE UPDATE ON letter_print BEGIN
    SELECT RAISE(ABORT, 'print records are never rewritten');
END;
CREATE TRIGGER letter_print_no_delete BEFORE DELETE ON letter_print BEGIN
    SELECT RAISE(ABORT, 'print records are never deleted');
END;
CREATE TRIGGER letter_key_no_delete BEFORE DELETE ON letter_key BEGIN
    SELECT RAISE(ABORT, 'signing keys are retired, never deleted');
END;
