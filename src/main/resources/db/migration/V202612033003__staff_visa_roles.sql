-- The German visa file's staff roles: the application centre's counter and the consulate's visa
-- section. Neither is bound to a place yet: every centre account sees every centre's files.
ALTER TABLE staff_account DROP CONSTRAINT staff_account_roles_check;
ALTER TABLE staff_account ADD CONSTRAINT staff_account_roles_check CHECK (cardinality(roles) > 0
    AND roles <@ ARRAY['OFFICER', 'UNIVERSITY_OFFICE', 'ADMIN', 'REGISTRAR', 'COMMITTEE_MEMBER', 'DEAN',
        'VISA_CENTRE', 'CONSULATE']::text[]);
