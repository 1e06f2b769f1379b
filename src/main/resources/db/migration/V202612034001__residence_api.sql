-- Bearer tokens of the e-residence API: issued after the one-time code, one application each.
-- Only the SHA-256 of a token is kept, so a copy of the table opens nothing.
CREATE TABLE residence_api_token (
    token_hash  CHAR(64)     PRIMARY KEY,
    number      VARCHAR(13)  NOT NULL REFERENCES residence_application (number) ON DELETE CASCADE,
    expires_at  TIMESTAMPTZ  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX residence_api_token_number ON residence_api_token (number);

-- The first result of a write sent with an Idempotency-Key, replayed for the same key and body.
CREATE TABLE residence_api_idempotency (
    number           VARCHAR(13)  NOT NULL REFERENCES residence_application (number) ON DELETE CASCADE,
    operation        VARCHAR(32)  NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    response_status  INTEGER,
    response_body    TEXT,
    created_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (number, operation, idempotency_key)
);
