-- The officer's mark on each checklist item of a case (module directorate): received, missing or not
-- valid. The latest mark per item; every marking is also in the audit trail.
CREATE TABLE directorate_checklist_mark (
    number     VARCHAR(13)   NOT NULL,
    item_code  VARCHAR(64)   NOT NULL,
    mark       VARCHAR(16)   NOT NULL,
    marked_by  VARCHAR(100)  NOT NULL,
    marked_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (number, item_code),
    CONSTRAINT directorate_checklist_mark_mark CHECK (mark IN ('RECEIVED', 'MISSING', 'NOT_VALID'))
);
