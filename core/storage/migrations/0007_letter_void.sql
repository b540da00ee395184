-- Schema 7 (Letters): a register number issued by mistake is voided with a reason, never
-- deleted or given again. The letter stays in the register; this row says who voided it, when
-- and why. A voided letter is not printed again and its verification code answers "void".

CREATE TABLE letter_void (
    letter_id INTEGER PRIMARY KEY REFERENCES letter(id),
    reason    TEXT NOT NULL CHECK (trim(reason) <> ''),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL
);

CREATE TRIGGER letter_void_no_update BEFORE UPDATE ON letter_void BEGIN
    SELECT RAISE(ABORT, 'a voided letter stays voided');
END;
CREATE TRIGGER letter_void_no_delete BEFORE DELETE ON letter_void BEGIN
    SELECT RAISE(ABORT, 'a voided letter stays voided');
END;
