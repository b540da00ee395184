-- Schema 1: the replica of the village's slice of the register (households, persons,
-- programme memberships, desil), the local change requests with their full history,
-- and the bookkeeping the sync needs. Rows of the register are never deleted: removals and
-- deactivations are states with a reason, a date and an actor.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE village (
    code          TEXT PRIMARY KEY,            -- PP.RR.DD.VVVV
    name          TEXT NOT NULL,
    district_name TEXT NOT NULL DEFAULT '',
    regency_name  TEXT NOT NULL DEFAULT '',
    province_name TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE household (
    id             TEXT PRIMARY KEY,           -- stable DTKS household id
    kk_number      TEXT,                       -- changes when the card is reissued
    village_code   TEXT NOT NULL REFERENCES village(code),
    rt             TEXT NOT NULL DEFAULT '',
    rw             TEXT NOT NULL DEFAULT '',
    address        TEXT NOT NULL DEFAULT '',
    desil          INTEGER CHECK (desil BETWEEN 1 AND 10),
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'moved', 'excluded')),
    status_reason  TEXT,
    status_date    TEXT,
    status_actor   TEXT,
    latitude       REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude      REAL CHECK (longitude BETWEEN -180 AND 180),
    head_name      TEXT NOT NULL DEFAULT '',   -- kept by triggers on person
    member_count   INTEGER NOT NULL DEFAULT 0, -- active members, kept by triggers on person
    server_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX household_kk ON household(kk_number);
CREATE INDEX household_area ON household(village_code, rw, rt);

CREATE TABLE person (
    pk             INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,       -- DTKS member id (household id + 2 digits)
    household_id   TEXT NOT NULL REFERENCES household(id),
    nik            TEXT,
    name           TEXT NOT NULL,
    name_norm      TEXT NOT NULL,              -- NameNormalizer form, indexed by person_name_fts
    sex            TEXT CHECK (sex IN ('L', 'P')),
    birth_place    TEXT NOT NULL DEFAULT '',
    birth_date     TEXT,                       -- YYYY-MM-DD
    relationship   TEXT,
    marital_status TEXT,
    occupation     TEXT NOT NULL DEFAULT '',
    disability     TEXT,
    status         TEXT NOT NULL DEFAULT 'active'
                   CHECK (status IN ('active', 'deceased', 'moved', 'excluded')),
    status_reason  TEXT,
    status_date    TEXT,
    status_actor   TEXT,
    server_version INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX person_nik ON person(nik) WHERE nik IS NOT NULL;
CREATE INDEX person_household ON person(household_id);

CREATE VIRTUAL TABLE person_name_fts USING fts5(
    name_norm, content = 'person', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3');

CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_name_fts(rowid, name_norm) VALUES (new.pk, new.name_norm);
END;
CREATE TRIGGER person_fts_update AFTER UPDATE OF name_norm ON person BEGIN
    INSERT INTO person_name_fts(person_name_fts, rowid, name_norm)
        VALUES ('delete', old.pk, old.name_norm);
    INSERT INTO person_name_fts(rowid, name_norm) VALUES (new.pk, new.name_norm);
END;

-- The household list shows the head and the number of active members without a join.
CREATE TRIGGER person_household_insert AFTER INSERT ON person BEGIN
    UPDATE household
       SET member_count = member_count + (new.status = 'active'),
           head_name = CASE WHEN new.relationship = 'head' AND new.status = 'active'
                            THEN new.name ELSE head_name END
     WHERE id = new.household_id;
END;
CREATE TRIGGER person_household_update
AFTER UPDATE OF status, relationship, name, household_id ON person BEGIN
    UPDATE household
       SET member_count = member_count - (old.status = 'active'),
           head_name = CASE WHEN old.relationship = 'head' THEN '' ELSE head_name END
     WHERE id = old.household_id;
    UPDATE household
       SET member_count = member_count + (new.status = 'active'),
           head_name = CASE WHEN new.relationship = 'head' AND new.status = 'active'
                            THEN new.name ELSE head_name END
     WHERE id = new.household_id;
END;

CREATE TABLE program_membership (
    id             INTEGER PRIMARY KEY,
    person_pk      INTEGER NOT NULL REFERENCES person(pk),
    program        TEXT NOT NULL,              -- PKH, BPNT, PBI-JK, BLT-DD, BERAS, APBD
    since          TEXT,
    until          TEXT,                       -- NULL while current
    server_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX program_membership_person ON program_membership(person_pk);
CREATE INDEX program_membership_current ON program_membership(program) WHERE until IS NULL;

-- Every status a household or person has had: who, when, why, from where.
CREATE TABLE status_history (
    id             INTEGER PRIMARY KEY,
    household_id   TEXT NOT NULL,
    person_id      TEXT,                       -- NULL: the household itself
    status         TEXT NOT NULL,
    reason         TEXT,
    effective_date TEXT,
    actor          TEXT NOT NULL,
    recorded_at    TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('snapshot', 'sync', 'civil_registry', 'local'))
);
CREATE INDEX status_history_household ON status_history(household_id);

CREATE TABLE change_request (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,       -- idempotency key for the sync
    kind           TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'draft',
    household_id   TEXT,
    person_id      TEXT,
    payload        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    warnings       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)),
    base_version   INTEGER,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    state_reason   TEXT
);
CREATE INDEX change_request_state ON change_request(state);
CREATE INDEX change_request_household ON change_request(household_id);

CREATE TABLE change_request_event (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES change_request(id),
    from_state TEXT,
    to_state   TEXT NOT NULL,
    reason     TEXT,
    actor      TEXT NOT NULL,
    at         TEXT NOT NULL
);
CREATE INDEX change_request_event_request ON change_request_event(request_id);

-- Replica bookkeeping for the sync: pull cursor, last server sequence seen, last success.
CREATE TABLE replica_state (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

-- Nothing is deleted.
CREATE TRIGGER household_no_delete BEFORE DELETE ON household BEGIN
    SELECT RAISE(ABORT, 'register rows are never deleted; set a status instead');
END;
CREATE TRIGGER person_no_delete BEFORE DELETE ON person BEGIN
    SELECT RAISE(ABORT, 'register rows are never deleted; set a status instead');
END;
CREATE TRIGGER program_membership_no_delete BEFORE DELETE ON program_membership BEGIN
    SELECT RAISE(ABORT, 'memberships are never deleted; set until instead');
END;
CREATE TRIGGER status_history_no_delete BEFORE DELETE ON status_history BEGIN
    SELECT RAISE(ABORT, 'history is never deleted');
END;
CREATE TRIGGER change_request_no_delete BEFORE DELETE ON change_request BEGIN
    SELECT RAISE(ABORT, 'change requests are never deleted; discard them instead');
END;
CREATE TRIGGER change_request_event_no_delete BEFORE DELETE ON change_request_event BEGIN
    SELECT RAISE(ABORT, 'history is never deleted');
END;
CREATE TRIGGER change_request_event_no_update BEFORE UPDATE ON change_request_event BEGIN
    SELECT RAISE(ABORT, 'history is never rewritten');
END;

-- Audit trail: every action that changes data or prints a letter, chained by SHA-256
-- (AuditTrail::entryHash). Details never hold a NIK in clear text.
CREATE TABLE audit_entry (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    details     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);

-- Files kept by content (SHA-256) in the store's file folder: house and meeting photos,
-- berita acara, SPTJM. Referenced here; the bytes live in ContentStore.
CREATE TABLE attachment (
    sha256     TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    mime       TEXT NOT NULL,
    byte_size  INTEGER NOT NULL CHECK (byte_size >= 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE request_attachment (
    request_id INTEGER NOT NULL REFERENCES change_request(id),
    sha256     TEXT NOT NULL REFERENCES attachment(sha256),
    role       TEXT NOT NULL,
    PRIMARY KEY (request_id, sha256)
) WITHOUT ROWID;
