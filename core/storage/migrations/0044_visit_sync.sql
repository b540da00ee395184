-- Schema 44: visit results travel to tepat-central (issue 13 §3, docs/sync-protocol.md
-- "Visit results").

-- The `visit` object of a request drafted from a field visit, as it stood when the request
-- entered the outbox (VisitEnvelope). Kept with the item so that its envelope, and the hash
-- sent with the key, stay the same when the visit or its answers change later. NULL: the
-- request names no visit (and its envelope has no `visit`).
ALTER TABLE outbox_item ADD COLUMN visit TEXT CHECK (visit IS NULL OR json_valid(visit));

-- A verification result on its own: a household already in DTSEN whose visit proposes no
-- change (confirmed, not found, refused). One item per visit revision; the envelope is fixed
-- when it is queued (kind "verification") and its key is the idempotency key of the push.
CREATE TABLE verification_outbox (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,          -- uuid, the idempotency key
    visit_uuid      TEXT NOT NULL,
    visit_revision  INTEGER NOT NULL,
    household_id    TEXT NOT NULL,
    envelope        TEXT NOT NULL CHECK (json_valid(envelope)),
    payload_sha256  TEXT NOT NULL,
    queued_at       TEXT NOT NULL,
    queued_by       TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_error      TEXT,                          -- last transient failure
    parked_code     TEXT,                          -- set while the server refuses it
    parked_message  TEXT,
    acknowledged_at TEXT,                          -- local time the acknowledgement arrived
    received_at     TEXT,                          -- server time of receipt
    decision        TEXT,                          -- Dinsos: verified / dinsos_rejected
    decision_reason TEXT,
    decision_actor  TEXT,
    decision_at     TEXT,
    UNIQUE (visit_uuid, visit_revision)
);
CREATE INDEX verification_outbox_household ON verification_outbox(household_id);
CREATE TRIGGER verification_outbox_no_delete BEFORE DELETE ON verification_outbox BEGIN
    SELECT RAISE(ABORT, 'verification results are never deleted');
END;
