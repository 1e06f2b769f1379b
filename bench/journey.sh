#!/usr/bin/env bash
# The applicant's journey under load on the three-node cluster of bench/cluster.sh (loopback only):
# USERS virtual applicants for SECONDS seconds (JourneyLoad: form, pre-registration, code from the
# development mailbox's store, verification, application page, status API, assessment API), with
# KILL_AFTER set, node 1 killed with kill -9 that many seconds in. Prints throughput, p50/p95/p99 and
# errors per step, the acknowledged pre-registrations missing afterwards, and the largest resident set
# of each node during the run (sampled every 2 s). Stops everything by PID (cluster.sh does). Never
# fails on speed.
# Usage: bench/journey.sh      (env: USERS=8 SECONDS_OF_LOAD=60 KILL_AFTER= and cluster.sh's)
set -euo pipefail
cd "$(dirname "$0")/.."
export USERS=${USERS:-8} SECONDS_OF_LOAD=${SECONDS_OF_LOAD:-60} KILL_AFTER=${KILL_AFTER:-}

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
    -Dseconds="$SECONDS_OF_LOAD" ${KILL_AFTER:+-DkillAfter=$KILL_AFTER} -cp "$JOURNEY_CP" org.passage.JourneyLoad
  status=$?
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  echo "load average after: $(cut -d" " -f1-3 /proc/loadavg)"
  awk "{ if (\$2 > max[\$1]) max[\$1] = \$2 } END { for (p in max) printf \"node pid %s: largest RSS %.0f MiB\n\", p, max[p] / 1024 }" "$rss_log"
  rm -f "$rss_log"
  exit $status'
