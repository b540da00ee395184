-- Schema 34 (dtsen): the disbursement history per family, as the central server's stream
-- carries it.

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
