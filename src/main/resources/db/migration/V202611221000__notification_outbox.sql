-- Transactional outbox of e-mail and SMS (module notifications).

-- One row per Notifications.send(...) that was not a repeat of an earlier idempotency key.
CREATE TABLE notification (
    id              UUID         NOT NULL,
    idempotency_key VARCHAR(200),
    type            VARCHAR(40)  NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT notification_pk PRIMARY KEY (id),
    -- NULL keys never collide: a notification without a key is always enqueued.
    CONSTRAINT notification_idempotency_key_uq UNIQUE (idempotency_key)
);

-- One row per channel of a notification, delivered and retried on its own. Subject and body are
-- rendered at send time in the recipient's language; the body of a one-time code is removed once sent.
CREATE TABLE notification_delivery (
    id              UUID         NOT NULL,
    notification_id UUID         NOT NULL,
    channel         VARCHAR(5)   NOT NULL,
    address         VARCHAR(254) NOT NULL,
    subject         TEXT,
    body            TEXT,
    status          VARCHAR(7)   NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    -- A node delivering the row holds it until then; after a crash another node takes it over.
    claimed_until   TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    last_error      VARCHAR(1000),
    CONSTRAINT notification_delivery_pk PRIMARY KEY (id),
    CONSTRAINT notification_delivery_notification_fk FOREIGN KEY (notification_id) REFERENCES notification (id),
    CONSTRAINT notification_delivery_channel_ck CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT notification_delivery_status_ck CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT notification_delivery_one_per_channel_uq UNIQUE (notification_id, channel)
);

-- The poller's question: which pending deliveries are due?
CREATE INDEX notification_delivery_due_ix ON notification_delivery (next_attempt_at) WHERE status = 'PENDING';

-- The development mailbox: what would have been sent, when no SMTP server is configured.
CREATE TABLE dev_mailbox_message (
    delivery_id UUID         NOT NULL,
    channel     VARCHAR(5)   NOT NULL,
    address     VARCHAR(254) NOT NULL,
    subject     TEXT,
    body        TEXT         NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL,
    -- A delivery retried after a lost acknowledgement is kept once.
    CONSTRAINT dev_mailbox_message_pk PRIMARY KEY (delivery_id)
);

CREATE INDEX dev_mailbox_message_received_at_ix ON dev_mailbox_message (received_at DESC);
