#!/usr/bin/env bash
# The first start a person trying Helpline sees: `mvn spring-boot:run` (the README's command, with the
# JVM flags the pom gives it) on a fresh H2 file, so it runs the migrations, loads the demo data and
# writes the 90-day demo history. Prints, per run, the time from the command to /actuator/health UP,
# the application process's own time to started, and how long the history took in each lane.
# Usage: bench/first-start.sh [runs]   (default 3; compiles first if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${PORT:-18092}
mvn -q -B -ntp -DskipTests test-compile
for run in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    begin=$(date +%s%N)
    mvn -q -B -ntp spring-boot:run -Dspring-boot.run.arguments="--server.port=$port \
--spring.datasource.url=jdbc:h2:file:$data/helpline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=100" \
        > "$data/out.log" 2>&1 &
    pid=$!
    until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 $pid 2>/dev/null || { echo "the app died: $data/out.log" >&2; exit 1; }
        sleep 0.1
    done
    end=$(date +%s%N)
    echo "run $run: command to ready $(( (end - begin) / 1000000 )) ms;" \
        "$(grep -o 'process running for [0-9.]*' "$data/out.log") s;" \
        "$(grep -o 'history in [0-9]* ms: [0-9]* steps in [0-9]* lanes (taking [^)]*)' "$data/out.log")"
    pkill -f "server.port=$port" || true
    wait $pid 2>/dev/null || true
    rm -rf "$data"
done
