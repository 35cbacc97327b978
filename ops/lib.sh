# Helpers shared by the ops scripts: PASS/FAIL bookkeeping, starting and stopping Quire JVMs by pid, waiting
# with deadlines, and logging in with curl. Sourced, never run. Traffic goes to 127.0.0.1 only.

PASSED=0
FAILED=0
SKIPPED=0

pass() { PASSED=$((PASSED + 1)); echo "PASS  $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL  $*"; }
skip() { SKIPPED=$((SKIPPED + 1)); echo "SKIP  $*"; }
info() { echo "      $*"; }
step() { echo; echo "== $* ($(date -u +%H:%M:%S))"; }

summary() {
    echo
    echo "== summary: $PASSED passed, $FAILED failed, $SKIPPED skipped"
    [ "$FAILED" -eq 0 ]
}

now_ms() { date +%s%3N; }

# mysql client for the server the scripts use; DB_HOST/DB_PORT/DB_USER/DB_PASSWORD override the defaults.
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3306}"
DB_USER="${DB_USER:-root}"
DB_PASSWORD="${DB_PASSWORD:-}"
sql() {
    MYSQL_PWD="$DB_PASSWORD" mariadb --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" -N -B "$@"
}
fresh_database() {
    sql -e "DROP DATABASE IF EXISTS \`$1\`; CREATE DATABASE \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

build_jar() {
    if [ "${SKIP_BUILD:-0}" = 1 ] && ls target/quire-*.jar >/dev/null 2>&1; then
        info "SKIP_BUILD=1: using the jar in target/"
    else
        # Removing the jar first makes Maven repackage it even when only the dependency set changed
        # (ops/prod-profile-check.sh builds without the embedded database into the same place).
        rm -f target/quire-*.jar target/quire-*.jar.original
        ./mvnw -q -B -DskipTests package || return 1
    fi
    JAR=$(ls target/quire-*.jar | grep -v '\.original$' | head -1)
    info "jar: $JAR ($(du -h "$JAR" | cut -f1))"
}

# start_quire NAME PORT DATABASE [extra args...]: starts a JVM in the background, records its pid in
# PIDS[NAME] and its log in $WORK/NAME.log. Environment for the JVM comes from QUIRE_* variables set by
# the caller plus the ones below.
declare -A PIDS
start_quire() {
    local name=$1 port=$2 database=$3
    shift 3
    # LAYERS_DIR: run from a jar extracted into layers, the way docker/Dockerfile does, instead of the jar.
    local launch=(-jar "$JAR")
    [ -n "${LAYERS_DIR:-}" ] && launch=(-cp "$LAYERS_DIR" org.springframework.boot.loader.launch.JarLauncher)
    PORT="$port" QUIRE_INSTANCE_ID="$name" \
        QUIRE_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$database" QUIRE_DB_USERNAME="$DB_USER" \
        QUIRE_DB_PASSWORD="$DB_PASSWORD" \
        java ${JAVA_OPTS:--Xms256m -Xmx512m} "${launch[@]}" "$@" >>"$WORK/$name.log" 2>&1 &
    PIDS[$name]=$!
    info "started $name on :$port (pid ${PIDS[$name]})"
}

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

# wait_ready NAME PORT TIMEOUT_SECONDS: until /readyz answers 200, the JVM dies, or time runs out.
wait_ready() {
    local name=$1 port=$2 deadline=$(( $(date +%s) + $3 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if ! alive "${PIDS[$name]:-}"; then
            echo "      $name exited before it was ready; last log lines:"
            tail -n 40 "$WORK/$name.log" | sed 's/^/      | /'
            return 1
        fi
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$port/readyz")" = 200 ]; then
            return 0
        fi
        sleep 1
    done
    echo "      $name not ready after $3 s"
    return 1
}

# stop_quire NAME SIGNAL: sends SIGNAL to the JVM and waits up to 60 s; sets STOP_MS and STOP_RC.
stop_quire() {
    local name=$1 signal=$2 pid=${PIDS[$1]:-} started
    STOP_MS=-1
    STOP_RC=-1
    alive "$pid" || return 1
    started=$(now_ms)
    kill -s "$signal" "$pid"
    for _ in $(seq 1 600); do
        alive "$pid" || break
        sleep 0.1
    done
    if alive "$pid"; then
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        return 1
    fi
    wait "$pid" 2>/dev/null
    STOP_RC=$?
    STOP_MS=$(( $(now_ms) - started ))
    PIDS[$name]=
}

stop_all_quire() {
    local name
    for name in "${!PIDS[@]}"; do
        if alive "${PIDS[$name]}"; then
            kill -TERM "${PIDS[$name]}" 2>/dev/null
        fi
    done
    for _ in $(seq 1 300); do
        local any=0
        for name in "${!PIDS[@]}"; do alive "${PIDS[$name]}" && any=1; done
        [ $any = 0 ] && return
        sleep 0.1
    done
    for name in "${!PIDS[@]}"; do alive "${PIDS[$name]}" && kill -KILL "${PIDS[$name]}" 2>/dev/null; done
}

# csrf_token URL JAR: the _csrf value of the first form on the page, fetched with the cookie jar.
csrf_token() {
    curl -s --max-time 30 -c "$2" -b "$2" "$1" \
        | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'
}

# login BASE_URL JAR USERNAME PASSWORD: form login; prints the HTTP status and Location of the answer.
login() {
    local token
    token=$(csrf_token "$1/login" "$2")
    curl -s --max-time 30 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$2" -b "$2" \
        -H "X-Request-Id: ${LOGIN_REQUEST_ID:-ops-login-$RANDOM$RANDOM}" \
        --data-urlencode "username=$3" --data-urlencode "password=$4" --data-urlencode "_csrf=$token" \
        "$1/login"
}
