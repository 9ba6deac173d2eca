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
. bench/lib.sh
start_app $db $port "$(mktemp /tmp/helpline-pages.XXXXXX.log)"
echo "ready after $(( ($(date +%s%N) - started) / 1000000 )) ms; $(psql_ -At -d $db -c "select count(*) from service_request") requests"

classes=$(mktemp -d)
javac -d "$classes" src/test/java/org/helpline/benchmarks/ServerMetrics.java src/test/java/org/helpline/benchmarks/PageLoad.java
echo "date: $(date -u +%FT%TZ); nproc: $(nproc); java: $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for login in admin@contoso.example user@contoso.example partner@litware.example agent@helpline.example \
        supervisor@helpline.example orgadmin@helpline.example; do
    java -cp "$classes" org.helpline.benchmarks.PageLoad --base "$base" --login "$login" --calls "$calls"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
