-- An API pre-registration sent with an Idempotency-Key: the key (with the passport it was sent
-- for) stands for the draft it made, so a retry gets that draft instead of making a second one.
CREATE TABLE residence_api_pre_registration_key (
    key_hash      CHAR(64)     PRIMARY KEY,
    request_hash  CHAR(64)     NOT NULL,
    number        VARCHAR(13)  REFERENCES residence_application (number) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ  NOT NULL
);
