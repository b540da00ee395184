-- Schema 2: the operator workspace. The household list pages through the replica sorted by any
-- of its columns with keyset paging (row values), so each sort order has an index that ends
-- in the id; nullable columns are sorted through coalesce() so the keys are never NULL.
CREATE INDEX household_by_head ON household(head_name, id);
CREATE INDEX household_by_kk ON household(coalesce(kk_number, ''), id);
CREATE INDEX household_by_area ON household(rw, rt, id);
CREATE INDEX household_by_desil ON household(coalesce(desil, 0), id);
CREATE INDEX household_by_members ON household(member_count, id);
CREATE INDEX household_by_status ON household(status, id);

-- Possible duplicates: people born on the same day.
CREATE INDEX person_birth_date ON person(birth_date);
