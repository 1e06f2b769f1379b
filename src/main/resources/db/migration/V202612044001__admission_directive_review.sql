-- The directive's yearly review (§4: the vice-rector for academic affairs reviews it every April):
-- one review per university and calendar year, recorded with the day, who recorded it and the board
-- decision or note. The first record of a year stands; a second submit changes nothing.
CREATE TABLE admission_directive_review (
    university  VARCHAR(20)   NOT NULL REFERENCES admission_university (code),
    review_year INTEGER       NOT NULL,
    reviewed_on DATE          NOT NULL,
    reviewed_by VARCHAR(254)  NOT NULL,
    note        VARCHAR(1000) NOT NULL,
    recorded_at TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (university, review_year),
    CONSTRAINT admission_directive_review_year CHECK (review_year BETWEEN 2000 AND 2200),
    CONSTRAINT admission_directive_review_note CHECK (length(btrim(note)) > 0)
);
