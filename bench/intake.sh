#!/usr/bin/env bash
# Request intake over HTTP on PostgreSQL (issue 3): 16 clients post valid requests with a Bearer
# token to the packaged jar, with every rule, SLA clock, timer and audit entry of real intake.
# Usage: bench/intake.sh [seconds] [clients] [warm-up seconds|auto]      (defaults 30 16 auto)
# The JIT takes minutes to settle on intake's code on two cores (the C2 compiler still used a tenth
# of the app's CPU after 70 s of load, and throughput rose 2x from there): "auto" warms up in
# 20-second rounds until the compiler threads spend under 2% of a round's CPU (3 to 20 rounds).
# The load comes from wrk (apt-get install wrk) and bench/intake.lua: a load generator that costs
# little CPU, since it shares the machine's cores with the app and PostgreSQL. Besides throughput
# and latency it prints the CPU time the app, PostgreSQL and wrk spent per request in the measured
# run (from /proc), which is steadier than throughput on a shared machine.
# Needs PostgreSQL on 127.0.0.1:5432, user postgres with trust auth; creates and drops the database
# helpline_bench. Builds target/helpline.jar if it is missing. JAVA_OPTS goes to the server JVM
# (e.g. JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/intake.jfr,settings=profile).
# APP_ARGS goes to the app (e.g. APP_ARGS=--spring.datasource.hikari.maximum-pool-size=4).
# KEEP=1 leaves the app and the database running (for bench/queue.sh) and prints the app's pid.
# JAR=path runs another build (e.g. an older one, to compare the two in one sitting).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
clients=${2:-16}
warmup=${3:-auto}
port=${PORT:-18081}
db=helpline_bench
base="http://127.0.0.1:$port"
jar=${JAR:-target/helpline.jar}
[ -f "$jar" ] || mvn -q -DskipTests package

psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
# The postgres profile takes its keys only from configuration (README, "Running on PostgreSQL"):
# fresh ones for each run.
HELPLINE_PHONE_CODEKEY=$(openssl rand -base64 32)
HELPLINE_SURVEYS_LINKKEY=$(openssl rand -base64 32)
HELPLINE_NOTIFY_PAYLOADKEY=$(openssl rand -base64 32)
HELPLINE_IDENTITY_SECRETKEY=$(openssl rand -base64 32)
export HELPLINE_PHONE_CODEKEY HELPLINE_SURVEYS_LINKKEY HELPLINE_NOTIFY_PAYLOADKEY HELPLINE_IDENTITY_SECRETKEY
# and the address links in e-mails start with
export HELPLINE_PUBLIC_URL="http://127.0.0.1:$port"
psql_ -c "drop database if exists $db" -c "create database $db"
# A run that follows another starts while PostgreSQL still writes the last one's data out (load
# average 13 or more on two cores, a fifth fewer requests): checkpoint, then wait for a quiet
# machine (1-minute load average under 1.5, at most 3 minutes) before starting the app.
psql_ -c "checkpoint"
for _ in $(seq 1 180); do
    awk '{exit !($1 < 1.5)}' /proc/loadavg && break
    sleep 1
done

log=$(mktemp /tmp/helpline-intake.XXXXXX.log)
HELPLINE_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" java ${JAVA_OPTS:-} -jar "$jar" \
    --server.port=$port --spring.profiles.active=postgres --helpline.demo-data=true --helpline.demo.history-days=0 ${APP_ARGS:-} \
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
    -d '{"name":"intake benchmark","scope":"read-write","validDays":1}' "$base/api/v1/me/tokens" \
    | sed -E 's/.*"secret":"([^"]+)".*/\1/')

echo "date: $(date -u +%FT%TZ); nproc: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
load() {
    wrk -t2 -c"$clients" -d"$1"s --latency -s bench/intake.lua "$base" -- "$token"
}
cpu_jiffies() {
    local app postgres=0
    app=$(awk '{print $14 + $15}' /proc/$pid/stat)
    for p in $(pgrep -x postgres); do
        postgres=$((postgres + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0)))
    done
    echo "$app $postgres"
}
requests() { psql_ -At -d $db -c 'select count(*) from service_request'; }
compiler_jiffies() {
    local total=0 task
    for task in /proc/$pid/task/*; do
        grep -q 'CompilerThre' "$task/comm" 2>/dev/null && total=$((total + $(awk '{print $14 + $15}' "$task/stat")))
    done
    echo $total
}
warm_up() {
    if [ "$warmup" != auto ]; then
        load "$warmup" > /dev/null
        return
    fi
    local round app compiler
    for round in $(seq 1 20); do
        app=$(awk '{print $14 + $15}' /proc/$pid/stat)
        compiler=$(compiler_jiffies)
        load 20 > /dev/null
        app=$(( $(awk '{print $14 + $15}' /proc/$pid/stat) - app ))
        compiler=$(( $(compiler_jiffies) - compiler ))
        echo "warm-up round $round: JIT compilers took $compiler of the app's $app CPU ticks"
        [ "$round" -ge 3 ] && [ $((compiler * 50)) -lt "$app" ] && return
    done
}
warm_up
rows_before=$(requests)
before=$(cpu_jiffies)
out=$(mktemp /tmp/helpline-intake-wrk.XXXXXX)
TIMEFORMAT='%U %S'
{ time load "$seconds" > "$out"; } 2> "$out.cpu"
after=$(cpu_jiffies)
created=$(( $(requests) - rows_before ))
grep -E 'Latency  |50%|90%|99%|Requests/sec|errors:' "$out"
echo "$created requests filed in $seconds s: $((created / seconds)) per second"
read -r wrk_user wrk_system < "$out.cpu"
echo "$before $after $created $(getconf CLK_TCK) $wrk_user $wrk_system" | awk '{ printf "CPU per request: app %.2f ms, PostgreSQL %.2f ms, wrk %.2f ms\n", ($3 - $1) * 1000 / $6 / $5, ($4 - $2) * 1000 / $6 / $5, ($7 + $8) * 1000 / $5 }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rows: $(psql_ -At -d $db -c 'select count(*) from service_request') requests," \
    "$(psql_ -At -d $db -c 'select count(*) from scheduled_tasks') timers," \
    "$(psql_ -At -d $db -c 'select count(*) from audit_event' 2>/dev/null || echo '?') audit entries"
[ "${KEEP:-0}" = 1 ] && echo "app pid $pid on $base, database $db (KEEP=1: stop it yourself)"
