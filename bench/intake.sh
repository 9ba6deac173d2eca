#!/usr/bin/env bash
# Request intake over HTTP on PostgreSQL (issue 3): 16 clients post valid requests with a Bearer
# token to the packaged jar, with every rule, SLA clock, timer and audit entry of real intake.
# Usage: bench/intake.sh [seconds] [clients] [warm-up seconds]      (defaults 30 16 60)
# Besides throughput and latency it prints the CPU time the app and PostgreSQL spent per request in
# the measured run (from /proc), which is steadier than throughput on a shared machine.
# Needs PostgreSQL on 127.0.0.1:5432, user postgres with trust auth; creates and drops the database
# helpline_bench. Builds target/helpline.jar if it is missing. JAVA_OPTS goes to the server JVM
# (e.g. JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/intake.jfr,settings=profile).
# KEEP=1 leaves the app and the database running (for bench/queue.sh) and prints the app's pid.
# JAR=path runs another build (e.g. an older one, to compare the two in one sitting).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
clients=${2:-16}
warmup=${3:-60}
port=${PORT:-18081}
db=helpline_bench
base="http://127.0.0.1:$port"
jar=${JAR:-target/helpline.jar}
[ -f "$jar" ] || mvn -q -DskipTests package

psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_ -c "drop database if exists $db" -c "create database $db"

log=$(mktemp /tmp/helpline-intake.XXXXXX.log)
HELPLINE_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" java ${JAVA_OPTS:-} -jar "$jar" \
    --server.port=$port --spring.profiles.active=postgres --helpline.demo-data=true \
    --management.metrics.distribution.percentiles-histogram.http.server.requests=true \
    > "$log" 2>&1 &
pid=$!
cleanup() {
    kill $pid 2>/dev/null && wait $pid 2>/dev/null || true
    psql_ -c "drop database if exists $db" || true
}
[ "${KEEP:-0}" = 1 ] || trap cleanup EXIT
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "the app died, see $log" >&2; exit 1; }
    sleep 0.2
done

token=$(curl -fs -u admin@contoso.example:demo -H 'Content-Type: application/json' \
    -d '{"name":"intake benchmark","validDays":1}' "$base/api/v1/me/tokens" \
    | sed -E 's/.*"secret":"([^"]+)".*/\1/')

echo "date: $(date -u +%FT%TZ); nproc: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
load() {
    java src/test/java/org/helpline/benchmarks/IntakeLoad.java --base "$base" --token "$token" --clients "$clients" "$@"
}
cpu_jiffies() {
    local app postgres=0
    app=$(awk '{print $14 + $15}' /proc/$pid/stat)
    for p in $(pgrep -x postgres); do
        postgres=$((postgres + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0)))
    done
    echo "$app $postgres"
}
load --warmup "$warmup" --seconds 1 > /dev/null
before=$(cpu_jiffies)
result=$(load --warmup 0 --seconds "$seconds" --metrics orgadmin@helpline.example:demo)
after=$(cpu_jiffies)
echo "$result"
created=$(echo "$result" | sed -nE 's/^run: ([0-9]+) created.*/\1/p')
echo "$before $after $created $(getconf CLK_TCK)" | awk '{ printf "CPU per request: app %.2f ms, PostgreSQL %.2f ms\n", ($3 - $1) * 1000 / $6 / $5, ($4 - $2) * 1000 / $6 / $5 }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rows: $(psql_ -At -d $db -c 'select count(*) from service_request') requests," \
    "$(psql_ -At -d $db -c 'select count(*) from scheduled_tasks') timers," \
    "$(psql_ -At -d $db -c 'select count(*) from audit_event' 2>/dev/null || echo '?') audit entries"
[ "${KEEP:-0}" = 1 ] && echo "app pid $pid on $base, database $db (KEEP=1: stop it yourself)"
