-- Places that can never be exceeded (module places). "taken" stays within "capacity" by the
-- conditional UPDATE of Places.take, and this CHECK stops anything that gets past it; a holder
-- holds at most one place of a pool.
CREATE TABLE place_pool (
    pool     VARCHAR(200) PRIMARY KEY,
    capacity INTEGER      NOT NULL,
    taken    INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT place_pool_within_capacity CHECK (taken >= 0 AND taken <= capacity AND capacity <= 100000)
);

CREATE TABLE place_holding (
    pool   VARCHAR(200) NOT NULL REFERENCES place_pool (pool),
    holder VARCHAR(100) NOT NULL,
    PRIMARY KEY (pool, holder)
);
