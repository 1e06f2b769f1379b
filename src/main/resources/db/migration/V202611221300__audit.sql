-- The audit trail (module audit): who did or saw what, when and why. Append-only: the triggers below
-- refuse every UPDATE, DELETE and TRUNCATE, so no code path of the application can edit the record.
CREATE TABLE audit_event (
    id               BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at               TIMESTAMPTZ  NOT NULL,
    actor_kind       VARCHAR(16)  NOT NULL,
    actor_id         VARCHAR(100) NOT NULL,
    action           VARCHAR(64)  NOT NULL,
    subject          VARCHAR(200),
    reason           VARCHAR(2000),
    rulebook_version VARCHAR(32),
    details          JSONB        NOT NULL DEFAULT '{}'::jsonb,
    CONSTRAINT audit_event_actor_kind_check CHECK (actor_kind IN ('STAFF', 'APPLICANT', 'SYSTEM'))
);
CREATE INDEX audit_event_subject ON audit_event (subject, id DESC);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END $$;
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
