#!/usr/bin/env bash
# The whole journey under load on the three-node cluster of bench/cluster.sh (loopback only): USERS
# virtual applicants and OFFICERS virtual officers for SECONDS_OF_LOAD seconds (JourneyLoad). Applicants:
# pre-registration, code from the development mailbox's store, verification, the application form page by
# page, an upload, submission, booking, payment through the simulator, the status API, the assessment API.
# Officers (made through the administration pages): the queue, a case, attendance, checklist items
# received, approval. With KILL_AFTER set, node 1 is killed with kill -9 that many seconds in. Prints per
# step the count, errors, retries, throughput and p50/p95/p99; the acknowledged pre-registrations,
# submissions, payments and decisions missing afterwards; the outbox after the load; the job lock runs per
# node before and after the kill; the largest resident set of each node (sampled every 2 s). Stops
# everything by PID (cluster.sh does). Never fails on speed.
# Usage: bench/journey.sh   (env: USERS=8 OFFICERS=2 SECONDS_OF_LOAD=60 KILL_AFTER= and cluster.sh's;
#                            e.g. SECONDS_OF_LOAD=90 KILL_AFTER=45 bench/journey.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
export USERS=${USERS:-8} OFFICERS=${OFFICERS:-2} SECONDS_OF_LOAD=${SECONDS_OF_LOAD:-60} KILL_AFTER=${KILL_AFTER:-}
# Two more jobs than the cluster's every-5-s assignment run often, so that the kill shows them taken over.
export PASSAGE_APPOINTMENTS_REMINDER_CRON=${PASSAGE_APPOINTMENTS_REMINDER_CRON:-"*/10 * * * * *"}
export PASSAGE_RESIDENCE_MISSING_DOCUMENTS_EXPIRY_CRON=${PASSAGE_RESIDENCE_MISSING_DOCUMENTS_EXPIRY_CRON:-"*/15 * * * * *"}

./mvnw -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
classes=$(mktemp -d /tmp/passage-journey.XXXXXX)
trap 'rm -rf "$classes"' EXIT
cp -r target/test-classes "$classes/test"   # a build meanwhile must not pull the classes away
export JOURNEY_CP="$classes/test:$(cat target/bench-classpath.txt)"
JAR=$(ls target/passage-*.jar | grep -v plain | head -1) bench/cluster.sh -- bash -c '
  java=$(command -v java); for d in /usr/lib/jvm/*; do [ -x "$d/bin/java" ] && "$d/bin/java" -version 2>&1 | grep -q "version \"2[1-9]" && java=$d/bin/java; done
  rss_log=$(mktemp)
  ( for _ in $(seq 1 $(( SECONDS_OF_LOAD / 2 + 30 ))); do
      for pid in $NODE_PIDS; do echo "$pid $(ps -o rss= -p "$pid" 2>/dev/null || echo 0)"; done
      sleep 2
    done ) > "$rss_log" &
  sampler=$!
  echo "load average before: $(cut -d" " -f1-3 /proc/loadavg)"
  "$java" -Durl="$PASSAGE_URL" -Djdbc="jdbc:postgresql://127.0.0.1:$PGPORT/passage" -Dusers="$USERS" \
    -Dofficers="$OFFICERS" -Dseconds="$SECONDS_OF_LOAD" ${KILL_AFTER:+-DkillAfter=$KILL_AFTER} -cp "$JOURNEY_CP" org.passage.JourneyLoad
  status=$?
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  echo "load average after: $(cut -d" " -f1-3 /proc/loadavg)"
  awk "{ if (\$2 > max[\$1]) max[\$1] = \$2 } END { for (p in max) printf \"node pid %s: largest RSS %.0f MiB\n\", p, max[p] / 1024 }" "$rss_log"
  rm -f "$rss_log"
  exit $status'
