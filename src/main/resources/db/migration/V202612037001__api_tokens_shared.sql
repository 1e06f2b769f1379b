-- Bearer tokens of every applicant API (module identity), keyed by the subject the one-time code
-- proved: 'residence:<number>' for an e-residence application, 'visa:<e-mail>' for a visa
-- applicant. Only the SHA-256 of a token is kept, so a copy of the table opens nothing. No foreign
-- key: a subject may name anything; a deleted draft's number is never given again, so a token
-- left for it opens nothing and goes when it expires.
CREATE TABLE api_token (
    token_hash  CHAR(64)     PRIMARY KEY,
    subject     VARCHAR(300) NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX api_token_expires ON api_token (expires_at);

