#!/usr/bin/env bash
# Appointment bookings per second under contention, in process against the embedded PostgreSQL
# (fsync and synchronous commit on, a fresh data directory under target/). Never fails on speed.
# Usage: bench/bookings.sh            (env: THREADS=8 BOOKINGS=1500 (per round) ROUNDS=3 DAYS=4)
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${THREADS:-8}; BOOKINGS=${BOOKINGS:-1500}; ROUNDS=${ROUNDS:-3}; DAYS=${DAYS:-4}

java_home=""
for d in /usr/lib/jvm/*; do
  v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}') || continue
  if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java_home=$d; fi
done
[ -n "$java_home" ] || { echo "No JDK 21+ under /usr/lib/jvm" >&2; exit 2; }

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
rm -rf target/bench-postgres
"$java_home/bin/java" -XX:+UseParallelGC -Dthreads="$THREADS" -Dbookings="$BOOKINGS" -Drounds="$ROUNDS" -Ddays="$DAYS" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.passage.appointments.BookingBenchmark
