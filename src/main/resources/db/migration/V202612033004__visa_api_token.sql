-- Bearer tokens of the visa applicant API, each for one e-mail address proven by a one-time code;
-- only the token's SHA-256 is kept.
CREATE TABLE visa_api_token (
    token_hash  CHAR(64)     PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX visa_api_token_expires ON visa_api_token (expires_at);
