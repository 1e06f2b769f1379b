-- Rate-limit counters need no crash durability (losing them only resets a window), so they skip the
-- write-ahead log: with synchronous commit on, a logged upsert on every API call waited for a WAL flush.
ALTER TABLE rate_limit_counter SET UNLOGGED;
