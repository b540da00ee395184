-- Schema 3: field capture. House photos attached to households and location points with their
-- accuracy. Household ids carry no foreign key: a proposed new family is not in the replica
-- yet and gets a provisional id. Nothing is deleted: a photo taken off a household is a state,
-- and a new point is a new row (the current point is the latest).

CREATE TABLE household_photo (
    id             INTEGER PRIMARY KEY,
    household_id   TEXT NOT NULL,
    sha256         TEXT NOT NULL REFERENCES attachment(sha256), -- the normalised JPEG
    source_sha256  TEXT NOT NULL,              -- the original file, to recognise a re-import
    view           TEXT NOT NULL CHECK (view IN ('front', 'side', 'back', 'inside', 'other')),
    captured_at    TEXT,                       -- EXIF capture time, UTC; NULL when unknown
    exif_latitude  REAL CHECK (exif_latitude BETWEEN -90 AND 90),
    exif_longitude REAL CHECK (exif_longitude BETWEEN -180 AND 180),
    source_name    TEXT NOT NULL DEFAULT '',   -- original file name, digit runs that could be
                                               -- a NIK or KK number masked
    width          INTEGER NOT NULL CHECK (width > 0),
    height         INTEGER NOT NULL CHECK (height > 0),
    added_by       TEXT NOT NULL,
    added_at       TEXT NOT NULL,
    removed_at     TEXT,                       -- taken off the household (wrong house, blurred)
    removed_by     TEXT,
    removed_reason TEXT
);
CREATE UNIQUE INDEX household_photo_current ON household_photo(household_id, sha256)
    WHERE removed_at IS NULL;
CREATE INDEX household_photo_source ON household_photo(source_sha256);

CREATE TRIGGER household_photo_no_delete BEFORE DELETE ON household_photo BEGIN
    SELECT RAISE(ABORT, 'photos are never deleted; take them off the household instead');
END;

CREATE TABLE household_location (
    id           INTEGER PRIMARY KEY,
    household_id TEXT NOT NULL,
    latitude     REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude    REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    accuracy_m   REAL CHECK (accuracy_m IS NULL OR accuracy_m >= 0), -- NULL: not known
    recorded_at  TEXT NOT NULL,                -- time of the fix (UTC)
    source       TEXT NOT NULL CHECK (source IN ('nmea', 'system', 'nmea_log', 'exif', 'typed')),
    photo_sha256 TEXT,                         -- the photo whose EXIF gave the point
    warnings     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)), -- accepted warnings
    recorded_by  TEXT NOT NULL,
    saved_at     TEXT NOT NULL
);
CREATE INDEX household_location_household ON household_location(household_id, id);

CREATE TRIGGER household_location_no_delete BEFORE DELETE ON household_location BEGIN
    SELECT RAISE(ABORT, 'location history is never deleted');
END;
CREATE TRIGGER household_location_no_update BEFORE UPDATE ON household_location BEGIN
    SELECT RAISE(ABORT, 'location history is never rewritten; record a new point');
END;
