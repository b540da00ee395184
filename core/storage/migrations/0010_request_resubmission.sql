-- A request Dinsos rejected can be corrected and proposed again ("Perbaiki dan usulkan lagi"):
-- the new draft names the rejected request it replaces. The rejected request is kept as it was.
ALTER TABLE change_request ADD COLUMN resubmission_of INTEGER REFERENCES change_request(id);
CREATE INDEX change_request_resubmission ON change_request(resubmission_of)
    WHERE resubmission_of IS NOT NULL;
