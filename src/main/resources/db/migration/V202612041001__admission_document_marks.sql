-- The registrar's completeness check of an application (module admissions, desk): the latest mark per
-- required document (received, missing or not valid, as the directorate marks its checklist), an
-- optional note, and, for a missing or invalid document, the day by which the candidate may send a
-- corrected one. Every request for a corrected document is also in the application's history.
CREATE TABLE admission_document_mark (
    number      VARCHAR(12)   NOT NULL REFERENCES admission_application (number),
    document    VARCHAR(60)   NOT NULL,
    mark        VARCHAR(16)   NOT NULL,
    note        VARCHAR(1000),
    correct_by  DATE,
    marked_by   VARCHAR(254)  NOT NULL,
    marked_at   TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (number, document),
    CONSTRAINT admission_document_mark_mark CHECK (mark IN ('RECEIVED', 'MISSING', 'NOT_VALID')),
    CONSTRAINT admission_document_mark_request CHECK (correct_by IS NULL OR mark IN ('MISSING', 'NOT_VALID'))
);

-- A history entry that concerns one document (a request for a corrected one) names it and its date.
ALTER TABLE admission_application_history ADD COLUMN document VARCHAR(60);
ALTER TABLE admission_application_history ADD COLUMN due_on DATE;
