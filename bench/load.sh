#!/usr/bin/env bash
# HTTP load test on this machine only (loopback): the residence assessment endpoint against
# /actuator/health in the same run, printing both request rates and their ratio.
# Bounded: each wrk run lasts DURATION seconds. Never fails on speed. Also prints the node's RSS.
# Usage: bench/load.sh            (env: DURATION=20 CONNECTIONS=16 THREADS=2 PORT=18080 JFR=file.jfr to profile)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20}; CONNECTIONS=${CONNECTIONS:-16}; THREADS=${THREADS:-2}; PORT=${PORT:-18080}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 2; }

java_home=""
for d in /usr/lib/jvm/*; do
  v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}') || continue
  if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java_home=$d; fi
done
[ -n "$java_home" ] || { echo "No JDK 21+ under /usr/lib/jvm" >&2; exit 2; }

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
jar=$(ls target/passage-*.jar | grep -v plain | head -1)
rm -rf target/bench-data
"$java_home/bin/java" ${JFR:+-XX:StartFlightRecording:filename=$JFR,settings=profile} -jar "$jar" --server.port="$PORT" --passage.data-dir=target/bench-data \
  --passage.rate-limit.assessments-limit=1000000000 --logging.level.root=WARN > target/bench-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "the application did not start; see target/bench-app.log" >&2; exit 1; }

base="http://127.0.0.1:$PORT"
# CPU seconds (user + system) of the node and of its embedded PostgreSQL (postmaster and backends):
# the work each request costs, which other programs on a shared machine disturb far less than req/s.
cpu_ticks() {
  local pids="$app" pm
  pm=$(head -1 target/bench-data/postmaster.pid 2>/dev/null || true)
  [ -n "$pm" ] && pids="$pids $pm $(ps -o pid= --ppid "$pm" | tr '\n' ' ')"
  local t=0 p
  for p in $pids; do
    [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$t"
}
hz=$(getconf CLK_TCK)
echo "warming up..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/assess.lua "$base/api/v1/assessments/residence-permit" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$base/actuator/health" >/dev/null

c0=$(cpu_ticks)
assess_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/assess.lua "$base/api/v1/assessments/residence-permit")
c1=$(cpu_ticks)
health_out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$base/actuator/health")
c2=$(cpu_ticks)
echo "== POST /api/v1/assessments/residence-permit"; echo "$assess_out"
echo "== GET /actuator/health"; echo "$health_out"
a=$(echo "$assess_out" | awk '/Requests\/sec/{print $2}')
h=$(echo "$health_out" | awk '/Requests\/sec/{print $2}')
echo
printf 'assessment: %s req/s   health: %s req/s   ratio: %s%%\n' "$a" "$h" "$(awk -v a="$a" -v h="$h" 'BEGIN{printf "%.1f", 100*a/h}')"
an=$(echo "$assess_out" | awk '/requests in/{print $1}')
hn=$(echo "$health_out" | awk '/requests in/{print $1}')
awk -v a=$((c1 - c0)) -v h=$((c2 - c1)) -v an="$an" -v hn="$hn" -v hz="$hz" 'BEGIN{
  ca = 1000 * a / hz / an; ch = 1000 * h / hz / hn;
  printf "CPU per request (node + PostgreSQL): assessment %.2f ms   health %.2f ms   capacity ratio: %.1f%%\n", ca, ch, 100 * ch / ca }'
# The node's resident memory after the load (target: 512 MiB per node); VmHWM is the largest it reached.
awk '/^VmRSS|^VmHWM/{printf "%s %d MiB   ", $1, $2/1024} END{print ""}' "/proc/$app/status"
