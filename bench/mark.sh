#!/usr/bin/env bash
# An officer's "Save the mark" over HTTP (POST + the case page it redirects to), in process on a fresh
# embedded PostgreSQL under target/. Prints the first mark and p50/p95/max of the others.
# Never fails on speed.
# Usage: bench/mark.sh           (env: CASES=20 MARKS=4 JFR=file.jfr to profile)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-20}; MARKS=${MARKS:-4}

java_home=""
for d in /usr/lib/jvm/*; do
  v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}') || continue
  if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java_home=$d; fi
done
[ -n "$java_home" ] || { echo "No JDK 21+ under /usr/lib/jvm" >&2; exit 2; }

./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
rm -rf target/bench-mark-postgres
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$java_home/bin/java" ${JFR:+-XX:StartFlightRecording:filename=$JFR,settings=profile} -Dcases="$CASES" -Dmarks="$MARKS" -Dlogging.level.root=WARN \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.passage.directorate.OfficerMarkBenchmark > target/bench-mark.log 2>&1 || { tail -40 target/bench-mark.log >&2; exit 1; }
grep -E "^(first|POST|CPU)" target/bench-mark.log
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
