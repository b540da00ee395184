-- Schema 31: what operators decided about likely duplicate pairs (Kemungkinan ganda). A pair
-- is shown again only when one of its two records changes: the fingerprints are hashes of the
-- fields the matcher compares, as they were when the pair was decided. A confirmed pair points
-- at the removal draft it produced.
CREATE TABLE duplicate_review (
    id            INTEGER PRIMARY KEY,
    person_a      TEXT NOT NULL,             -- the smaller person id of the pair
    person_b      TEXT NOT NULL,
    fingerprint_a TEXT NOT NULL,
    fingerprint_b TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('dismissed', 'confirmed')),
    reason        TEXT NOT NULL DEFAULT '',
    request_id    INTEGER REFERENCES change_request(id),
    actor         TEXT NOT NULL,
    decided_at    TEXT NOT NULL,
    CHECK (person_a < person_b)
);
CREATE INDEX duplicate_review_pair ON duplicate_review(person_a, person_b);
