-- The consulate's decision is recorded with what it decided: the visa issued (type D, the dates it is
-- valid, its entries, the annotations printed on it), or the rulebook's refusal ground it was refused
-- on, beside the officer's explanation (refusal_reason). The passport then comes back either at the
-- centre's counter or by courier with its tracking reference; the applicant sees each of these states.
ALTER TABLE visa_file DROP CONSTRAINT visa_file_status_check;
ALTER TABLE visa_file ADD CONSTRAINT visa_file_status_check CHECK (status IN ('DRAFT', 'BOOKED', 'RECEIVED',
    'PASSPORT_TAKEN', 'FEE_PAID', 'DOCUMENTS_REQUESTED', 'DOCUMENTS_SENT', 'ISSUED', 'REFUSED', 'PASSPORT_READY',
    'PASSPORT_SENT', 'PASSPORT_RETURNED'));
ALTER TABLE visa_file ADD COLUMN visa_type VARCHAR(1) CHECK (visa_type IN ('D'));
ALTER TABLE visa_file ADD COLUMN visa_valid_from DATE;
ALTER TABLE visa_file ADD COLUMN visa_valid_until DATE;
ALTER TABLE visa_file ADD COLUMN visa_entries VARCHAR(8) CHECK (visa_entries IN ('SINGLE', 'DOUBLE', 'MULTIPLE'));
ALTER TABLE visa_file ADD COLUMN visa_annotations VARCHAR(500);
ALTER TABLE visa_file ADD CONSTRAINT visa_file_visa_complete CHECK (visa_type IS NULL
    OR (visa_valid_from IS NOT NULL AND visa_valid_until IS NOT NULL AND visa_entries IS NOT NULL
        AND visa_valid_until >= visa_valid_from));
ALTER TABLE visa_file ADD COLUMN refusal_ground VARCHAR(64);
ALTER TABLE visa_file ADD COLUMN passport_return VARCHAR(7) CHECK (passport_return IN ('COLLECT', 'COURIER'));
ALTER TABLE visa_file ADD COLUMN tracking_reference VARCHAR(60);
ALTER TABLE visa_file ADD CONSTRAINT visa_file_courier_tracked CHECK (passport_return IS DISTINCT FROM 'COURIER'
    OR tracking_reference IS NOT NULL);
