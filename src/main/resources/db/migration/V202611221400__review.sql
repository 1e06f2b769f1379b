-- The directorate's review of e-residence applications (module residence): requests for missing
-- documents, decisions and the permits they issued. Written only through the application aggregate,
-- in the transaction that changes its state.

-- "Eksik Belge": the checklist items an officer asked for, by when, and when the applicant said they were sent.
CREATE TABLE residence_missing_documents (
    id                BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number            VARCHAR(13)   NOT NULL REFERENCES residence_application (number),
    items             TEXT[]        NOT NULL,
    due_date          DATE          NOT NULL,
    note              VARCHAR(1000),
    requested_at      TIMESTAMPTZ   NOT NULL,
    requested_by_kind VARCHAR(16)   NOT NULL,
    requested_by_id   VARCHAR(100)  NOT NULL,
    completed_at      TIMESTAMPTZ,
    CONSTRAINT residence_missing_documents_once UNIQUE (number, requested_at),
    CONSTRAINT residence_missing_documents_items CHECK (cardinality(items) > 0)
);
-- The expiry job looks for open requests past their due date.
CREATE INDEX residence_missing_documents_open ON residence_missing_documents (due_date) WHERE completed_at IS NULL;

-- One decision per application: approved (a permit below) or rejected on refusal grounds of the rulebook.
CREATE TABLE residence_decision (
    number            VARCHAR(13)   PRIMARY KEY REFERENCES residence_application (number),
    outcome           VARCHAR(16)   NOT NULL,
    grounds           TEXT[]        NOT NULL DEFAULT '{}',
    explanation       VARCHAR(1500),
    decided_at        TIMESTAMPTZ   NOT NULL,
    decided_by_kind   VARCHAR(16)   NOT NULL,
    decided_by_id     VARCHAR(100)  NOT NULL,
    rulebook_version  VARCHAR(32),
    CONSTRAINT residence_decision_outcome CHECK (outcome IN ('APPROVED', 'REJECTED')),
    CONSTRAINT residence_decision_grounds CHECK ((outcome = 'APPROVED') = (cardinality(grounds) = 0))
);

-- Issued permits: with the passport number they form the holder's permit history.
CREATE TABLE residence_permit (
    permit_number      VARCHAR(13)   PRIMARY KEY,
    application_number VARCHAR(13)   NOT NULL UNIQUE REFERENCES residence_decision (number),
    passport_number    VARCHAR(20)   NOT NULL,
    permit_type        VARCHAR(24)   NOT NULL,
    reason             VARCHAR(40),
    valid_from         DATE          NOT NULL,
    valid_until        DATE,
    shortening_reason  VARCHAR(1000),
    issued_at          TIMESTAMPTZ   NOT NULL,
    issued_by_kind     VARCHAR(16)   NOT NULL,
    issued_by_id       VARCHAR(100)  NOT NULL,
    CONSTRAINT residence_permit_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX residence_permit_passport ON residence_permit (passport_number, valid_from DESC);

-- Decisions and permits are never changed or removed once made.
CREATE FUNCTION residence_decision_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END $$;
CREATE TRIGGER residence_decision_no_change BEFORE UPDATE OR DELETE ON residence_decision
    FOR EACH ROW EXECUTE FUNCTION residence_decision_append_only();
CREATE TRIGGER residence_permit_no_change BEFORE UPDATE OR DELETE ON residence_permit
    FOR EACH ROW EXECUTE FUNCTION residence_decision_append_only();
