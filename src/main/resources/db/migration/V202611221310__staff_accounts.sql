-- Staff accounts (module staff). Passwords are Argon2id hashes; lockout counters live here so that
-- every node sees the same failures and locks.
CREATE TABLE staff_account (
    username         VARCHAR(50)  PRIMARY KEY,
    full_name        VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    roles            TEXT[]       NOT NULL,
    provinces        TEXT[]       NOT NULL DEFAULT '{}',
    university       VARCHAR(200),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    -- failed sign-ins since the last success or lock, locks since the last success, and until when
    failed_attempts  INTEGER      NOT NULL DEFAULT 0,
    lockouts         INTEGER      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    last_sign_in_at  TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT staff_account_username_check CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$'),
    CONSTRAINT staff_account_roles_check CHECK (cardinality(roles) > 0
        AND roles <@ ARRAY['OFFICER', 'UNIVERSITY_OFFICE', 'ADMIN']::text[]),
    CONSTRAINT staff_account_officer_has_province CHECK (NOT 'OFFICER' = ANY (roles) OR cardinality(provinces) > 0),
    CONSTRAINT staff_account_office_has_university CHECK (NOT 'UNIVERSITY_OFFICE' = ANY (roles)
        OR university IS NOT NULL)
);
