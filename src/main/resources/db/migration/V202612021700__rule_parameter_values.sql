-- Module rules: values of rulebook parameters proposed by an administrator for a period, each with
-- its public source, and approved or rejected by a second administrator (four eyes). Approved
-- values override or extend the periods of the rulebook files; every node reads them at every
-- assessment, so a value applies everywhere from the moment it is approved.
CREATE TABLE rule_parameter_value (
    id            BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rulebook      VARCHAR(64)   NOT NULL,
    parameter     VARCHAR(64)   NOT NULL,
    valid_from    DATE          NOT NULL,
    -- NULL: open-ended
    valid_to      DATE,
    -- the value as text: a whole number, a decimal number with a point, or a date (yyyy-mm-dd)
    value         VARCHAR(40)   NOT NULL,
    publisher     VARCHAR(300)  NOT NULL,
    title         VARCHAR(500)  NOT NULL,
    section       VARCHAR(300)  NOT NULL,
    url           VARCHAR(500),
    published_on  DATE          NOT NULL,
    state         VARCHAR(10)   NOT NULL,
    proposed_by   VARCHAR(100)  NOT NULL,
    proposed_at   TIMESTAMPTZ   NOT NULL,
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMPTZ,
    CONSTRAINT rule_parameter_value_state CHECK (state IN ('PROPOSED', 'APPROVED', 'REJECTED')),
    CONSTRAINT rule_parameter_value_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT rule_parameter_value_decided CHECK ((state = 'PROPOSED') = (decided_by IS NULL)
        AND (decided_by IS NULL) = (decided_at IS NULL)),
    -- four eyes: nobody decides on their own proposal
    CONSTRAINT rule_parameter_value_four_eyes CHECK (decided_by IS NULL OR decided_by <> proposed_by)
);

CREATE INDEX rule_parameter_value_by_rulebook ON rule_parameter_value (rulebook, parameter, valid_from)
    WHERE state = 'APPROVED';

