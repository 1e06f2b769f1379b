-- Random secrets the nodes share (e.g. for signing form tokens), made once at first use.
CREATE TABLE app_secret (
    name       VARCHAR(64) PRIMARY KEY,
    value      BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
