-- E-residence applications (module residence). The state column is written only by the
-- application aggregate; every change of it is a row in residence_application_history.
CREATE TABLE residence_application (
    number               VARCHAR(13)  PRIMARY KEY,
    state                VARCHAR(24)  NOT NULL,
    application_kind     VARCHAR(16)  NOT NULL,
    given_names          VARCHAR(100) NOT NULL,
    surname              VARCHAR(100) NOT NULL,
    birth_date           DATE         NOT NULL,
    nationality          VARCHAR(8)   NOT NULL,
    passport_number      VARCHAR(20)  NOT NULL,
    passport_expiry      DATE         NOT NULL,
    email                VARCHAR(254) NOT NULL,
    mobile               VARCHAR(16),
    language             VARCHAR(2)   NOT NULL,
    email_verified_at    TIMESTAMPTZ,
    answers              JSONB        NOT NULL DEFAULT '{}'::jsonb,
    province             CHAR(2),
    university           VARCHAR(200),
    share_with_university BOOLEAN     NOT NULL DEFAULT FALSE,
    consent_changed_at   TIMESTAMPTZ,
    -- frozen at submission
    submitted_at         TIMESTAMPTZ,
    application_date     DATE,
    permit_type          VARCHAR(24),
    requested_months     INTEGER,
    max_validity_months  INTEGER,
    valid_until          DATE,
    rulebook_version     VARCHAR(32),
    assessment           JSONB,
    appointment_date     DATE,
    appointment_province CHAR(2),
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    version              INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT residence_application_state_check CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPOINTMENT_BOOKED',
        'UNDER_REVIEW', 'MISSING_DOCUMENTS', 'APPROVED', 'REJECTED', 'WITHDRAWN_NO_SHOW')),
    CONSTRAINT residence_application_submitted_frozen CHECK (state = 'DRAFT'
        OR (submitted_at IS NOT NULL AND assessment IS NOT NULL AND rulebook_version IS NOT NULL))
);
CREATE INDEX residence_application_passport ON residence_application (passport_number);
CREATE INDEX residence_application_draft_age ON residence_application (updated_at) WHERE state = 'DRAFT';

CREATE TABLE residence_application_history (
    id            BIGSERIAL    PRIMARY KEY,
    number        VARCHAR(13)  NOT NULL REFERENCES residence_application (number) ON DELETE CASCADE,
    at            TIMESTAMPTZ  NOT NULL,
    actor_kind    VARCHAR(16)  NOT NULL,
    actor_id      VARCHAR(100) NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    from_state    VARCHAR(24),
    to_state      VARCHAR(24)  NOT NULL,
    reason        VARCHAR(2000),
    rulebook_version VARCHAR(32)
);
CREATE INDEX residence_application_history_number ON residence_application_history (number, id);

-- History is append-only: rows are never changed (they go only with a purged draft).
CREATE FUNCTION residence_application_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'residence_application_history is append-only';
END $$;
CREATE TRIGGER residence_application_history_no_update BEFORE UPDATE ON residence_application_history
    FOR EACH ROW EXECUTE FUNCTION residence_application_history_append_only();

-- One-time codes for the security step and for continuing later: only a hash is kept.
CREATE TABLE residence_one_time_code (
    id          UUID         PRIMARY KEY,
    number      VARCHAR(13)  NOT NULL REFERENCES residence_application (number) ON DELETE CASCADE,
    code_hash   VARCHAR(64)  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    attempts    INTEGER      NOT NULL DEFAULT 0,
    used_at     TIMESTAMPTZ,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX residence_one_time_code_number ON residence_one_time_code (number, created_at DESC);

-- Uploaded documents of an application, per checklist item (the blobs live in module documents).
CREATE TABLE residence_application_document (
    number        VARCHAR(13)  NOT NULL REFERENCES residence_application (number) ON DELETE CASCADE,
    item_code     VARCHAR(64)  NOT NULL,
    document_id   UUID         NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    media_type    VARCHAR(64)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (number, item_code, document_id)
);
