-- The university's admission desk (module admissions). Universities, faculties, programmes, intakes,
-- quotas and score criteria are data: a second university is rows, not code.
CREATE TABLE admission_university (
    code            VARCHAR(20)  PRIMARY KEY,
    name_tr         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    name_de         VARCHAR(200) NOT NULL,
    city            VARCHAR(100) NOT NULL,
    website         VARCHAR(300),
    -- §8: how long an applicant's record is kept after its intake closes
    retention_years INTEGER      NOT NULL DEFAULT 10,
    CONSTRAINT admission_university_code CHECK (code ~ '^[A-Z][A-Z0-9_]{1,19}$'),
    CONSTRAINT admission_university_retention CHECK (retention_years BETWEEN 1 AND 100)
);

CREATE TABLE admission_faculty (
    university VARCHAR(20)  NOT NULL REFERENCES admission_university (code),
    code       VARCHAR(30)  NOT NULL,
    name_tr    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_de    VARCHAR(200) NOT NULL,
    PRIMARY KEY (university, code),
    CONSTRAINT admission_faculty_code CHECK (code ~ '^[A-Z][A-Z0-9_]{1,29}$')
);

-- rule_programme is the programme's code in the university-admission rulebook (MEDICINE, LAW,
-- DENTISTRY, TEACHING, OTHER): the §7.1 10% line and the exam minimums read it.
CREATE TABLE admission_programme (
    university            VARCHAR(20)  NOT NULL,
    code                  VARCHAR(30)  NOT NULL,
    faculty               VARCHAR(30)  NOT NULL,
    name_tr               VARCHAR(200) NOT NULL,
    name_en               VARCHAR(200) NOT NULL,
    name_de               VARCHAR(200) NOT NULL,
    rule_programme        VARCHAR(20)  NOT NULL,
    language_of_instruction CHAR(2)    NOT NULL,
    duration_semesters    INTEGER      NOT NULL,
    PRIMARY KEY (university, code),
    FOREIGN KEY (university, faculty) REFERENCES admission_faculty (university, code),
    CONSTRAINT admission_programme_code CHECK (code ~ '^[A-Z][A-Z0-9_]{1,29}$'),
    CONSTRAINT admission_programme_rule CHECK (rule_programme IN ('MEDICINE', 'LAW', 'DENTISTRY', 'TEACHING', 'OTHER')),
    CONSTRAINT admission_programme_language CHECK (language_of_instruction ~ '^[a-z]{2}$'),
    CONSTRAINT admission_programme_duration CHECK (duration_semesters BETWEEN 1 AND 20)
);

-- An intake: an academic year (its first calendar year) and a term, open for applications from
-- opens_on to closes_on (both included); offers are answered by response_by; registration
-- documents are delivered between registration_from and registration_to.
CREATE TABLE admission_intake (
    university        VARCHAR(20) NOT NULL REFERENCES admission_university (code),
    code              VARCHAR(20) NOT NULL,
    academic_year     INTEGER     NOT NULL,
    term              VARCHAR(10) NOT NULL,
    opens_on          DATE        NOT NULL,
    closes_on         DATE        NOT NULL,
    response_by       DATE        NOT NULL,
    registration_from DATE        NOT NULL,
    registration_to   DATE        NOT NULL,
    starts_on         DATE        NOT NULL,
    PRIMARY KEY (university, code),
    CONSTRAINT admission_intake_code CHECK (code ~ '^[0-9]{4}-[A-Z_]{3,10}$'),
    CONSTRAINT admission_intake_term CHECK (term IN ('FALL', 'SPRING', 'MID_TERM')),
    CONSTRAINT admission_intake_year CHECK (academic_year BETWEEN 2000 AND 2200),
    CONSTRAINT admission_intake_dates CHECK (opens_on <= closes_on AND closes_on <= response_by
        AND registration_from <= registration_to AND response_by <= registration_to)
);

-- A programme's foreign-student quota in an intake; a programme without a row has no quota then.
-- The places themselves are a pool of module places, so admissions never exceed it.
CREATE TABLE admission_intake_programme (
    university       VARCHAR(20)   NOT NULL,
    intake           VARCHAR(20)   NOT NULL,
    programme        VARCHAR(30)   NOT NULL,
    foreign_quota    INTEGER       NOT NULL,
    tuition_amount   NUMERIC(12,2),
    tuition_currency CHAR(3),
    PRIMARY KEY (university, intake, programme),
    FOREIGN KEY (university, intake) REFERENCES admission_intake (university, code),
    FOREIGN KEY (university, programme) REFERENCES admission_programme (university, code),
    CONSTRAINT admission_intake_programme_quota CHECK (foreign_quota BETWEEN 0 AND 10000),
    CONSTRAINT admission_intake_programme_tuition CHECK ((tuition_amount IS NULL) = (tuition_currency IS NULL)
        AND (tuition_amount IS NULL OR tuition_amount >= 0))
);

-- The committee's score sheet of an intake: criteria and their weights (percent, summing to 100).
CREATE TABLE admission_score_criterion (
    university VARCHAR(20)  NOT NULL,
    intake     VARCHAR(20)  NOT NULL,
    code       VARCHAR(30)  NOT NULL,
    position   INTEGER      NOT NULL,
    weight     INTEGER      NOT NULL,
    name_tr    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_de    VARCHAR(200) NOT NULL,
    PRIMARY KEY (university, intake, code),
    FOREIGN KEY (university, intake) REFERENCES admission_intake (university, code),
    CONSTRAINT admission_score_criterion_weight CHECK (weight BETWEEN 0 AND 100)
);

-- One application: a candidate's request for one programme of one intake, ranked among the
-- candidate's applications of that intake. Only the aggregate AdmissionApplication changes state.
CREATE TABLE admission_application (
    number           VARCHAR(12)  PRIMARY KEY,
    university       VARCHAR(20)  NOT NULL,
    intake           VARCHAR(20)  NOT NULL,
    programme        VARCHAR(30)  NOT NULL,
    preference       INTEGER      NOT NULL,
    candidate_email  VARCHAR(254) NOT NULL,
    state            VARCHAR(24)  NOT NULL,
    nationality      CHAR(2),
    basis            VARCHAR(30),
    eligibility      JSONB,
    rulebook_version VARCHAR(32),
    submitted_at     TIMESTAMPTZ,
    student_number   VARCHAR(30),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          INTEGER      NOT NULL DEFAULT 0,
    FOREIGN KEY (university, intake, programme) REFERENCES admission_intake_programme (university, intake, programme),
    CONSTRAINT admission_application_number CHECK (number ~ '^AD[0-9A-Z]{10}$'),
    CONSTRAINT admission_application_preference CHECK (preference BETWEEN 1 AND 20),
    CONSTRAINT admission_application_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'IN_EVALUATION',
        'INTERVIEW_REQUESTED', 'ADMITTED', 'WAITLISTED', 'REJECTED', 'CLOSED_INELIGIBLE', 'OFFER_ACCEPTED',
        'OFFER_DECLINED', 'ENROLLED')),
    -- what was judged at submission stays frozen with the rulebook version it was judged by
    CONSTRAINT admission_application_frozen CHECK (state = 'DRAFT'
        OR (submitted_at IS NOT NULL AND eligibility IS NOT NULL AND rulebook_version IS NOT NULL)),
    CONSTRAINT admission_application_enrolled CHECK ((state = 'ENROLLED') = (student_number IS NOT NULL))
);
CREATE UNIQUE INDEX admission_application_one_per_programme
    ON admission_application (university, intake, programme, lower(candidate_email));
CREATE INDEX admission_application_queue ON admission_application (university, intake, state);
CREATE INDEX admission_application_candidate ON admission_application (lower(candidate_email));

-- Every change of an application: who, when, what, why, by which rulebook version. Append-only:
-- rows are never changed; they go only with the whole record when its retention (§8) ends.
CREATE TABLE admission_application_history (
    id               BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number           VARCHAR(12)  NOT NULL REFERENCES admission_application (number),
    at               TIMESTAMPTZ  NOT NULL,
    actor_kind       VARCHAR(16)  NOT NULL,
    actor_id         VARCHAR(254) NOT NULL,
    action           VARCHAR(40)  NOT NULL,
    from_state       VARCHAR(24),
    to_state         VARCHAR(24)  NOT NULL,
    reason           VARCHAR(2000),
    ground           VARCHAR(60),
    rulebook_version VARCHAR(32),
    CONSTRAINT admission_application_history_actor CHECK (actor_kind IN ('CANDIDATE', 'STAFF', 'SYSTEM'))
);
CREATE INDEX admission_application_history_number ON admission_application_history (number, id);

CREATE FUNCTION admission_application_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'admission_application_history is append-only: % refused', TG_OP;
END $$;
CREATE TRIGGER admission_application_history_no_update BEFORE UPDATE ON admission_application_history
    FOR EACH ROW EXECUTE FUNCTION admission_application_history_append_only();
