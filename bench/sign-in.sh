#!/usr/bin/env bash
# Form sign-ins with a password at 16 concurrent visitors (issue 20): starts the packaged jar on
# PostgreSQL (database helpline_sign_in, created and dropped here) with the demo data, then runs
# SignInLoad, which times each sign-in's post (hashing, throttle, session, audit).
# Usage: bench/sign-in.sh [concurrency] [seconds] [app setting...]   (default 16 30; JAR=path picks
# another jar), e.g. bench/sign-in.sh 16 30 --helpline.identity.password-cost=10
set -euo pipefail
cd "$(dirname "$0")/.."
concurrency=${1:-16}
seconds=${2:-30}
shift $(( $# < 2 ? $# : 2 ))
port=${PORT:-18084}
. bench/lib.sh
start_app helpline_sign_in $port "$(mktemp /tmp/helpline-sign-in.XXXXXX.log)" --helpline.demo.history-days=0 "$@"
echo "date: $(date -u +%FT%TZ); nproc: $(nproc); java: $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java src/test/java/org/helpline/benchmarks/SignInLoad.java --base "http://127.0.0.1:$port" \
    --concurrency "$concurrency" --seconds "$seconds" --warmup 10
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
