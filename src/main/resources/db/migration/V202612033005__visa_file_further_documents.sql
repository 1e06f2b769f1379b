-- The consulate may ask for further documents; the file waits for the applicant, then returns to
-- the consulate's queue.
ALTER TABLE visa_file DROP CONSTRAINT visa_file_status_check;
ALTER TABLE visa_file ADD CONSTRAINT visa_file_status_check CHECK (status IN ('DRAFT', 'BOOKED', 'RECEIVED',
    'PASSPORT_TAKEN', 'FEE_PAID', 'DOCUMENTS_REQUESTED', 'DOCUMENTS_SENT', 'ISSUED', 'REFUSED', 'PASSPORT_RETURNED'));
