#!/usr/bin/env bash
# A cluster on this machine, loopback only: Debian's PostgreSQL 15 (its own initdb in a temporary
# directory, port PGPORT), three Passage nodes from the packaged jar (ports BASE_PORT+1..+3) and HAProxy
# in front (port BASE_PORT) with health checks on /actuator/health/readiness.
#   bench/cluster.sh               starts it, checks that sessions, rate limits, the outbox and job locks
#                                  behave as one system across the nodes, prints what it found, stops.
#   bench/cluster.sh -- CMD ARGS   starts it, runs CMD with PASSAGE_URL (HAProxy), NODE_URLS, NODE_PIDS,
#                                  PGPORT and PSQL in the environment, then stops (e.g. the journey load).
# The nodes trust X-Forwarded-For from HAProxy (loopback) only, and name themselves node1..node3 in the
# job locks (shedlock.locked_by). Jobs' crons can be set through the environment, e.g.
# PASSAGE_APPOINTMENTS_REMINDER_CRON='*/10 * * * * *' (NODE_ARGS is split on spaces).
# Everything it starts is stopped by PID on exit; every wait is bounded. Never fails on speed.
# Env: BASE_PORT=18180 PGPORT=55434 NODE_HEAP=256m NODE_ARGS="" (extra --property=value for every node)
#      KEEP_LOGS=1 keeps the directory with the logs and prints where it is.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_PORT=${BASE_PORT:-18180}; PGPORT=${PGPORT:-55434}; NODE_HEAP=${NODE_HEAP:-256m}; NODE_ARGS=${NODE_ARGS:-}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
HAPROXY=${HAPROXY:-/usr/sbin/haproxy}
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL 15 is not installed: apt-get install -y postgresql" >&2; exit 2; }
[ -x "$HAPROXY" ] || { echo "HAProxy is not installed: apt-get install -y haproxy" >&2; exit 2; }
command="${1:-}"
if [ "$command" = "--" ]; then shift; fi

java_home=""
for d in /usr/lib/jvm/*; do
  v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}') || continue
  if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then java_home=$d; fi
done
[ -n "$java_home" ] || { echo "No JDK 21+ under /usr/lib/jvm" >&2; exit 2; }

if [ -z "${JAR:-}" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/passage-*.jar | grep -v plain | head -1)
fi
dir=$(mktemp -d /tmp/passage-cluster.XXXXXX)
chmod 755 "$dir"
cp "$JAR" "$dir/passage.jar"   # a build in the worktree meanwhile must not change the nodes' jar

as_pg=()
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); chown postgres "$dir"; fi
pg_pid=""; haproxy_pid=""; node_pids=()
stop() {
  trap - EXIT INT TERM
  [ -n "$haproxy_pid" ] && kill "$haproxy_pid" 2>/dev/null || true
  for pid in "${node_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${node_pids[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ -n "$pg_pid" ]; then
    # runuser does not pass signals on: stop the postmaster itself, then wait, bounded.
    postmaster=$(head -1 "$dir/pg/postmaster.pid" 2>/dev/null || true)
    [ -n "$postmaster" ] && kill -INT "$postmaster" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pg_pid" ${postmaster:+"$postmaster"} 2>/dev/null || true
  fi
  if [ -n "${KEEP_LOGS:-}" ]; then echo "logs kept in $dir"; else rm -rf "$dir"; fi
}
trap stop EXIT INT TERM

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"${as_pg[@]}" "$PGBIN/initdb" -D "$dir/pg" -U postgres -A trust -E UTF8 >/dev/null
"${as_pg[@]}" "$PGBIN/postgres" -D "$dir/pg" -p "$PGPORT" -k "$dir" -c listen_addresses=127.0.0.1 \
  -c max_connections=120 -c shared_buffers=256MB > "$dir/postgres.log" 2>&1 &
pg_pid=$!
for _ in $(seq 1 60); do "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" && break; sleep 0.5; done
PSQL="$PGBIN/psql -X -q -At -h 127.0.0.1 -p $PGPORT -U postgres -d passage"
$PGBIN/psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c "CREATE DATABASE passage"

mkdir -p "$dir/documents"
NODE_URLS=""
for i in 1 2 3; do
  port=$((BASE_PORT + i))
  # All nodes start at once: Flyway's lock in PostgreSQL lets one of them migrate.
  # shellcheck disable=SC2086
  "$java_home/bin/java" -Xmx"$NODE_HEAP" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -jar "$dir/passage.jar" \
    --server.port="$port" --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/passage" \
    --spring.datasource.username=postgres --passage.documents.directory="$dir/documents" \
    --passage.staff.initial-admin.username=admin --passage.staff.initial-admin.password=harbour-lantern-quiet-2026 \
    --passage.residence.form-minimum-time=0s --passage.notifications.poll-interval=2s \
    "--passage.appointments.assignment-cron=*/5 * * * * *" --passage.scheduling.node-name="node$i" \
    '--server.tomcat.remoteip.internal-proxies=127\.0\.0\.1' \
    --logging.level.root=WARN --logging.level.org.passage=INFO $NODE_ARGS > "$dir/node$i.log" 2>&1 &
  node_pids+=($!)
  NODE_URLS="$NODE_URLS http://127.0.0.1:$port"
done
NODE_URLS=${NODE_URLS# }

cat > "$dir/haproxy.cfg" <<EOF
global
    maxconn 2000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # a request that found a dead node goes to another one (only when nothing was sent yet)
    retries 2
    option redispatch
    option forwardfor
frontend passage
    bind 127.0.0.1:$BASE_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:$((BASE_PORT + 1)) check
    server node2 127.0.0.1:$((BASE_PORT + 2)) check
    server node3 127.0.0.1:$((BASE_PORT + 3)) check
EOF
"$HAPROXY" -f "$dir/haproxy.cfg" -db > "$dir/haproxy.log" 2>&1 &
haproxy_pid=$!

started=$(date +%s)
i=0
for url in $NODE_URLS; do
  for _ in $(seq 1 300); do
    curl -fs "$url/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "${node_pids[$i]}" 2>/dev/null || break
    sleep 1
  done
  i=$((i + 1))
  curl -fs "$url/actuator/health/readiness" >/dev/null || { echo "$url did not become ready; logs in $dir" >&2; KEEP_LOGS=1; exit 1; }
done
echo "three nodes ready in $(( $(date +%s) - started )) s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
PASSAGE_URL="http://127.0.0.1:$BASE_PORT"
for _ in $(seq 1 20); do curl -fs "$PASSAGE_URL/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done

if [ $# -gt 0 ]; then
  PASSAGE_URL=$PASSAGE_URL NODE_URLS=$NODE_URLS NODE_PIDS="${node_pids[*]}" PGPORT=$PGPORT PSQL=$PSQL "$@"
  exit $?
fi

# ---- Checks: one system across the nodes ----
read -r -a nodes <<< "$NODE_URLS"
failures=0
report() { if [ "$1" = ok ]; then echo "  ok    $2"; else echo "  FAIL  $2"; failures=$((failures + 1)); fi; }
echo "checks:"

# Sessions: sign in on node 1, go on through nodes 2 and 3 (and the balancer).
jar="$dir/staff.cookies"
page=$(curl -fs -c "$jar" -b "$jar" "${nodes[0]}/staff/sign-in")
csrf=$(printf '%s' "$page" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" \
  --data-urlencode "password=harbour-lantern-quiet-2026" --data-urlencode "_csrf=$csrf" "${nodes[0]}/staff/sign-in"
same=ok
for url in "${nodes[1]}" "${nodes[2]}" "$PASSAGE_URL"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$url/admin/staff")
  [ "$code" = 200 ] || same="$url answered $code"
done
report "$( [ "$same" = ok ] && echo ok)" "a staff session begun on node 1 is signed in on nodes 2, 3 and the balancer ($same)"

# Rate limits: 40 status lookups from one (forwarded) address, spread over the nodes: the limit is 30 in all.
address="198.51.100.$(( $(date +%s) % 200 + 1 ))"
allowed=0; limited=0
for n in $(seq 1 40); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Forwarded-For: $address" -H 'Content-Type: application/json' \
    -d '{"applicationNumber":"0000-0000-0000-0","passportNumber":"U1234567"}' "${nodes[$((n % 3))]}/api/v1/residence/status")
  case "$code" in 404) allowed=$((allowed + 1)) ;; 429) limited=$((limited + 1)) ;; esac
done
report "$( [ "$allowed" = 30 ] && [ "$limited" = 10 ] && echo ok)" \
  "40 status lookups over three nodes from one address: $allowed answered, $limited refused (limit 30 per hour)"

# Outbox: a pre-registration through the balancer sends its code e-mail once, whichever node polls.
email="cluster-$(date +%s)@example.org"
jar="$dir/applicant.cookies"
page=$(curl -fs -c "$jar" -b "$jar" "$PASSAGE_URL/residence/apply/first")
csrf=$(printf '%s' "$page" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
token=$(printf '%s' "$page" | sed -n 's/.*name="formToken"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
  --data-urlencode "formToken=$token" -d givenNames=Amina -d surname=Haddad -d birthDate-day=3 -d birthDate-month=4 \
  -d birthDate-year=2001 -d nationality=SY -d passportNumber=N$(( RANDOM * 1000 + RANDOM )) -d passportExpiry-day=1 \
  -d passportExpiry-month=1 -d passportExpiry-year=$(( $(date +%Y) + 3 )) --data-urlencode "email=$email" \
  --data-urlencode "mobile=+905321234567" \
  "$PASSAGE_URL/residence/apply/first")
mails=0
for _ in $(seq 1 30); do
  mails=$($PSQL -c "SELECT count(*) FROM dev_mailbox_message WHERE address = '$email'")
  [ "$mails" -ge 1 ] && break; sleep 1
done
sleep 5   # two more poller rounds on every node: a double delivery would show now
mails=$($PSQL -c "SELECT count(*) FROM dev_mailbox_message WHERE address = '$email'")
deliveries=$($PSQL -c "SELECT count(*) || ' ' || string_agg(status, ',') FROM notification_delivery WHERE address = '$email'")
report "$( [ "$code" = 302 ] && [ "$mails" = 1 ] && echo ok)" \
  "a pre-registration (HTTP $code) put its code e-mail in the outbox once and it was delivered once (deliveries: $deliveries; in the mailbox: $mails)"

# Jobs: the Istanbul/Ankara assignment job runs every 5 s here, on whichever node takes its ShedLock row.
locks=$($PSQL -c "SELECT count(*) || ' row(s): ' || string_agg(name || ' until ' || to_char(lock_until, 'HH24:MI:SS'), ', ') FROM shedlock")
report "$($PSQL -c "SELECT CASE WHEN count(*) >= 1 AND count(*) = count(DISTINCT name) THEN 'ok' END FROM shedlock")" \
  "job locks are one row per job in PostgreSQL, shared by the nodes ($locks)"

# Health checks: a node killed is taken out of the balancer; requests keep succeeding.
kill -9 "${node_pids[2]}"
wait "${node_pids[2]}" 2>/dev/null || true
errors=0
for n in $(seq 1 30); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$PASSAGE_URL/actuator/health/liveness")
  [ "$code" = 200 ] || errors=$((errors + 1))
  sleep 0.1
done
report "$( [ "$errors" = 0 ] && echo ok)" "node 3 killed (kill -9): $errors of 30 requests through the balancer failed"

echo "$failures check(s) failed (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
exit $(( failures > 0 ))
