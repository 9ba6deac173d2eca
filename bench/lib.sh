# Shared by the benchmarks that run the packaged jar on PostgreSQL: source it after `cd` to the
# project root. Needs PostgreSQL on 127.0.0.1 that lets the user postgres in.

psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

# start_app DB PORT LOG [ARG...]: packages the jar if it is missing, creates database DB afresh and
# starts the jar (target/helpline.jar, or JAR) on it with the postgres profile, demo data, then ARGs,
# logging to LOG; returns once the app is UP. Sets pid, and started (nanoseconds, just before the launch). On exit it stops the app and
# drops DB.
start_app() {
    local db=$1 port=$2 log=$3
    shift 3
    local jar=${JAR:-target/helpline.jar}
    [ -f "$jar" ] || mvn -q -DskipTests package
    # The postgres profile takes its keys only from configuration (README, "Running on PostgreSQL"):
    # fresh ones for each run.
    HELPLINE_PHONE_CODEKEY=$(openssl rand -base64 32)
    HELPLINE_SURVEYS_LINKKEY=$(openssl rand -base64 32)
    HELPLINE_NOTIFY_PAYLOADKEY=$(openssl rand -base64 32)
    HELPLINE_IDENTITY_SECRETKEY=$(openssl rand -base64 32)
    export HELPLINE_PHONE_CODEKEY HELPLINE_SURVEYS_LINKKEY HELPLINE_NOTIFY_PAYLOADKEY HELPLINE_IDENTITY_SECRETKEY
    # and the address links in e-mails start with
    export HELPLINE_PUBLIC_URL="http://127.0.0.1:$port"
    psql_ -c "drop database if exists $db" -c "create database $db"
    started=$(date +%s%N)
    HELPLINE_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$db" java ${JAVA_OPTS:-} -jar "$jar" \
        --server.port="$port" --spring.profiles.active=postgres --helpline.demo-data=true "$@" > "$log" 2>&1 &
    pid=$!
    trap "kill $pid 2>/dev/null && wait $pid 2>/dev/null; psql_ -c 'drop database if exists $db' || true" EXIT
    until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 $pid 2>/dev/null || { echo "the app died, see $log" >&2; exit 1; }
        sleep 0.2
    done
}
