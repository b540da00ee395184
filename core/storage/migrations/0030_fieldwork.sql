-- Schema 30: field work without a network. The office writes work packages for field laptops
-- (households assigned to a field account), the laptops record verification visits and bring
-- back results bundles that the office merges. Both kinds of file are encrypted and signed
-- (docs/fieldwork-format.md); the keys live here.

-- This store's own Ed25519 key pair: made on the office's first work package, or given to a
-- laptop inside its (encrypted) package. The secret key never leaves the store unencrypted.
CREATE TABLE field_identity (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    role       TEXT NOT NULL CHECK (role IN ('office', 'laptop')),
    public_key BLOB NOT NULL,
    secret_key BLOB NOT NULL,
    assignee   TEXT NOT NULL DEFAULT '',   -- laptop: the field account its packages are for
    created_at TEXT NOT NULL
);

-- The key the office and its laptops share once the first package has arrived: results
-- bundles are encrypted with it, so they need no passphrase. office_public_key is the key
-- every package must be signed with (a laptop refuses any other).
CREATE TABLE field_village_key (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    village_code      TEXT NOT NULL,
    key               BLOB NOT NULL,
    office_public_key BLOB NOT NULL,
    created_at        TEXT NOT NULL
);

-- Office: the laptops it gave a key pair to (one per field account); a results bundle must be
-- signed by one of them.
CREATE TABLE field_device (
    public_key TEXT PRIMARY KEY,           -- hex
    assignee   TEXT NOT NULL,
    issued_at  TEXT NOT NULL,
    issued_by  TEXT NOT NULL
) WITHOUT ROWID;

-- Work packages written (office) or taken (laptop).
CREATE TABLE field_package (
    id              TEXT PRIMARY KEY,      -- uuid
    direction       TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    assignee        TEXT NOT NULL,
    device_key      TEXT NOT NULL,         -- hex public key of the laptop
    household_count INTEGER NOT NULL,
    created_at      TEXT NOT NULL,         -- when the office wrote it
    recorded_at     TEXT NOT NULL,
    recorded_by     TEXT NOT NULL
) WITHOUT ROWID;

-- Which households a package assigned, and the state of the office's data then (the newest
-- location row), so a merge can tell an office edit made since from a field finding.
CREATE TABLE field_assignment (
    package_id       TEXT NOT NULL REFERENCES field_package(id),
    household_id     TEXT NOT NULL,
    assignee         TEXT NOT NULL,
    base_location_id INTEGER NOT NULL DEFAULT 0,
    assigned_at      TEXT NOT NULL,
    PRIMARY KEY (package_id, household_id)
) WITHOUT ROWID;
CREATE INDEX field_assignment_household ON field_assignment(household_id);

-- Laptop: thumbnails of the photos the office holds, as the package brought them (files by
-- content in the store's files folder). Never sent back.
CREATE TABLE field_package_photo (
    household_id TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    view         TEXT NOT NULL,
    PRIMARY KEY (household_id, sha256)
) WITHOUT ROWID;

-- One verification visit of a household (its latest revision). A household without a visit
-- is still to do.
CREATE TABLE field_visit (
    uuid             TEXT PRIMARY KEY,
    household_id     TEXT NOT NULL,
    outcome          TEXT NOT NULL CHECK (outcome IN ('visited', 'not_found', 'refused')),
    visited_on       TEXT NOT NULL,        -- YYYY-MM-DD
    notes            TEXT NOT NULL DEFAULT '',
    revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    recorded_by      TEXT NOT NULL,        -- the field actor, kept by the office's merge
    updated_at       TEXT NOT NULL,
    device_key       TEXT NOT NULL,        -- hex public key of the laptop
    bundled_revision INTEGER NOT NULL DEFAULT 0, -- laptop: the revision last put in a bundle
    merged_at        TEXT                  -- office: when a bundle brought this revision
) WITHOUT ROWID;
CREATE UNIQUE INDEX field_visit_household ON field_visit(household_id, device_key);

-- What the visit found about each member, and members found who are not in the register.
CREATE TABLE field_visit_member (
    visit_uuid TEXT NOT NULL REFERENCES field_visit(uuid),
    member_key TEXT NOT NULL,              -- person id, or "baru-N" for a new member
    finding    TEXT NOT NULL CHECK (finding IN ('present', 'died', 'moved', 'new')),
    event_date TEXT,                       -- died / moved: YYYY-MM-DD
    place      TEXT NOT NULL DEFAULT '',   -- moved: where to
    person     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(person)), -- new: name, sex, …
    PRIMARY KEY (visit_uuid, member_key)
) WITHOUT ROWID;

-- Results bundles written (laptop) or merged (office), with what each brought.
CREATE TABLE field_bundle (
    id          TEXT PRIMARY KEY,          -- uuid
    direction   TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    device_key  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    counts      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts))
) WITHOUT ROWID;

-- Laptop: what has gone into a bundle ("photo:<row id>", "location:<row id>"). Office: what a
-- bundle has brought ("location:<device>:<row id>", "draft:<visit>:<member>"), so that the same
-- item never lands twice, whatever bundle carries it.
CREATE TABLE field_item (
    item      TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    at        TEXT NOT NULL
) WITHOUT ROWID;

-- A field finding that meets an office edit made since the package: both are kept here until
-- the operator decides.
CREATE TABLE field_conflict (
    id           INTEGER PRIMARY KEY,
    bundle_id    TEXT NOT NULL,
    visit_uuid   TEXT NOT NULL,
    household_id TEXT NOT NULL,
    subject      TEXT NOT NULL,            -- "location", "member:<person id>"
    office_value TEXT NOT NULL,
    field_value  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL,
    resolved_at  TEXT,
    resolved_by  TEXT,
    resolution   TEXT,
    UNIQUE (visit_uuid, subject)
);

CREATE TRIGGER field_package_no_delete BEFORE DELETE ON field_package BEGIN
    SELECT RAISE(ABORT, 'work packages are never deleted');
END;
CREATE TRIGGER field_visit_no_delete BEFORE DELETE ON field_visit BEGIN
    SELECT RAISE(ABORT, 'visits are never deleted');
END;
CREATE TRIGGER field_bundle_no_delete BEFORE DELETE ON field_bundle BEGIN
    SELECT RAISE(ABORT, 'bundles are never deleted');
END;
CREATE TRIGGER field_conflict_no_delete BEFORE DELETE ON field_conflict BEGIN
    SELECT RAISE(ABORT, 'conflicts are resolved, never deleted');
END;
