#!/usr/bin/env bash
# Growth: fills databases with SIZES applications each (bench/growth/generate.sql) on a private
# PostgreSQL 15 (Debian's, its own initdb in a temporary directory, port PGPORT, loopback only), and
# runs GrowthBenchmark on each, first without and then with the indexes of the growth migration, so
# the figures before and after come from the same data. Prints p50/p95/p99 per query and the plans.
# Stops the server it started, by PID. Never fails on speed.
# Usage: bench/growth.sh      (env: SIZES="10000 1000000" PGPORT=55433 ITERATIONS=1000 QUERY_SECONDS=15
#                              KEEP=1 keeps the data directory and prints where it is)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 1000000"}; PGPORT=${PGPORT:-55433}; ITERATIONS=${ITERATIONS:-1000}; QUERY_SECONDS=${QUERY_SECONDS:-15}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
MIGRATION=$(ls src/main/resources/db/migration/V*__growth_indexes.sql)
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL 15 is not installed: apt-get install -y postgresql" >&2; exit 2; }

java_home=""
for d in /usr/lib/jvm/*; do
  v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}') || continue
  if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java_home=$d; fi
done
[ -n "$java_home" ] || { echo "No JDK 21+ under /usr/lib/jvm" >&2; exit 2; }

# PostgreSQL refuses to run as root: the server and psql run as the postgres user then.
as_pg=()
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); fi

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test

data=$(mktemp -d /tmp/passage-growth.XXXXXX)
chmod 755 "$data"
[ "$(id -u)" = 0 ] && chown postgres "$data"
pg_pid=""
stop() {
  if [ -n "$pg_pid" ]; then
    # runuser does not pass signals on: stop the postmaster itself (fast shutdown), then wait, bounded.
    postmaster=$(head -1 "$data/pg/postmaster.pid" 2>/dev/null || true)
    [ -n "$postmaster" ] && kill -INT "$postmaster" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pg_pid" "$postmaster" 2>/dev/null || true
  fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$data"; else echo "data directory kept: $data/pg (classes: $data/classes)"; fi
}
trap stop EXIT
# A private copy of the classes, so that a build in the worktree meanwhile does not pull them away.
mkdir -p "$data/classes" && cp -r target/classes "$data/classes/main" && cp -r target/test-classes "$data/classes/test"
"${as_pg[@]}" "$PGBIN/initdb" -D "$data/pg" -U postgres -A trust -E UTF8 >/dev/null
# The generator writes gigabytes once; the benchmark only reads, so durability does not matter here.
"${as_pg[@]}" "$PGBIN/postgres" -D "$data/pg" -p "$PGPORT" -k "$data" -c listen_addresses=127.0.0.1 \
  -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB -c max_wal_size=4GB \
  -c maintenance_work_mem=256MB > "$data/postgres.log" 2>&1 &
pg_pid=$!
for _ in $(seq 1 60); do "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" && break; sleep 0.5; done
"$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" || { echo "PostgreSQL did not start; see $data/postgres.log" >&2; exit 1; }
psql() { "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

bench() {
  "$java_home/bin/java" -Xmx1g -Durl="jdbc:postgresql://127.0.0.1:$PGPORT/$1" -Dmode="$2" -Diterations="$ITERATIONS" \
    -Dseconds="$QUERY_SECONDS" -Dexplain="${3:-false}" \
    -cp "$data/classes/test:$data/classes/main:$(cat target/bench-classpath.txt)" \
    org.passage.residence.application.GrowthBenchmark
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in $SIZES; do
  db="growth_$n"
  psql -c "CREATE DATABASE $db"
  bench "$db" migrate
  echo "== $n applications: generating"
  start=$(date +%s)
  psql -d "$db" -v n="$n" -f bench/growth/generate.sql
  echo "generated in $(( $(date +%s) - start )) s; database size: $(psql -d "$db" -Atc "SELECT pg_size_pretty(pg_database_size(current_database()))")"
  # The figures before: the growth migration's indexes dropped, the rest of the schema as migrated.
  for index in $(sed -n 's/^CREATE INDEX \([a-z0-9_]*\).*/\1/p' "$MIGRATION"); do psql -d "$db" -c "DROP INDEX $index"; done
  psql -d "$db" -c "ANALYZE"
  echo "== $n applications, before $(basename "$MIGRATION") (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  bench "$db" bench true
  psql -d "$db" -f "$MIGRATION"
  psql -d "$db" -c "ANALYZE"
  echo "== $n applications, after $(basename "$MIGRATION") (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  bench "$db" bench true
done
