-- The admission desk's staff roles: REGISTRAR and COMMITTEE_MEMBER of one university, DEAN of one
-- or more faculties of one university. admission_university is the desk's university code (the
-- university office's "university" stays the name students choose on the residence form).
ALTER TABLE staff_account ADD COLUMN admission_university VARCHAR(20);
ALTER TABLE staff_account ADD COLUMN faculties TEXT[] NOT NULL DEFAULT '{}';

ALTER TABLE staff_account DROP CONSTRAINT staff_account_roles_check;
ALTER TABLE staff_account ADD CONSTRAINT staff_account_roles_check CHECK (cardinality(roles) > 0
    AND roles <@ ARRAY['OFFICER', 'UNIVERSITY_OFFICE', 'ADMIN', 'REGISTRAR', 'COMMITTEE_MEMBER', 'DEAN']::text[]);
ALTER TABLE staff_account ADD CONSTRAINT staff_account_admission_role_has_university CHECK (
    NOT roles && ARRAY['REGISTRAR', 'COMMITTEE_MEMBER', 'DEAN']::text[] OR admission_university IS NOT NULL);
ALTER TABLE staff_account ADD CONSTRAINT staff_account_dean_has_faculty CHECK (
    NOT 'DEAN' = ANY (roles) OR cardinality(faculties) > 0);
