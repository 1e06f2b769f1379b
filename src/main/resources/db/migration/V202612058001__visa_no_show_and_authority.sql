-- Two steps of the visa file: the consulate may put a file into the foreigners' authority's silence
-- period (AUTHORITY_CONSULTED), recording the day it consulted the authority, from which the earliest
-- decision date is counted. A no-show at the centre leaves the file a draft again; only its timeline
-- event says NO_SHOW, so the file's own status list does not change for it.
ALTER TABLE visa_file DROP CONSTRAINT visa_file_status_check;
ALTER TABLE visa_file ADD CONSTRAINT visa_file_status_check CHECK (status IN ('DRAFT', 'BOOKED', 'RECEIVED',
    'PASSPORT_TAKEN', 'FEE_PAID', 'DOCUMENTS_REQUESTED', 'DOCUMENTS_SENT', 'AUTHORITY_CONSULTED', 'ISSUED',
    'REFUSED', 'PASSPORT_READY', 'PASSPORT_SENT', 'PASSPORT_RETURNED'));
ALTER TABLE visa_file ADD COLUMN authority_consulted_on DATE;
ALTER TABLE visa_file ADD CONSTRAINT visa_file_consulted_dated CHECK (status <> 'AUTHORITY_CONSULTED'
    OR authority_consulted_on IS NOT NULL);
