-- Representatives (a lawyer with a bar registration number, a legal representative, or an
-- organisation such as a university office or an agency) and the mandates applicants give them.
-- A representative signs in with an e-mail address and a one-time code and can do nothing until an
-- administrator verified them. A mandate is read on every API call (no cache), so a revocation
-- takes effect at once on every node.
CREATE TABLE representative (
    id                      UUID         PRIMARY KEY,
    kind                    VARCHAR(24)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    email                   VARCHAR(254) NOT NULL,
    bar_registration_number VARCHAR(40),
    created_at              TIMESTAMPTZ  NOT NULL,
    email_confirmed_at      TIMESTAMPTZ,
    verified_at             TIMESTAMPTZ,
    verified_by             VARCHAR(100),
    CONSTRAINT representative_kind CHECK (kind IN ('LAWYER', 'LEGAL_REPRESENTATIVE', 'ORGANISATION')),
    CONSTRAINT representative_lawyer_bar CHECK (kind <> 'LAWYER' OR bar_registration_number IS NOT NULL)
);
CREATE UNIQUE INDEX representative_email ON representative (lower(email));
CREATE INDEX representative_unverified ON representative (created_at) WHERE verified_at IS NULL;

CREATE TABLE representative_mandate (
    id                UUID         PRIMARY KEY,
    representative_id UUID         NOT NULL REFERENCES representative (id),
    number            VARCHAR(13)  NOT NULL REFERENCES residence_application (number) ON DELETE CASCADE,
    scopes            VARCHAR(100) NOT NULL,
    ends_on           DATE         NOT NULL,
    requested_at      TIMESTAMPTZ  NOT NULL,
    confirmed_at      TIMESTAMPTZ,
    revoked_at        TIMESTAMPTZ
);
CREATE INDEX representative_mandate_lookup ON representative_mandate (representative_id, number);
CREATE INDEX representative_mandate_application ON representative_mandate (number);

-- A representative acting under a mandate is an actor of its own in the audit trail.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_actor_kind_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_actor_kind_check
    CHECK (actor_kind IN ('STAFF', 'APPLICANT', 'SYSTEM', 'REPRESENTATIVE'));
