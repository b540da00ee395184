-- Schema 6: accounts of the people who use this installation, the backup key, and guards
-- that keep the audit trail append-only.

-- Accounts are disabled, never deleted: the audit trail keeps naming them.
CREATE TABLE account (
    username             TEXT PRIMARY KEY,              -- lower case, [a-z0-9._-]
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL
        CHECK (role IN ('administrator', 'operator', 'field_staff', 'village_head')),
    password_hash        TEXT NOT NULL,                  -- crypto_pwhash_str (argon2id, salt, limits)
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    disabled_at          TEXT,                           -- NULL while the account may sign in
    failed_attempts      INTEGER NOT NULL DEFAULT 0,     -- consecutive failed sign-ins
    retry_after          TEXT,                           -- no attempt is checked before this time
    last_login_at        TEXT,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER account_no_delete BEFORE DELETE ON account BEGIN
    SELECT RAISE(ABORT, 'accounts are never deleted; disable them instead');
END;

-- The key scheduled backups are encrypted with: derived (argon2id) from the backup passphrase
-- with this salt and these limits, which every backup file repeats in its header so that the
-- passphrase alone restores it. See docs/security.md for why it is kept here.
CREATE TABLE backup_key (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    salt       BLOB NOT NULL,
    opslimit   INTEGER NOT NULL,
    memlimit   INTEGER NOT NULL,
    key        BLOB NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

-- The audit trail only grows. The hash chain (AuditVerifier) detects what gets past these.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never rewritten');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN
    SELECT RAISE(ABORT, 'the audit trail is never deleted');
END;
