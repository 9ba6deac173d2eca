#!/usr/bin/env bash
# What the local mail server of the embedded default adds to a start: time to ready
# (/actuator/health UP), resident memory 5 s after ready (and the heap in use after a full
# collection then), and GreenMail's own start (from its log
# line), with the server on and off, alternated on one H2 file that a first, unmeasured start
# filled with the demo data. Then, with KEPT (default 1000) messages kept in its directory, also
# the time their delivery again took (in the background, from its log line).
# Usage: bench/local-mail.sh [runs] [kept]   (builds target/helpline.jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
kept=${2:-1000}
port=18082 smtp=12525 imap=13143
[ -f target/helpline.jar ] || mvn -q -DskipTests package
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# start MODE: prints "ms rss_mb greenmail_ms delivered_again_ms live_heap_mb" (- for what did not
# happen); the live heap is the heap in use after a full collection, read after the RSS
start() {
    local mode=$1 log="$data/$1.log"
    local begin=$(date +%s%N)
    java ${JAVA_OPTS:-} -jar target/helpline.jar --server.port=$port \
        "--spring.datasource.url=jdbc:h2:file:$data/helpline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        "--helpline.mail.local.enabled=$([ "$mode" = off ] && echo false || echo true)" \
        --helpline.mail.local.smtp-port=$smtp --helpline.mail.local.imap-port=$imap \
        "--helpline.mail.local.directory=$data/mail" > "$log" 2>&1 &
    local pid=$!
    until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 $pid 2>/dev/null || { echo "the app died: $log" >&2; cat "$log" >&2; exit 1; }
        sleep 0.05
    done
    local end=$(date +%s%N)
    sleep 5
    local rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
    jcmd $pid GC.run > /dev/null
    local heap=$(jcmd $pid GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
    kill $pid; wait $pid 2>/dev/null || true
    local greenmail=$(grep -o 'started in [0-9]* ms' "$log" | grep -o '[0-9]*' || echo -)
    local again=$(grep -o 'delivered again in [0-9]* ms' "$log" | grep -o '[0-9]*' || echo -)
    echo "$(( (end - begin) / 1000000 )) $rss $greenmail $again $(( heap / 1024 ))"
}

# keeps COUNT copies of a request e-mail in the directory, as if received over the last days
keep_messages() {
    local sample="$data/sample.eml" now=$(date +%s%3N)
    {
        printf 'Delivered-To: admin@contoso.example\r\nFrom: Helpline <no-reply@helpline.example>\r\n'
        printf 'To: admin@contoso.example\r\nSubject: [HL-2026-000123] Your request was received\r\n'
        printf 'MIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n'
        for line in $(seq 1 40); do printf '<p>Line %s of the request e-mail, with a <a href="http://localhost:8080/requests/1">link</a>.</p>\r\n' "$line"; done
    } > "$sample"
    mkdir -p "$data/mail"
    for i in $(seq 1 "$1"); do
        cp "$sample" "$data/mail/$((now - i * 60000))-$(cat /proc/sys/kernel/random/uuid).eml"
    done
}

echo "preparing: first start with the demo data (not measured)"
start on > /dev/null
: > "$data/off" ; : > "$data/on"
for i in $(seq 1 "$runs"); do
    for mode in off on; do
        result=$(start $mode); echo "$mode  ms=$(echo $result | cut -d' ' -f1) rss_mb=$(echo $result | cut -d' ' -f2) live_heap_mb=$(echo $result | cut -d' ' -f5) greenmail_ms=$(echo $result | cut -d' ' -f3)"
        echo "$result" >> "$data/$mode"
    done
done
for mode in off on; do
    echo "median $mode: $(cut -d' ' -f1 "$data/$mode" | median) ms to ready, rss $(cut -d' ' -f2 "$data/$mode" | median) MB, live heap $(cut -d' ' -f5 "$data/$mode" | median) MB"
done
echo "median GreenMail start: $(cut -d' ' -f3 "$data/on" | median) ms ($(ls "$data/mail" 2>/dev/null | wc -l) messages kept)"

if [ "$kept" -gt 0 ]; then
    keep_messages "$kept"
    : > "$data/kept"
    for i in $(seq 1 "$runs"); do
        result=$(start on); echo "on with $(ls "$data/mail" | wc -l) kept  ms=$(echo $result | cut -d' ' -f1) rss_mb=$(echo $result | cut -d' ' -f2) greenmail_ms=$(echo $result | cut -d' ' -f3) delivered_again_ms=$(echo $result | cut -d' ' -f4) live_heap_mb=$(echo $result | cut -d' ' -f5)"
        echo "$result" >> "$data/kept"
    done
    echo "median with $(ls "$data/mail" | wc -l) kept: $(cut -d' ' -f1 "$data/kept" | median) ms to ready, rss $(cut -d' ' -f2 "$data/kept" | median) MB, live heap $(cut -d' ' -f5 "$data/kept" | median) MB, GreenMail $(cut -d' ' -f3 "$data/kept" | median) ms, delivered again in $(cut -d' ' -f4 "$data/kept" | median) ms"
fi
