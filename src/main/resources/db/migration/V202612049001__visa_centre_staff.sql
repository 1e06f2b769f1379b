-- Binds accounts of the visa application centre's staff to the centres they work at: a bound
-- account sees and acts on the files of its centres only. An account with no row here is not yet
-- bound and keeps seeing every centre (the state before this table), until an administrator binds it.
CREATE TABLE visa_centre_staff (
    username VARCHAR(50) NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    centre   VARCHAR(20) NOT NULL REFERENCES visa_centre (code),
    PRIMARY KEY (username, centre)
);
