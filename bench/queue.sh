#!/usr/bin/env bash
# The agents' queue with 100,000 open requests in the organisation (issue 3): starts the packaged jar
# on PostgreSQL (database helpline_bench, created and dropped here), seeds bench/queue-seed.sql, then
# times GET /api/v1/queue (Bearer) and the page GET /workspace/queue (signed in) as the demo agent
# over [calls] sequential calls with different filters and cursors, and prints the query plan.
# Usage: bench/queue.sh [calls] [login]     (defaults 200 agent@helpline.example)
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-200}
login=${2:-agent@helpline.example}
port=${PORT:-18082}
db=helpline_bench
base="http://127.0.0.1:$port"
. bench/lib.sh
start_app $db $port "$(mktemp /tmp/helpline-queue.XXXXXX.log)" --helpline.demo.history-days=0 \
    --management.metrics.distribution.percentiles-histogram.http.server.requests=true

seed_start=$(date +%s%N)
psql_ -d $db -f bench/queue-seed.sql
echo "seeded $(psql_ -At -d $db -c "select count(*) from service_request where status in ('NEW','IN_PROGRESS','AWAITING_CUSTOMER')") open requests in $(( ($(date +%s%N) - seed_start) / 1000000 )) ms"

token=$(curl -fs -u "$login:demo" -H 'Content-Type: application/json' \
    -d '{"name":"queue benchmark","scope":"read","validDays":1}' "$base/api/v1/me/tokens" | sed -E 's/.*"secret":"([^"]+)".*/\1/')
classes=$(mktemp -d)
javac -d "$classes" src/test/java/org/helpline/benchmarks/ServerMetrics.java src/test/java/org/helpline/benchmarks/QueueLoad.java
echo "date: $(date -u +%FT%TZ); nproc: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$classes" org.helpline.benchmarks.QueueLoad --base "$base" --token "$token" --login "$login" \
    --calls "$calls" --metrics orgadmin@helpline.example:demo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

agent=$(psql_ -At -d $db -c "select id from app_user where login = '$login'")
plan() {
    echo "--- $1"
    psql_ -d $db -c "explain (analyze, buffers) select r.* from service_request r
        where r.organisation_id = 'global' and r.handled_by = 'PROVIDER'
        and r.status in ('NEW', 'IN_PROGRESS', 'AWAITING_CUSTOMER') $2
        and (r.assignee_id is null or r.assignee_id = '$agent')
        order by r.queue_due_at asc nulls last, r.received_at asc, r.id asc fetch first 51 rows only"
}
plan "first page, no filter" ""
plan "severity A" "and r.severity = 'A'"
plan "language zh-CN, breached" "and r.contact_language = 'zh-CN' and r.queue_due_at <= now()"
cursor=$(psql_ -At -d $db -c "select queue_due_at || '|' || received_at || '|' || id from service_request
    where queue_due_at is not null order by queue_due_at, received_at, id offset 80000 limit 1")
IFS='|' read -r due received id <<< "$cursor"
plan "a page deep in the queue (after the 80,000th), as RequestQueue pages by keyset" "and r.queue_due_at >= '$due'
        and (r.queue_due_at > '$due' or (r.received_at > '$received' or (r.received_at = '$received' and r.id > '$id')))"
