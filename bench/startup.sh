#!/usr/bin/env bash
# Cold start of the packaged jar to ready (/actuator/health UP) and its resident memory.
# Usage: bench/startup.sh [runs]   (builds target/helpline.jar first if it is missing)
# Each run starts on a fresh H2 file (so it includes migrations and the demo data), then once
# more on the same file (a restart). Prints one line per start and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=18080
[ -f target/helpline.jar ] || mvn -q -DskipTests package

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

start_once() {
    local data=$1
    local begin=$(date +%s%N)
    java ${JAVA_OPTS:-} -jar target/helpline.jar --server.port=$port \
        "--spring.datasource.url=jdbc:h2:file:$data/helpline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        "--helpline.mail.local.directory=$data/mail" > "$data/out.log" 2>&1 &
    local pid=$!
    until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 $pid 2>/dev/null || { echo "the app died: $data/out.log" >&2; exit 1; }
        sleep 0.05
    done
    local end=$(date +%s%N)
    sleep 2
    local rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    echo "$(( (end - begin) / 1000000 )) $rss"
}

: > /tmp/helpline-startup-first
: > /tmp/helpline-startup-restart
for i in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    first=$(start_once "$data"); echo "first start  ms=${first% *} rss_mb=${first#* }"; echo "$first" >> /tmp/helpline-startup-first
    again=$(start_once "$data"); echo "restart      ms=${again% *} rss_mb=${again#* }"; echo "$again" >> /tmp/helpline-startup-restart
    rm -rf "$data"
done
echo "median first start: $(cut -d' ' -f1 /tmp/helpline-startup-first | median) ms, rss $(cut -d' ' -f2 /tmp/helpline-startup-first | median) MB"
echo "median restart:     $(cut -d' ' -f1 /tmp/helpline-startup-restart | median) ms, rss $(cut -d' ' -f2 /tmp/helpline-startup-restart | median) MB"
