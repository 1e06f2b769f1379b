package org.passage.places;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes and gives back places of a pool. Every method joins the caller's transaction, so a place
 * is taken together with the change it was taken for, or not at all.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Places {

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes one place of the pool for the holder; {@code false} when every place is taken. A pool
     * seen for the first time gets {@code capacity} places; a holder who already holds a place of
     * the pool keeps it and takes no second one.
     */
    public boolean take(PlacePool pool, String holder, int capacity) {
        requireHolder(holder);
        if (capacity < 0) {
            throw new IllegalArgumentException("a pool has no negative places");
        }
        jdbc.sql("INSERT INTO place_pool (pool, capacity) VALUES (?, ?) ON CONFLICT (pool) DO NOTHING")
                .params(pool.value(), capacity).update();
        if (holds(pool, holder)) {
            return true;
        }
        // The UPDATE queues concurrent takers on the pool's row; the last place goes to exactly one.
        boolean taken = jdbc.sql("UPDATE place_pool SET taken = taken + 1 WHERE pool = ? AND taken < capacity")
                .params(pool.value()).update() == 1;
        if (taken) {
            jdbc.sql("INSERT INTO place_holding (pool, holder) VALUES (?, ?)").params(pool.value(), holder).update();
        }
        return taken;
    }

    /** Gives the holder's place back to the pool; nothing happens when the holder holds none. */
    public void release(PlacePool pool, String holder) {
        requireHolder(holder);
        int removed = jdbc.sql("DELETE FROM place_holding WHERE pool = ? AND holder = ?")
                .params(pool.value(), holder).update();
        if (removed == 1) {
            jdbc.sql("UPDATE place_pool SET taken = taken - 1 WHERE pool = ?").params(pool.value()).update();
        }
    }

    /**
     * Sets the pool's places; {@code false} (nothing changed) when more places are taken already.
     */
    public boolean resize(PlacePool pool, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a pool has no negative places");
        }
        return jdbc.sql("""
                INSERT INTO place_pool (pool, capacity) VALUES (:pool, :capacity)
                ON CONFLICT (pool) DO UPDATE SET capacity = :capacity WHERE place_pool.taken <= :capacity""")
                .param("pool", pool.value()).param("capacity", capacity).update() == 1;
    }

    /** Whether the holder holds a place of the pool. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean holds(PlacePool pool, String holder) {
        return jdbc.sql("SELECT COUNT(*) FROM place_holding WHERE pool = ? AND holder = ?")
                .params(pool.value(), holder).query(Integer.class).single() == 1;
    }

    /** The pool's places, empty when nobody has taken or set any yet. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<PoolPlaces> of(PlacePool pool) {
        return jdbc.sql("SELECT capacity, taken FROM place_pool WHERE pool = ?").params(pool.value())
                .query((rs, i) -> new PoolPlaces(pool, rs.getInt("capacity"), rs.getInt("taken"))).optional();
    }

    private static void requireHolder(String holder) {
        if (holder == null || holder.isBlank() || holder.length() > 100) {
            throw new IllegalArgumentException("a holder is named by 1 to 100 characters");
        }
    }
}
