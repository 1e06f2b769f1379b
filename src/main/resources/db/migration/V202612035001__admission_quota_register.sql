-- The university's quota register (§7.1): per academic year and programme the previous year's
-- ÖSYS quota with where it was read, the foreign-student quota the boards propose, tuition, and
-- whether the programme is new (then the ÖSYS quota is this year's own, §7.1).
CREATE TABLE admission_quota_register (
    university          VARCHAR(20)   NOT NULL,
    academic_year       INTEGER       NOT NULL,
    programme           VARCHAR(30)   NOT NULL,
    previous_osys_quota INTEGER       NOT NULL,
    osys_source         VARCHAR(300)  NOT NULL,
    foreign_quota       INTEGER       NOT NULL,
    tuition_amount      NUMERIC(12,2),
    tuition_currency    CHAR(3),
    new_programme       BOOLEAN       NOT NULL DEFAULT FALSE,
    rulebook_version    VARCHAR(32)   NOT NULL,
    recorded_by         VARCHAR(254)  NOT NULL,
    recorded_at         TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (university, academic_year, programme),
    FOREIGN KEY (university, programme) REFERENCES admission_programme (university, code),
    CONSTRAINT admission_quota_register_year CHECK (academic_year BETWEEN 2000 AND 2200),
    CONSTRAINT admission_quota_register_quotas CHECK (previous_osys_quota BETWEEN 0 AND 10000
        AND foreign_quota BETWEEN 0 AND 10000),
    CONSTRAINT admission_quota_register_source CHECK (length(btrim(osys_source)) > 0),
    CONSTRAINT admission_quota_register_tuition CHECK ((tuition_amount IS NULL) = (tuition_currency IS NULL)
        AND (tuition_amount IS NULL OR tuition_amount >= 0))
);

-- Quota transfers (§7.7): unfilled places of one programme moved to another in an intake, with the
-- university boards' decision and, into or out of Law and Medicine, the YÖK executive board's.
-- Append-only: a wrong transfer is undone by a transfer back, so the provenance stays.
CREATE TABLE admission_quota_transfer (
    id               BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    university       VARCHAR(20)   NOT NULL,
    intake           VARCHAR(20)   NOT NULL,
    from_programme   VARCHAR(30)   NOT NULL,
    to_programme     VARCHAR(30)   NOT NULL,
    seats            INTEGER       NOT NULL,
    board_decision   VARCHAR(200)  NOT NULL,
    yok_decision     VARCHAR(200),
    rulebook_version VARCHAR(32)   NOT NULL,
    recorded_by      VARCHAR(254)  NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL,
    FOREIGN KEY (university, intake, from_programme) REFERENCES admission_intake_programme (university, intake, programme),
    FOREIGN KEY (university, intake, to_programme) REFERENCES admission_intake_programme (university, intake, programme),
    CONSTRAINT admission_quota_transfer_two CHECK (from_programme <> to_programme),
    CONSTRAINT admission_quota_transfer_seats CHECK (seats BETWEEN 1 AND 10000),
    CONSTRAINT admission_quota_transfer_board CHECK (length(btrim(board_decision)) > 0)
);
CREATE INDEX admission_quota_transfer_intake ON admission_quota_transfer (university, intake);

CREATE FUNCTION admission_quota_transfer_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'admission_quota_transfer is append-only: % refused', TG_OP;
END $$;
CREATE TRIGGER admission_quota_transfer_no_change BEFORE UPDATE OR DELETE ON admission_quota_transfer
    FOR EACH ROW EXECUTE FUNCTION admission_quota_transfer_append_only();
