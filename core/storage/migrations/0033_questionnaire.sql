-- Schema 33: the DTSEN/Regsosek questionnaire and the KK-card photo of field visits (issue 13).

-- Coded answers of a household to one version of a questionnaire definition
-- (resources/questionnaire/<id>-v<version>.json). One row per household and device, revised in
-- place; a results bundle carries the revisions since the last one, a work package the office's
-- latest (stored on the laptop with origin 'package').
CREATE TABLE questionnaire_response (
    uuid             TEXT PRIMARY KEY,
    household_id     TEXT NOT NULL,
    definition_id    TEXT NOT NULL,
    version          INTEGER NOT NULL CHECK (version >= 1),
    answers          TEXT NOT NULL CHECK (json_valid(answers)),  -- {"household":{}, "persons":{}}
    warnings         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)),
    origin           TEXT NOT NULL CHECK (origin IN ('office', 'field', 'package')),
    device_key       TEXT NOT NULL DEFAULT '',  -- laptop public key (hex); '' at the office
    revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    recorded_by      TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    bundled_revision INTEGER NOT NULL DEFAULT 0, -- laptop: the revision last put in a bundle
    merged_at        TEXT                        -- office: when a bundle brought this revision
) WITHOUT ROWID;
CREATE INDEX questionnaire_response_household ON questionnaire_response(household_id, updated_at);
CREATE TRIGGER questionnaire_response_no_delete BEFORE DELETE ON questionnaire_response BEGIN
    SELECT RAISE(ABORT, 'questionnaire answers are never deleted');
END;

-- The office's answers a package carried, so a merge can tell an office edit made since from a
-- field answer (then both are kept in field_conflict).
ALTER TABLE field_assignment ADD COLUMN base_answers TEXT NOT NULL DEFAULT '{}'
    CHECK (json_valid(base_answers));

-- The photo of the family card (kartu keluarga). It shows every member's NIK, so it is kept
-- apart from the house photos: never listed with them, never given a thumbnail, never sent to
-- the central service with a household; only roles allowed to see it may read it.
CREATE TABLE household_family_card (
    id           INTEGER PRIMARY KEY,
    household_id TEXT NOT NULL,
    sha256       TEXT NOT NULL,               -- file in the store's files folder
    added_by     TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    removed_at   TEXT,
    removed_by   TEXT
);
CREATE UNIQUE INDEX household_family_card_current ON household_family_card(household_id, sha256)
    WHERE removed_at IS NULL;
CREATE TRIGGER household_family_card_no_delete BEFORE DELETE ON household_family_card BEGIN
    SELECT RAISE(ABORT, 'family card photos are removed with a date, never deleted');
END;
