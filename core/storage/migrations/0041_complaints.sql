-- Schema 41 (complaints): the register of complaints (pengaduan) and citizens' objections
-- (sanggah) taken at the counter, by phone, through Cek Bansos or from upstream.

-- One complaint. The complainant may stay anonymous (empty name and contact). Rows are never
-- deleted: a complaint ends as answered, closed or forwarded to Dinsos.
CREATE TABLE complaint (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('complaint', 'objection')),
    channel           TEXT NOT NULL CHECK (channel IN ('counter', 'phone', 'cek_bansos', 'upstream')),
    anonymous         INTEGER NOT NULL DEFAULT 0,
    complainant_name  TEXT NOT NULL DEFAULT '',
    complainant_contact TEXT NOT NULL DEFAULT '',
    household_id      TEXT NOT NULL DEFAULT '',
    program           TEXT NOT NULL DEFAULT '',
    subject           TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('received', 'handling', 'answered', 'closed',
                                                      'forwarded')),
    received_at       TEXT NOT NULL,
    recorded_by       TEXT NOT NULL,
    verified_at       TEXT,
    handled_by        TEXT NOT NULL DEFAULT '',
    answer            TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL,
    closed_at         TEXT
);
CREATE INDEX complaint_status ON complaint(status, received_at);
CREATE INDEX complaint_household ON complaint(household_id);
CREATE TRIGGER complaint_no_delete BEFORE DELETE ON complaint BEGIN
    SELECT RAISE(ABORT, 'complaints are never deleted');
END;
