#!/usr/bin/env bash
# Cold start to healthy with the embedded PostgreSQL: seconds from launching the JVM until
# /actuator/health answers 200, for the packaged jar, the extracted jar (`-Djarmode=tools extract`)
# and the extracted jar with a JDK 25 AOT cache (JEP 483/514, made by a training run that stops after
# the context refresh). The data directory is created by the training run, so every measured start
# finds an installed database (a restart, as in production). ROUNDS starts each, the median printed.
# Stops every process it started by PID; waits are bounded. Never fails on speed.
# Usage: bench/startup.sh      (env: ROUNDS=3 PORT=18090)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}; PORT=${PORT:-18090}
java_home=""
for d in /usr/lib/jvm/*; do
  v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}') || continue
  if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java_home=$d; fi
done
[ -n "$java_home" ] || { echo "No JDK 21+ under /usr/lib/jvm" >&2; exit 2; }
java="$java_home/bin/java"
version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')

./mvnw -q -B -DskipTests package
jar=$(ls target/passage-*.jar | grep -v plain | head -1)
work=$(mktemp -d /tmp/passage-startup.XXXXXX)
app=""
stop() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; for _ in $(seq 1 150); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done; kill -9 "$app" 2>/dev/null || true; fi
  for f in $(find "$work/data" -name postmaster.pid 2>/dev/null); do kill -INT "$(head -1 "$f")" 2>/dev/null || true; done
  sleep 1; rm -rf "$work"
}
trap stop EXIT
cp "$jar" "$work/passage.jar"
"$java" -Djarmode=tools -jar "$work/passage.jar" extract --destination "$work/extracted" >/dev/null
args=(--server.port="$PORT" --passage.data-dir="$work/data" --passage.documents.directory="$work/documents"
  --logging.level.root=WARN)

# Training run: creates the data directory (initdb, migrations) and, on JDK 25+, the AOT cache.
aot=()
if [ "${version%%.*}" -ge 25 ]; then
  "$java" -XX:AOTCacheOutput="$work/passage.aot" -Dspring.context.exit=onRefresh -jar "$work/extracted/passage.jar" \
    "${args[@]}" > "$work/training.log" 2>&1 || { echo "training run failed: $(tail -5 "$work/training.log")" >&2; exit 1; }
  aot=(-XX:AOTCache="$work/passage.aot")
else
  "$java" -Dspring.context.exit=onRefresh -jar "$work/extracted/passage.jar" "${args[@]}" > "$work/training.log" 2>&1
fi

# The embedded server of the run before must be gone before the next start (bounded wait).
# A JVM that exits on its own after the refresh (the training run) leaves the embedded server running:
# it is stopped through its postmaster.pid.
pg_gone() {
  for _ in $(seq 1 50); do [ -z "$(find "$work/data" -name postmaster.pid 2>/dev/null)" ] && return; sleep 0.2; done
  for f in $(find "$work/data" -name postmaster.pid 2>/dev/null); do kill -INT "$(head -1 "$f")" 2>/dev/null || true; done
  for _ in $(seq 1 300); do [ -z "$(find "$work/data" -name postmaster.pid 2>/dev/null)" ] && return; sleep 0.2; done
}
pg_gone

measure() {  # prints seconds to healthy
  local start end
  start=$(date +%s%N)
  "$@" "${args[@]}" > "$work/run.log" 2>&1 &
  app=$!
  for _ in $(seq 1 900); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { echo "the application stopped; $(tail -3 "$work/run.log")" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s%N)
  kill "$app"; for _ in $(seq 1 150); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done; kill -9 "$app" 2>/dev/null || true
  app=""
  pg_gone
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", (e - s) / 1e9 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); JDK $version"
for variant in jar extracted aot; do
  case $variant in
    jar) cmd=("$java" -jar "$work/passage.jar") ;;
    extracted) cmd=("$java" -jar "$work/extracted/passage.jar") ;;
    aot) [ ${#aot[@]} -gt 0 ] || continue; cmd=("$java" "${aot[@]}" -jar "$work/extracted/passage.jar") ;;
  esac
  times=()
  for _ in $(seq 1 "$ROUNDS"); do times+=("$(measure "${cmd[@]}")"); done
  printf '%-10s median %s s to healthy (runs: %s)\n' "$variant" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
