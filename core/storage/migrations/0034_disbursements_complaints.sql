-- Schema 34 (dtsen): the disbursement history per family, as the central server's stream
-- carries it, and the register of complaints (pengaduan) with their handling.

-- One event of a family's disbursement: a programme's period reached a status on a date
-- (docs/sync-protocol.md, entity `disbursement`). Written only by the pull.
CREATE TABLE disbursement (
    id             TEXT PRIMARY KEY,
    household_id   TEXT NOT NULL,
    program        TEXT NOT NULL,
    period         TEXT NOT NULL,
    status         TEXT NOT NULL,
    event_date     TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    server_version INTEGER NOT NULL,
    received_at    TEXT NOT NULL
);
CREATE INDEX disbursement_household ON disbursement(household_id, event_date);

-- A complaint taken at the counter or arriving from upstream (Cek Bansos, SP4N-LAPOR!, Dinsos).
-- Never deleted: a complaint ends resolved or rejected, with who handled it and how.
CREATE TABLE complaint (
    id               INTEGER PRIMARY KEY,
    received_on      TEXT NOT NULL,              -- YYYY-MM-DD
    source           TEXT NOT NULL CHECK (source IN ('counter', 'upstream')),
    upstream_ref     TEXT NOT NULL DEFAULT '',
    anonymous        INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    complainant      TEXT NOT NULL DEFAULT '',
    contact          TEXT NOT NULL DEFAULT '',
    category         TEXT NOT NULL CHECK (category IN ('objection', 'not_receiving',
                                                       'disbursement', 'data', 'service',
                                                       'other')),
    household_id     TEXT,
    program          TEXT,
    description      TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('received', 'verified', 'followed_up',
                                                    'resolved', 'rejected')),
    handled_by       TEXT NOT NULL DEFAULT '',
    handling         TEXT NOT NULL DEFAULT '',
    recorded_by      TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX complaint_state ON complaint(state, received_on);
CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint BEGIN
    SELECT RAISE(ABORT, 'complaints are never deleted');
END;

-- Every step of a complaint: who, when, what was done. Never changed.
CREATE TABLE complaint_event (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaint(id),
    from_state   TEXT,
    to_state     TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    actor        TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX complaint_event_complaint ON complaint_event(complaint_id, id);
CREATE TRIGGER complaint_event_no_update BEFORE UPDATE ON complaint_event BEGIN
    SELECT RAISE(ABORT, 'history is never rewritten');
END;
CREATE TRIGGER complaint_event_no_delete BEFORE DELETE ON complaint_event BEGIN
    SELECT RAISE(ABORT, 'history is never deleted');
END;
