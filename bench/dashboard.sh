#!/usr/bin/env bash
# The supervisor's dashboard over 1,000,000 requests and 200,000 answered surveys (issue 7 point 5):
# (re)creates the PostgreSQL database helpline_dashboard_bench, runs DashboardBenchmark (starts the app
# in-process on it, seeds bench/dashboard-seed.sql, builds the projections with V76's backfill, checks
# on a sample that the listeners build the same, times each chart [runs] times per filter), then
# prints EXPLAIN (ANALYZE, BUFFERS) of each chart's query for the organisation 'global' over 366 days.
# Usage: bench/dashboard.sh [runs]     (default 200; KEEP_DB=1 reuses a seeded database)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200}
db=helpline_dashboard_bench
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
if [ -z "${KEEP_DB:-}" ]; then
    psql_ -c "drop database if exists $db" -c "create database $db"
fi
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
echo "date: $(date -u +%FT%TZ); nproc: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
java ${JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.helpline.benchmarks.DashboardBenchmark "jdbc:postgresql://127.0.0.1:5432/$db" "$runs"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The chart queries of ReportingRows with the filter's values written in (organisation 'global', the
# last 366 days, every service: the :service parameter is null).
to=$(date -u +%F)
from=$(date -u -d '366 days ago' +%F)
now=$(date -u +%FT%TZ)
service="cast(null as varchar(40)) is null or service_id = null"
days="organisation_id = 'global' and bucket_day >= date '$from' and bucket_day <= date '$to' and ($service)"
plan() {
    echo "--- $1"
    psql_ -d $db -c "explain (analyze, buffers) $2"
}
plan "attainment (1 of 2): first responses given and met per day and severity" \
    "select bucket_day, severity, sum(responded), sum(met) from dashboard_request_day where $days
     group by bucket_day, severity"
plan "attainment (2 of 2): unanswered first responses past due" \
    "select received_at, severity from dashboard_request where organisation_id = 'global' and unanswered = true
     and received_at >= timestamptz '$from 00:00Z' and received_at < timestamptz '$to 00:00Z' + interval '1 day'
     and first_response_due <= timestamptz '$now' and ($service)"
plan "backlog" \
    "select severity, age, count(*) from (
        select severity, case when received_at > timestamptz '$now' - interval '24 hours' then 0
            when received_at > timestamptz '$now' - interval '72 hours' then 1
            when received_at > timestamptz '$now' - interval '168 hours' then 2 else 3 end as age
        from dashboard_request where organisation_id = 'global' and is_open = true and ($service)
     ) open_requests group by severity, age"
plan "breaches" "select bucket_day, sum(breached) from dashboard_request_day where $days group by bucket_day"
plan "response-times" \
    "select coalesce(sum(under_15m), 0), coalesce(sum(under_1h), 0), coalesce(sum(under_4h), 0),
        coalesce(sum(under_24h), 0), coalesce(sum(over_24h), 0) from dashboard_request_day where $days"
for group in bucket_day agent_name service_id severity; do
    plan "satisfaction by $group" \
        "select $group, sum(answers), sum(rating_sum) from dashboard_survey_day where $days group by $group"
done
plan "the services of the filter" \
    "select distinct service_id from dashboard_request_day where organisation_id = 'global' and service_id <> ''
     order by service_id"
