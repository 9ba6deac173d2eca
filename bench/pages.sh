#!/usr/bin/env bash
# Every page of the navigation as each demo role sees it (issue 17): starts the packaged jar on
# PostgreSQL (database helpline_pages, created and dropped here) with the demo data and its history,
# then times each page over [calls] sequential requests and weighs its first load with compression.
# Usage: bench/pages.sh [calls]     (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-50}
port=${PORT:-18083}
db=helpline_pages
base="http://127.0.0.1:$port"
[ -f target/helpline.jar ] || mvn -q -DskipTests package

psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
# The postgres profile takes its keys only from configuration (README, "Running on PostgreSQL").
HELPLINE_PHONE_CODEKEY=$(openssl rand -base64 32)
HELPLINE_SURVEYS_LINKKEY=$(openssl rand -base64 32)
HELPLINE_NOTIFY_PAYLOADKEY=$(openssl rand -base64 32)
export HELPLINE_PHONE_CODEKEY HELPLINE_SURVEYS_LINKKEY HELPLINE_NOTIFY_PAYLOADKEY
psql_ -c "drop database if exists $db" -c "create database $db"
log=$(mktemp /tmp/helpline-pages.XXXXXX.log)
started=$(date +%s%N)
HELPLINE_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" java ${JAVA_OPTS:-} -jar target/helpline.jar \
    --server.port=$port --spring.profiles.active=postgres --helpline.demo-data=true > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null && wait $pid 2>/dev/null; psql_ -c "drop database if exists $db" || true' EXIT
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "the app died, see $log" >&2; exit 1; }
    sleep 0.2
done
echo "ready after $(( ($(date +%s%N) - started) / 1000000 )) ms; $(psql_ -At -d $db -c "select count(*) from service_request") requests"

classes=$(mktemp -d)
javac -d "$classes" src/test/java/org/helpline/benchmarks/ServerMetrics.java src/test/java/org/helpline/benchmarks/PageLoad.java
echo "date: $(date -u +%FT%TZ); nproc: $(nproc); java: $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for login in admin@contoso.example user@contoso.example partner@litware.example agent@helpline.example \
        supervisor@helpline.example orgadmin@helpline.example; do
    java -cp "$classes" org.helpline.benchmarks.PageLoad --base "$base" --login "$login" --calls "$calls"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
