-- The counter checks the originals against the file item by item: which originals the staff saw.
-- An item a file requires whose original was not seen refuses the file at the counter, naming it.
CREATE TABLE visa_file_counter_check (
    file_id       UUID        NOT NULL,
    person        VARCHAR(10) NOT NULL,
    code          VARCHAR(64) NOT NULL,
    original_seen BOOLEAN     NOT NULL,
    checked_by    VARCHAR(50) NOT NULL,
    checked_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (file_id, person, code),
    FOREIGN KEY (file_id, person, code) REFERENCES visa_file_item (file_id, person, code) ON DELETE CASCADE
);
