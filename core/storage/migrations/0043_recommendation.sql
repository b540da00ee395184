-- Schema 43 (Who recommended): an account may be linked to its holder's own record in the
-- register; every change request records who proposed it — the drafting account's name as it
-- was, and the RT/RW head the proposal came through — and the conflicts of interest found
-- between them and the family it proposes (recomputed whenever the draft is edited).

-- The register person (person.id) the account's holder is; NULL when not linked.
ALTER TABLE account ADD COLUMN person_id TEXT;

-- The drafting account's display name when the draft was made; NULL for requests made before
-- schema 43 (then nothing of the recommendation was recorded).
ALTER TABLE change_request ADD COLUMN recommender_name TEXT;
-- The RT/RW head named as the proposal's source: free-text name, RT and RW ("003", "002").
ALTER TABLE change_request ADD COLUMN source_head_name TEXT;
ALTER TABLE change_request ADD COLUMN source_rt TEXT;
ALTER TABLE change_request ADD COLUMN source_rw TEXT;
-- The conflicts of interest as a JSON array of {code, recommender, name, person_id, score};
-- '[]' when none was found.
ALTER TABLE change_request ADD COLUMN conflict_of_interest TEXT
    CHECK (conflict_of_interest IS NULL OR json_valid(conflict_of_interest));
