-- Module payments: accruals ("tahakkuk") with their fee, payments, flagged anomalies, amounts an
-- administrator entered and the virtual-POS simulator's sessions. (The generated callback secret
-- is a row of app_secret.)
-- No foreign key to residence tables: modules do not share tables.

CREATE TABLE payment_accrual (
    accrual_number     CHAR(15)     PRIMARY KEY,
    application_number VARCHAR(13)  NOT NULL,
    application_date   DATE         NOT NULL,
    permit_type        VARCHAR(24)  NOT NULL,
    study_level        VARCHAR(40),
    nationality        VARCHAR(8)   NOT NULL,
    months             INTEGER,
    fee_year           INTEGER      NOT NULL,
    fee_table_version  VARCHAR(32)  NOT NULL,
    lines              JSONB        NOT NULL,
    -- NULL while an item of the fee has no chargeable figure (the year's amount is unknown)
    amount             NUMERIC(12, 2),
    currency           CHAR(3)      NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    paid_at            TIMESTAMPTZ,
    CONSTRAINT payment_accrual_one_per_application UNIQUE (application_number),
    CONSTRAINT payment_accrual_amount_not_negative CHECK (amount IS NULL OR amount >= 0),
    CONSTRAINT payment_accrual_paid_has_amount CHECK (paid_at IS NULL OR amount IS NOT NULL)
);

CREATE TABLE payment (
    id             UUID          PRIMARY KEY,
    accrual_number CHAR(15)      NOT NULL REFERENCES payment_accrual (accrual_number),
    provider       VARCHAR(32)   NOT NULL,
    transaction_id VARCHAR(100)  NOT NULL,
    amount         NUMERIC(12, 2) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    paid_at        TIMESTAMPTZ   NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL,
    -- however often a provider calls back, and however many at once: one payment
    CONSTRAINT payment_once_per_accrual UNIQUE (accrual_number),
    CONSTRAINT payment_once_per_transaction UNIQUE (provider, transaction_id)
);

-- Authentic callbacks that could not be recorded as a payment: a wrong amount or currency, an
-- unknown accrual, a second payment of a paid accrual. Someone must look at each (refund).
CREATE TABLE payment_anomaly (
    id                BIGSERIAL     PRIMARY KEY,
    kind              VARCHAR(32)   NOT NULL,
    provider          VARCHAR(32)   NOT NULL,
    transaction_id    VARCHAR(100)  NOT NULL,
    accrual_number    VARCHAR(40)   NOT NULL,
    expected_amount   NUMERIC(12, 2),
    expected_currency CHAR(3),
    received_amount   VARCHAR(40)   NOT NULL,
    received_currency VARCHAR(8)    NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL,
    CONSTRAINT payment_anomaly_once UNIQUE (provider, transaction_id, kind)
);

CREATE TABLE payment_fee_entry (
    item              VARCHAR(32)   NOT NULL,
    nationality_group VARCHAR(32)   NOT NULL,
    year              INTEGER       NOT NULL,
    amount            NUMERIC(12, 2),
    first_month       NUMERIC(12, 2),
    following_month   NUMERIC(12, 2),
    source            VARCHAR(500)  NOT NULL,
    entered_by        VARCHAR(100)  NOT NULL,
    entered_at        TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (item, nationality_group, year),
    CONSTRAINT payment_fee_entry_one_form CHECK (
        (amount IS NOT NULL AND first_month IS NULL AND following_month IS NULL)
        OR (amount IS NULL AND first_month IS NOT NULL AND following_month IS NOT NULL)),
    CONSTRAINT payment_fee_entry_not_negative CHECK (COALESCE(amount, 0) >= 0 AND COALESCE(first_month, 0) >= 0
        AND COALESCE(following_month, 0) >= 0)
);

CREATE TABLE payment_simulator_session (
    id             UUID          PRIMARY KEY,
    accrual_number CHAR(15)      NOT NULL,
    amount         NUMERIC(12, 2) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    language       VARCHAR(2)    NOT NULL,
    return_url     VARCHAR(500)  NOT NULL,
    outcome        VARCHAR(16),
    transaction_id VARCHAR(100),
    created_at     TIMESTAMPTZ   NOT NULL,
    completed_at   TIMESTAMPTZ
);
