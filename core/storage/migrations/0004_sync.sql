-- Schema 4: the outbox and the sync's bookkeeping (docs/sync-protocol.md).

-- One row per change request that entered the outbox (Approved -> Queued). Rows are never
-- deleted: an item leaves the queue only when the server acknowledged it (acknowledged_at).
CREATE TABLE outbox_item (
    request_id      INTEGER PRIMARY KEY REFERENCES change_request(id),
    key             TEXT NOT NULL UNIQUE,          -- change_request.uuid, the idempotency key
    payload_sha256  TEXT NOT NULL,                 -- of the envelope as it stands now
    enqueued_at     TEXT NOT NULL,
    enqueued_by     TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_error      TEXT,                          -- last transient failure, for the operator
    parked_code     TEXT,                          -- set while the server refuses the item
    parked_message  TEXT,
    parked_at       TEXT,
    acknowledged_at TEXT,                          -- local time the acknowledgement arrived
    received_at     TEXT,                          -- server time of receipt
    conflict        TEXT CHECK (conflict IS NULL OR json_valid(conflict)),
    resend          INTEGER NOT NULL DEFAULT 0     -- confirm again with a restored server
);
CREATE INDEX outbox_item_waiting ON outbox_item(request_id) WHERE acknowledged_at IS NULL;

CREATE TRIGGER outbox_item_no_delete BEFORE DELETE ON outbox_item BEGIN
    SELECT RAISE(ABORT, 'outbox items are never deleted');
END;
CREATE TRIGGER outbox_item_ack_kept BEFORE UPDATE OF acknowledged_at ON outbox_item
WHEN old.acknowledged_at IS NOT NULL AND new.acknowledged_at IS NULL BEGIN
    SELECT RAISE(ABORT, 'an acknowledgement is never taken back');
END;

-- Attachments the server confirmed complete (per server, so a new server gets them again).
CREATE TABLE attachment_upload (
    sha256       TEXT NOT NULL,
    server_id    TEXT NOT NULL,
    confirmed_at TEXT NOT NULL,
    PRIMARY KEY (sha256, server_id)
) WITHOUT ROWID;

-- Pulled versions of records that have an unsent local change, kept aside until it is sent.
CREATE TABLE replica_held (
    entity  TEXT NOT NULL CHECK (entity IN ('household', 'person')),
    id      TEXT NOT NULL,
    version INTEGER NOT NULL,
    seq     INTEGER NOT NULL,
    source  TEXT NOT NULL,
    at      TEXT NOT NULL,
    data    TEXT NOT NULL CHECK (json_valid(data)),
    held_at TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;

-- One row per sync attempt: what the Sinkronisasi page and `tepat-cli sync` report.
CREATE TABLE sync_run (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    outcome      TEXT CHECK (outcome IN ('ok', 'partial', 'failed', 'cancelled')),
    sent         INTEGER NOT NULL DEFAULT 0,
    acknowledged INTEGER NOT NULL DEFAULT 0,
    parked       INTEGER NOT NULL DEFAULT 0,
    pulled       INTEGER NOT NULL DEFAULT 0,
    decisions    INTEGER NOT NULL DEFAULT 0,
    message      TEXT,
    actor        TEXT NOT NULL
);
