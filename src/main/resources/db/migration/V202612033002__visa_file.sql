-- The German visa file (module visa, feature file): a checklist result saved by an applicant who
-- signed in by e-mail and one-time code. The answers are kept as the assessment request they make,
-- with the rulebook version they were judged by; each person's checklist items keep the citation
-- they were required by. Status changes only through the file's transitions; every change is
-- appended to visa_file_event, the applicant's timeline.
CREATE TABLE visa_file (
    id               UUID         PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    language         VARCHAR(2)   NOT NULL CHECK (language IN ('tr', 'en', 'de')),
    category         VARCHAR(40)  NOT NULL,
    request          JSONB        NOT NULL,
    rulebook_version VARCHAR(40)  NOT NULL,
    status           VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'BOOKED', 'RECEIVED', 'PASSPORT_TAKEN',
                         'FEE_PAID', 'ISSUED', 'REFUSED', 'PASSPORT_RETURNED')),
    centre           VARCHAR(20),
    appointment_on   DATE,
    handed_in_on     DATE,
    refusal_reason   VARCHAR(2000),
    created_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT visa_file_booked_has_appointment CHECK (status <> 'BOOKED' OR (centre IS NOT NULL AND appointment_on IS NOT NULL))
);
CREATE INDEX visa_file_email ON visa_file (email, created_at DESC);
CREATE INDEX visa_file_status ON visa_file (status, appointment_on);

-- One checklist item of one person: APPLICANT, SPOUSE, CHILD_1 ... CHILD_20.
CREATE TABLE visa_file_item (
    file_id          UUID         NOT NULL REFERENCES visa_file (id) ON DELETE CASCADE,
    person           VARCHAR(10)  NOT NULL,
    code             VARCHAR(64)  NOT NULL,
    position         INTEGER      NOT NULL,
    required         BOOLEAN      NOT NULL,
    citation_source  VARCHAR(40)  NOT NULL,
    citation_section VARCHAR(1000) NOT NULL,
    PRIMARY KEY (file_id, person, code)
);

-- Uploads of an item (the content lives in module documents).
CREATE TABLE visa_file_document (
    file_id      UUID         NOT NULL,
    person       VARCHAR(10)  NOT NULL,
    code         VARCHAR(64)  NOT NULL,
    document_id  UUID         NOT NULL PRIMARY KEY,
    file_name    VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL,
    FOREIGN KEY (file_id, person, code) REFERENCES visa_file_item (file_id, person, code) ON DELETE CASCADE
);

-- The file's timeline: every status it reached, when, by whom, and why where a reason is given.
CREATE TABLE visa_file_event (
    id          BIGSERIAL    PRIMARY KEY,
    file_id     UUID         NOT NULL REFERENCES visa_file (id) ON DELETE CASCADE,
    status      VARCHAR(20)  NOT NULL,
    actor       VARCHAR(300) NOT NULL,
    reason      VARCHAR(2000),
    at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX visa_file_event_file ON visa_file_event (file_id, id);

-- The visa application centres: where they are, when they open, and the places of each weekday.
CREATE TABLE visa_centre (
    code      VARCHAR(20)  PRIMARY KEY,
    city      VARCHAR(60)  NOT NULL,
    address   VARCHAR(300) NOT NULL,
    hours     VARCHAR(60)  NOT NULL,
    monday    INTEGER      NOT NULL CHECK (monday >= 0),
    tuesday   INTEGER      NOT NULL CHECK (tuesday >= 0),
    wednesday INTEGER      NOT NULL CHECK (wednesday >= 0),
    thursday  INTEGER      NOT NULL CHECK (thursday >= 0),
    friday    INTEGER      NOT NULL CHECK (friday >= 0)
);
INSERT INTO visa_centre VALUES
    ('IST', 'İstanbul', 'Kağıthane, İstanbul', '08:00-15:00', 40, 40, 40, 40, 40),
    ('ANK', 'Ankara', 'Çankaya, Ankara', '08:00-15:00', 30, 30, 30, 30, 30),
    ('IZM', 'İzmir', 'Konak, İzmir', '08:00-15:00', 20, 20, 20, 20, 20);
