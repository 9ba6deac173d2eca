#!/usr/bin/env bash
# A 20 MB attachment uploaded and downloaded over the API on loopback (issue 21): starts the packaged
# jar on PostgreSQL (database helpline_attachments, created and dropped here) with a 256 MB heap, so
# that a file held whole in memory instead of streamed would run it out of memory, then runs
# AttachmentLoad: ROUNDS rounds of PARALLEL clients each uploading and downloading one file, and the
# server's heap in use before and after, and the process's peak resident memory (the heap is read
# from /actuator/prometheus as the demo supervisor, so staff sign in with a password alone here).
# Usage: bench/attachments.sh [mb] [rounds] [parallel] [app setting...]   (default 20 5 1; JAR=path
# picks another jar), e.g. bench/attachments.sh 20 5 4 --helpline.attachments.store=directory \
#   --helpline.attachments.directory=/tmp/helpline-files
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-20}
rounds=${2:-5}
parallel=${3:-1}
shift $(( $# < 3 ? $# : 3 ))
port=${PORT:-18085}
JAVA_OPTS="${JAVA_OPTS:--Xmx256m}"
. bench/lib.sh
start_app helpline_attachments $port "$(mktemp /tmp/helpline-attachments.XXXXXX.log)" \
    --helpline.demo.history-days=0 --helpline.security.staff-second-factor=optional "$@"
echo "date: $(date -u +%FT%TZ); nproc: $(nproc); java: $(java -version 2>&1 | head -1); JAVA_OPTS: $JAVA_OPTS"
java src/test/java/org/helpline/benchmarks/AttachmentLoad.java --base "http://127.0.0.1:$port" \
    --mb "$mb" --rounds "$rounds" --parallel "$parallel" --metrics supervisor@helpline.example:demo
echo "server peak resident memory: $(grep VmHWM /proc/$pid/status | tr -s ' ' | cut -d' ' -f2-)"
