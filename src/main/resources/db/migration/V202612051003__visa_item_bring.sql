-- Items the rulebook lets the applicant bring to the appointment instead of uploading (the passport,
-- signed forms, photos): may_bring is frozen with the file's items, bring is the applicant's choice.
-- The completeness check counts an item marked bring as present; the counter checks its original.
ALTER TABLE visa_file_item ADD COLUMN may_bring BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE visa_file_item ADD COLUMN bring BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE visa_file_item ADD CONSTRAINT visa_file_item_bring_allowed CHECK (may_bring OR NOT bring);
