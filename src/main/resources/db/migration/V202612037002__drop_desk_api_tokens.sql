-- The residence and visa APIs now keep their bearer tokens in api_token (module identity).
-- The tokens of the two old tables are not carried over: a token lasts an hour, so losing them at
-- the upgrade only asks the applicants signed in to the API to exchange a new one-time code.
DROP TABLE residence_api_token;
DROP TABLE visa_api_token;
