-- Academic scholarships (§7.10): tuition only, a percentage, awarded to an admitted undergraduate.
-- Under the directive its length in semesters is computed from the rulebook when awarded and kept
-- with the rulebook version; a scholarship of a bilateral agreement carries the agreement's
-- reference instead. A disciplinary decision of the board ends it, recorded with its reference.
-- One scholarship per application: a second award (a double click) finds the first.
CREATE TABLE admission_scholarship (
    application         VARCHAR(12)   PRIMARY KEY REFERENCES admission_application (number),
    university          VARCHAR(20)   NOT NULL,
    percent             INTEGER       NOT NULL,
    agreement_reference VARCHAR(200),
    prep_semesters      INTEGER       NOT NULL DEFAULT 0,
    double_major        BOOLEAN       NOT NULL DEFAULT FALSE,
    semesters           INTEGER,
    semesters_used      INTEGER       NOT NULL DEFAULT 0,
    rulebook_version    VARCHAR(32)   NOT NULL,
    awarded_by          VARCHAR(254)  NOT NULL,
    awarded_at          TIMESTAMPTZ   NOT NULL,
    ended_reference     VARCHAR(200),
    ended_by            VARCHAR(254),
    ended_at            TIMESTAMPTZ,
    CONSTRAINT admission_scholarship_percent CHECK (percent BETWEEN 1 AND 100),
    CONSTRAINT admission_scholarship_prep CHECK (prep_semesters BETWEEN 0 AND 20),
    CONSTRAINT admission_scholarship_basis CHECK (
        (agreement_reference IS NULL AND semesters BETWEEN 1 AND 40)
        OR (length(btrim(agreement_reference)) > 0 AND semesters IS NULL)),
    CONSTRAINT admission_scholarship_used CHECK (semesters_used BETWEEN 0 AND 40),
    CONSTRAINT admission_scholarship_ended CHECK ((ended_reference IS NULL) = (ended_at IS NULL)
        AND (ended_reference IS NULL OR length(btrim(ended_reference)) > 0))
);
CREATE INDEX admission_scholarship_university ON admission_scholarship (university);
