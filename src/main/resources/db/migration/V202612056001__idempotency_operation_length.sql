-- Every write of the applicant's API takes an Idempotency-Key now; its operation is the method and
-- the path after the application number (e.g. "DELETE /documents/<id>"), longer than 32 characters.
ALTER TABLE residence_api_idempotency ALTER COLUMN operation TYPE VARCHAR(200);
