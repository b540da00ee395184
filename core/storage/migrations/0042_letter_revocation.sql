-- Schema 42 (Letters): a printed letter the village withdraws (revoked: wrong person, withdrawn)
-- and what the regency server must learn of it and of the letter keys.

-- One revoked letter: it stays in the register with state "dicabut", the reason, who and when.
-- Unlike a voided number (letter_void) the letter was printed and is in someone's hands; its
-- verification code answers "revoked" here and, after the sync, at the public letter check.
CREATE TABLE letter_revocation (
    letter_id INTEGER PRIMARY KEY REFERENCES letter(id),
    reason    TEXT NOT NULL CHECK (trim(reason) <> ''),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL
);
CREATE TRIGGER letter_revocation_no_update BEFORE UPDATE ON letter_revocation BEGIN
    SELECT RAISE(ABORT, 'a revoked letter stays revoked');
END;
CREATE TRIGGER letter_revocation_no_delete BEFORE DELETE ON letter_revocation BEGIN
    SELECT RAISE(ABORT, 'a revoked letter stays revoked');
END;

-- The outbox of revocations (LetterRevocationOutbox): queued in the revocation's transaction,
-- acknowledged when tepat-central took it (POST /api/v1/letter-revocations).
CREATE TABLE letter_revocation_outbox (
    letter_id       INTEGER PRIMARY KEY REFERENCES letter_revocation(letter_id),
    queued_at       TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT
);
CREATE INDEX letter_revocation_waiting ON letter_revocation_outbox(letter_id)
    WHERE acknowledged_at IS NULL;

-- A rotated letter key carries the previous key's signature over it (LetterSigner::rotate), so
-- the regency server can take it; registered_at: when the server took the key.
ALTER TABLE letter_key ADD COLUMN endorsement BLOB;
ALTER TABLE letter_key ADD COLUMN registered_at TEXT;
