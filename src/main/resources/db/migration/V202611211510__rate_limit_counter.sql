-- Fixed-window request counters shared by all nodes (module ratelimit).
CREATE TABLE rate_limit_counter (
    bucket       VARCHAR(100) NOT NULL,
    client_key   VARCHAR(200) NOT NULL,
    window_start TIMESTAMPTZ  NOT NULL,
    window_end   TIMESTAMPTZ  NOT NULL,
    hits         INTEGER      NOT NULL,
    CONSTRAINT rate_limit_counter_pk PRIMARY KEY (bucket, client_key, window_start)
);

CREATE INDEX rate_limit_counter_window_end_ix ON rate_limit_counter (window_end);
