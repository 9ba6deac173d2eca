#!/usr/bin/env bash
# Search of requests (issue 21): (re)creates the PostgreSQL database $DB (helpline_search_bench), runs
# RequestSearchBenchmark (starts the app in-process on it, seeds bench/request-search-seed.sql with
# [requests] requests and 5 messages each, restarts with an empty index folder so the node rebuilds
# its index, times RequestSearches.search for an agent and a tenant admin [runs] times each, then
# how long a new message takes to be found). The classes run from a copy, so a build meanwhile
# does not disturb them.
# Usage: bench/request-search.sh [requests] [runs]     (defaults 1000000 2000)
#   KEEP_DB=1 reuses a seeded database; KEEP_INDEX=1 also keeps its index (no rebuild).
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-1000000}
runs=${2:-2000}
db=${DB:-helpline_search_bench}
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
if [ -z "${KEEP_DB:-}" ]; then
    psql_ -c "drop database if exists $db" -c "create database $db"
fi
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
copy=$(mktemp -d /tmp/request-search-bench.XXXXXX)
cp -r target/classes target/test-classes "$copy/"
echo "date: $(date -u +%FT%TZ); nproc: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
java ${JAVA_OPTS:--Xmx2g} ${KEEP_INDEX:+-DkeepIndex=true} \
    -cp "$copy/test-classes:$copy/classes:$(cat target/bench-classpath.txt)" \
    org.helpline.benchmarks.RequestSearchBenchmark "jdbc:postgresql://127.0.0.1:5432/$db" "$requests" "$runs" \
    "target/$db-index"
echo "index size: $(du -sh "target/$db-index" | cut -f1)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$copy"
