-- Appointments (module appointments): the migration directorate of each province with its places per
-- weekday, the places of each directorate day, the applications the module knows from their
-- submission, and the appointments themselves.

-- One directorate ("İl Göç İdaresi Müdürlüğü") per province; an administrator sets the places per weekday.
CREATE TABLE appointment_directorate (
    province    CHAR(2)      PRIMARY KEY,
    monday      INTEGER      NOT NULL,
    tuesday     INTEGER      NOT NULL,
    wednesday   INTEGER      NOT NULL,
    thursday    INTEGER      NOT NULL,
    friday      INTEGER      NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by  VARCHAR(100) NOT NULL DEFAULT 'SYSTEM:seed',
    CONSTRAINT appointment_directorate_province CHECK (province ~ '^(0[1-9]|[1-7][0-9]|8[01])$'),
    CONSTRAINT appointment_directorate_places CHECK (
        monday BETWEEN 0 AND 10000 AND tuesday BETWEEN 0 AND 10000 AND wednesday BETWEEN 0 AND 10000
        AND thursday BETWEEN 0 AND 10000 AND friday BETWEEN 0 AND 10000)
);
-- A sensible start: 20 places on every weekday in every province, until an administrator says otherwise.
INSERT INTO appointment_directorate (province, monday, tuesday, wednesday, thursday, friday)
SELECT lpad(n::text, 2, '0'), 20, 20, 20, 20, 20 FROM generate_series(1, 81) AS n;

-- The places of one directorate on one day, created with the first booking of the day (or when an
-- administrator sets the day's places). The database, not the application, keeps "booked" within
-- "capacity": a booking is one conditional UPDATE, and this CHECK stops anything that gets past it.
CREATE TABLE appointment_day (
    province             CHAR(2)  NOT NULL REFERENCES appointment_directorate (province),
    day                  DATE     NOT NULL,
    capacity             INTEGER  NOT NULL,
    booked               INTEGER  NOT NULL DEFAULT 0,
    capacity_set_for_day BOOLEAN  NOT NULL DEFAULT FALSE,
    PRIMARY KEY (province, day),
    CONSTRAINT appointment_day_within_capacity CHECK (booked >= 0 AND booked <= capacity AND capacity <= 10000)
);

-- Submitted applications, known from ApplicationSubmitted, with the contact the applicant is told
-- through. In Istanbul and Ankara they wait in submission order until the directorate's job assigns a date.
CREATE TABLE appointment_application (
    number              VARCHAR(13)  PRIMARY KEY,
    province            CHAR(2)      NOT NULL,
    submitted_at        TIMESTAMPTZ  NOT NULL,
    email               VARCHAR(254) NOT NULL,
    mobile              VARCHAR(16),
    language            VARCHAR(2)   NOT NULL,
    awaiting_assignment BOOLEAN      NOT NULL
);
CREATE INDEX appointment_application_queue ON appointment_application (province, submitted_at, number)
    WHERE awaiting_assignment;

-- Appointments; a change or cancellation closes the row and a change opens a new one, so the rows are
-- the appointment history of an application.
CREATE TABLE appointment (
    id              UUID          PRIMARY KEY,
    number          VARCHAR(13)   NOT NULL REFERENCES appointment_application (number),
    province        CHAR(2)       NOT NULL,
    day             DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    created_by      VARCHAR(120)  NOT NULL,
    closed_at       TIMESTAMPTZ,
    closed_by       VARCHAR(120),
    reason          VARCHAR(2000),
    reminder_sent_at TIMESTAMPTZ,
    CONSTRAINT appointment_status CHECK (status IN ('BOOKED', 'CANCELLED', 'ATTENDED', 'NO_SHOW', 'RESCHEDULED')),
    CONSTRAINT appointment_closed CHECK ((status = 'BOOKED') = (closed_at IS NULL))
);
-- One active appointment per application.
CREATE UNIQUE INDEX appointment_one_active ON appointment (number) WHERE status = 'BOOKED';
CREATE INDEX appointment_by_application ON appointment (number, created_at);
CREATE INDEX appointment_reminder_due ON appointment (day) WHERE status = 'BOOKED' AND reminder_sent_at IS NULL;
