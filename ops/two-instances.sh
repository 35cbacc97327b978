#!/usr/bin/env bash
# Two Quire instances on one database behind nginx, on this machine, without Docker. Proves what
# docker/compose.yaml relies on: Flyway migrating safely when both start at once, sessions shared through the
# database, writes on one instance visible on the other, round-robin balancing, no failed requests but
# in-flight ones when an instance is killed under load, and graceful shutdown on SIGTERM.
#
# usage: ops/two-instances.sh [--url PATH] [--article-slug SLUG] [--duration 20s]
#   --url PATH           a second path to load during the kill test, e.g. /articles/some-slug (default: / only)
#   --article-slug SLUG  also check that /articles/SLUG reads the same on both instances
#   SKIP_BUILD=1         reuse target/quire-*.jar; DB_HOST, DB_PORT, DB_USER, DB_PASSWORD pick the MariaDB
#
# Prints PASS/FAIL/SKIP lines and a summary, exits non-zero on any FAIL, and saves the whole output to
# ops/results/two-instances-<UTC date>.txt. Every wait has a deadline, and the whole run ends after 40 min
# (SIGTERM from timeout(1), which the cleanup trap handles).
set -uo pipefail
SELF=$(readlink -f "$0")
cd "$(dirname "$SELF")/.."
if [ -z "${QUIRE_OPS_DEADLINE:-}" ]; then
    QUIRE_OPS_DEADLINE=2400 exec timeout 2400 bash "$SELF" "$@"
fi
source ops/lib.sh

EXTRA_URL=""
ARTICLE_SLUG=""
DURATION=20s
while [ $# -gt 0 ]; do
    case "$1" in
        --url) EXTRA_URL=$2; shift 2 ;;
        --article-slug) ARTICLE_SLUG=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        *) echo "unknown option $1"; exit 2 ;;
    esac
done

DATABASE=quire_cluster
PORT_A=8081
PORT_B=8082
MANAGEMENT_PORT_A=9081
LB_PORT=8090
LB="http://127.0.0.1:$LB_PORT"
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-600}
KILL_WINDOW_MS=5000
mkdir -p ops/results
OUT="ops/results/two-instances-$(date -u +%Y-%m-%dT%H%MZ).txt"
exec > >(tee "$OUT") 2>&1

WORK=$(mktemp -d /tmp/quire-two-instances.XXXXXX)
NGINX_PID=
cleanup() {
    trap - EXIT
    trap '' INT TERM   # a second signal must not cut the cleanup short and leave processes behind
    if alive "$NGINX_PID"; then
        kill -QUIT "$NGINX_PID" 2>/dev/null
        for _ in $(seq 1 50); do alive "$NGINX_PID" || break; sleep 0.1; done
        alive "$NGINX_PID" && kill -KILL "$NGINX_PID" 2>/dev/null
    fi
    stop_all_quire
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo "interrupted (or the ${QUIRE_OPS_DEADLINE} s deadline passed)"; exit 130' INT TERM

echo "Quire: two instances behind nginx — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "host: $(nproc) cores, $(uname -sr), java $(java -version 2>&1 | head -1 | cut -d'"' -f2), $(nginx -v 2>&1 | cut -d' ' -f3), $(sql -e 'select version()')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on this machine share its $(nproc) cores)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)')"

# Something left listening on our ports (say, from an earlier run that was killed) would answer in place
# of what this run starts, and every check would test the wrong processes.
busy=$(ss -Htln | awk '{ print $4 }' | grep -E ":($PORT_A|$PORT_B|$MANAGEMENT_PORT_A|$LB_PORT)\$" | paste -sd' ')
if [ -n "$busy" ]; then
    fail "ports already in use: $busy (stop whatever listens there)"; summary; exit 1
fi

step "build"
build_jar || { fail "build"; summary; exit 1; }

step "fresh database $DATABASE; both instances started at the same moment"
fresh_database "$DATABASE" || { fail "create database"; summary; exit 1; }
# Session cleanup every 5 s (production: every 5 min) so ShedLock is exercised within the run.
export QUIRE_SESSION_CLEANUP_CRON="*/5 * * * * *" QUIRE_SESSION_CLEANUP_LOCK_AT_LEAST_FOR=PT3S
COMMON_ARGS=(--spring.profiles.active=dev
    --logging.level.io.quire.shared.ExpiredSessionCleanup=debug
    --logging.level.org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter=debug)
QUIRE_MANAGEMENT_PORT=$MANAGEMENT_PORT_A start_quire a $PORT_A $DATABASE "${COMMON_ARGS[@]}"
start_quire b $PORT_B $DATABASE "${COMMON_ARGS[@]}"
t0=$(date +%s)
ready=1
wait_ready a $PORT_A "$STARTUP_TIMEOUT" || ready=0
wait_ready b $PORT_B "$STARTUP_TIMEOUT" || ready=0
if [ $ready = 1 ]; then
    pass "both instances ready $(( $(date +%s) - t0 )) s after a simultaneous start on an empty database"
else
    fail "both instances start on an empty database"; summary; exit 1
fi
migrations=$(ls src/main/resources/db/migration | wc -l)
applied=$(sql "$DATABASE" -e "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")
duplicates=$(sql "$DATABASE" -e "SELECT COUNT(*) FROM (SELECT version FROM flyway_schema_history GROUP BY version HAVING COUNT(*) > 1) d")
# Flyway on MySQL/MariaDB holds its lock per migration, so two instances may share the work: each version
# must still be applied exactly once, successfully, and in version order.
in_order=$(sql "$DATABASE" -e "SELECT GROUP_CONCAT(version ORDER BY installed_rank) = GROUP_CONCAT(version ORDER BY CAST(version AS UNSIGNED))
    FROM flyway_schema_history WHERE version IS NOT NULL")
for n in a b; do
    info "Flyway on $n: $(grep -o 'Migrating schema .* to version "[^"]*"' "$WORK/$n.log" | sed 's/.*to version //' | paste -sd, || true)" \
        "$(grep -o 'Schema .* is up to date' "$WORK/$n.log" || true)"
done
if [ "$applied" = "$migrations" ] && [ "$duplicates" = 0 ] && [ "$in_order" = 1 ]; then
    pass "Flyway under concurrent start: $applied/$migrations migrations, each applied once, in order"
else
    fail "Flyway under concurrent start: applied=$applied/$migrations duplicates=$duplicates in_order=$in_order"
fi
members=$(sql "$DATABASE" -e "SELECT COUNT(*) FROM member")
[ "$members" = 6 ] && pass "demo accounts seeded once (6 members)" || fail "demo accounts: $members members"

step "nginx round-robin balancer on 127.0.0.1:$LB_PORT"
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/temp"
cat >"$WORK/nginx/nginx.conf" <<EOF
# Written by ops/two-instances.sh; the upstream settings match docker/nginx.conf.
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $WORK/nginx/temp/body;
    proxy_temp_path $WORK/nginx/temp/proxy;
    fastcgi_temp_path $WORK/nginx/temp/fastcgi;
    uwsgi_temp_path $WORK/nginx/temp/uwsgi;
    scgi_temp_path $WORK/nginx/temp/scgi;
    log_format timed '\$msec \$status "\$request" up=\$upstream_addr upstatus=\$upstream_status rt=\$request_time';
    access_log $WORK/nginx/logs/access.log timed;

    upstream quire {
        server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=5s;
        server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=5s;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$LB_PORT;
        location / {
            proxy_pass http://quire;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Request-Id \$request_id;
            proxy_connect_timeout 2s;
            proxy_read_timeout 30s;
            # A GET or HEAD that hits a dead or stopping instance is retried on the other one; a POST is not
            # (nginx never retries non-idempotent requests unless told to).
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
            proxy_next_upstream_timeout 10s;
        }
    }
}
EOF
nginx -t -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/logs/error.log" 2>&1 | sed 's/^/      /'
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/logs/error.log" &
NGINX_PID=$!
sleep 0.5
alive "$NGINX_PID" || { fail "nginx exited at start"; tail -n 5 "$WORK/nginx/logs/error.log"; summary; exit 1; }
for _ in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$LB/readyz")" = 200 ] && break
    sleep 0.2
done
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$LB/readyz")" = 200 ] \
    && pass "nginx (pid $NGINX_PID) answers on :$LB_PORT" || { fail "nginx did not come up"; summary; exit 1; }

step "(a) a session created on instance a is valid on instance b"
JAR_MEMBER="$WORK/member.cookies"
LOGIN_ID="ops-login-$(date +%s%N | tail -c 9)"
result=$(LOGIN_REQUEST_ID=$LOGIN_ID login "$A" "$JAR_MEMBER" member demo-password-2026)
info "POST $A/login -> $result"
[ "${result%% *}" = 302 ] && [ "${result#* }" = "$A/" ] && pass "member logs in on a" || fail "login on a: $result"
settings_b=$(curl -s --max-time 30 -D "$WORK/b.headers" -b "$JAR_MEMBER" "$B/me/settings")
status_b=$(head -1 "$WORK/b.headers" | cut -d' ' -f2)
served_by=$(grep -i '^X-Quire-Instance:' "$WORK/b.headers" | tr -d '\r' | cut -d' ' -f2)
if [ "$status_b" = 200 ] && [ "$served_by" = b ] && grep -q 'member@quire.example' <<<"$settings_b"; then
    pass "GET $B/me/settings with a's cookie -> 200 from instance '$served_by', shows member@quire.example"
else
    fail "GET $B/me/settings with a's cookie -> $status_b from '$served_by'"
fi
if grep -q "\[$LOGIN_ID\].*Set SecurityContextHolder" "$WORK/a.log"; then
    pass "the login's request id ($LOGIN_ID) is in a's log line: $(grep -m1 "\[$LOGIN_ID\]" "$WORK/a.log" | cut -c1-110)…"
else
    fail "request id $LOGIN_ID not found in a's log"
fi

step "(b) the balancer alternates between the instances"
sequence=""
for _ in $(seq 1 20); do
    sequence+=$(curl -s --max-time 30 -o /dev/null -D - "$LB/" | tr -d '\r' | sed -n 's/^X-Quire-Instance: //Ip')
done
count_a=$(grep -o a <<<"$sequence" | wc -l)
count_b=$(grep -o b <<<"$sequence" | wc -l)
info "20 requests to $LB/ answered by: $sequence"
if [ "$count_a" -ge 9 ] && [ "$count_b" -ge 9 ] && [ $((count_a + count_b)) = 20 ]; then
    pass "round robin: a=$count_a b=$count_b"
else
    fail "round robin: a=$count_a b=$count_b"
fi

step "(c) a change made on one instance is visible on the other at once"
new_name="Member $(date +%H%M%S)"
token=$(csrf_token "$A/me/settings" "$JAR_MEMBER")
result=$(curl -s --max-time 30 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR_MEMBER" -c "$JAR_MEMBER" \
    --data-urlencode "displayName=$new_name" --data-urlencode "bio=Edited on instance a" \
    --data-urlencode "_csrf=$token" "$A/me/settings/profile")
info "POST $A/me/settings/profile -> $result"
profile_b=$(curl -s --max-time 30 "$B/u/member")
if [ "${result%% *}" = 302 ] && grep -q "<h1>$new_name</h1>" <<<"$profile_b" && grep -q 'Edited on instance a' <<<"$profile_b"; then
    pass "GET $B/u/member shows '$new_name' right after the change on a"
else
    fail "GET $B/u/member does not show '$new_name'"
fi
if [ -n "$ARTICLE_SLUG" ]; then
    # Reads the article from each instance directly and compares title and text (request ids and CSRF
    # tokens differ per response and are removed first).
    normalise() { sed -e 's/value="[^"]*"//g' -e 's/content="[^"]*"//g' -e 's/requestId[^<]*//g'; }
    code_a=$(curl -s --max-time 30 -o "$WORK/article-a.html" -w '%{http_code}' "$A/articles/$ARTICLE_SLUG")
    code_b=$(curl -s --max-time 30 -o "$WORK/article-b.html" -w '%{http_code}' "$B/articles/$ARTICLE_SLUG")
    if [ "$code_a" = 200 ] && [ "$code_b" = 200 ] \
        && diff -q <(normalise <"$WORK/article-a.html") <(normalise <"$WORK/article-b.html") >/dev/null; then
        pass "/articles/$ARTICLE_SLUG reads the same on a and b ($(grep -o '<h1[^>]*>[^<]*' "$WORK/article-a.html" | head -1 | sed 's/<h1[^>]*>//'))"
    else
        fail "/articles/$ARTICLE_SLUG on a -> $code_a, on b -> $code_b, or the pages differ"
    fi
else
    skip "article read on both instances (no --article-slug given)"
fi

step "(d) kill -9 one instance while wrk runs against the balancer"
PATHS="/"
[ -n "$EXTRA_URL" ] && [ "$EXTRA_URL" != / ] && PATHS="/ $EXTRA_URL"
cat >"$WORK/paths.lua" <<'EOF'
-- Cycles through the space-separated paths in WRK_PATHS, one request each.
local paths = {}
for path in string.gmatch(os.getenv("WRK_PATHS") or "/", "%S+") do paths[#paths + 1] = path end
local n = 0
request = function()
    n = n + 1
    return wrk.format("GET", paths[(n % #paths) + 1])
end
EOF
# run_load NAME SECONDS_BEFORE_ACTION ACTION...: wrk against the balancer; ACTION runs after the delay.
run_load() {
    local name=$1 delay=$2
    shift 2
    : >"$WORK/nginx/logs/access.log"
    kill -USR1 "$NGINX_PID" 2>/dev/null   # reopen the truncated log
    sleep 0.2
    LOAD_START_S=$(date +%s)
    WRK_PATHS="$PATHS" wrk -t2 -c32 -d"$DURATION" --timeout 10s -s "$WORK/paths.lua" "$LB" >"$WORK/wrk-$name.txt" 2>&1 &
    local wrk_pid=$!
    info "load average as wrk starts: $(cut -d' ' -f1-3 /proc/loadavg)"
    sleep "$delay"
    ACTION_MS=$(now_ms)
    "$@"
    wait "$wrk_pid"
    LOAD_END_S=$(date +%s)
    sed 's/^/      | /' "$WORK/wrk-$name.txt"
}
# report_load NAME: totals from wrk, and failed responses from nginx's log split by the action's window.
report_load() {
    local name=$1 file="$WORK/wrk-$1.txt"
    LOAD_REQUESTS=$(grep -o '[0-9]* requests in' "$file" | cut -d' ' -f1)
    LOAD_NON2XX=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$file" | grep -o '[0-9]*$' || true)
    LOAD_NON2XX=${LOAD_NON2XX:-0}
    LOAD_SOCKET=$(grep 'Socket errors' "$file" | grep -o '[0-9]\+' | awk '{ n += $1 } END { print n + 0 }')
    # wrk gives up on a request after --timeout (10 s). A dead instance never causes that (nginx sees the
    # refused or reset connection at once and retries); a machine too busy to answer in 10 s does.
    LOAD_TIMEOUTS=$(grep -o 'timeout [0-9]*' "$file" | grep -o '[0-9]*$' || true)
    LOAD_TIMEOUTS=${LOAD_TIMEOUTS:-0}
    # 499 = the client closed the connection first: wrk does so for requests still in flight when its time
    # is up, and for requests it timed out. Those are counted apart (wrk reports them), not as failed statuses.
    read -r LOAD_ERRORS LOAD_IN_WINDOW LOAD_RETRIED LOAD_TO_A LOAD_TO_B LOAD_ABANDONED < <(awk -v from="$ACTION_MS" -v to="$((ACTION_MS + KILL_WINDOW_MS))" \
        -v a=":$PORT_A" -v b=":$PORT_B" '
        { ms = $1 * 1000 }
        $2 == 499 { abandoned++; next }
        $2 !~ /^[23]/ { errors++; if (ms >= from && ms <= to) inwindow++ }
        /upstatus=[^ ]*,/ { retried++ }
        { up = $0; sub(/.* up=/, "", up); sub(/ upstatus=.*/, "", up); n = split(up, tries, ", "); last = tries[n] }
        index(last, a) { to_a++ } index(last, b) { to_b++ }
        END { print errors + 0, inwindow + 0, retried + 0, to_a + 0, to_b + 0, abandoned + 0 }' "$WORK/nginx/logs/access.log")
    LOAD_STATUSES=$(awk '{ n[$2]++ } END { for (s in n) printf "%s×%d ", s, n[s] }' "$WORK/nginx/logs/access.log")
    info "$name: $LOAD_REQUESTS requests; non-2xx/3xx $LOAD_NON2XX; socket errors $LOAD_SOCKET;" \
        "failed responses in nginx's log $LOAD_ERRORS, of which $LOAD_IN_WINDOW within ${KILL_WINDOW_MS} ms after the action;" \
        "retried on the other instance $LOAD_RETRIED; answered by a $LOAD_TO_A, by b $LOAD_TO_B;" \
        "closed by wrk before an answer (499: its time was up, or its 10 s timeout) $LOAD_ABANDONED;" \
        "wrk timeouts $LOAD_TIMEOUTS; statuses in nginx's log: $LOAD_STATUSES"
    # A response cut off mid-body cannot be retried (nginx has sent its headers already); nginx closes the
    # client connection and wrk counts a read error. nginx's error log says when (to the second).
    local action_s=$((ACTION_MS / 1000)) when line_s
    LOAD_TRUNCATED=0
    LOAD_TRUNCATED_IN_WINDOW=0
    while read -r when; do
        line_s=$(date -d "$when" +%s)
        [ "$line_s" -ge "$LOAD_START_S" ] && [ "$line_s" -le $((LOAD_END_S + 1)) ] || continue
        LOAD_TRUNCATED=$((LOAD_TRUNCATED + 1))
        [ "$line_s" -ge "$action_s" ] && [ "$line_s" -le $((action_s + KILL_WINDOW_MS / 1000)) ] \
            && LOAD_TRUNCATED_IN_WINDOW=$((LOAD_TRUNCATED_IN_WINDOW + 1))
    done < <(grep 'while reading upstream,' "$WORK/nginx/logs/error.log" | cut -c1-19)
    info "$name: responses cut off mid-body by an instance going away: $LOAD_TRUNCATED, of which $LOAD_TRUNCATED_IN_WINDOW within the window"
}
kill_b() { kill -KILL "${PIDS[b]}"; wait "${PIDS[b]}" 2>/dev/null; PIDS[b]=; info "kill -9 b at +8 s"; }
info "wrk -t2 -c32 -d$DURATION --timeout 10s on: $PATHS"
run_load kill 8 kill_b
report_load kill
KILL_REQUESTS=$LOAD_REQUESTS KILL_ERRORS=$((LOAD_NON2XX + LOAD_SOCKET))
KILL_IN_WINDOW=$((LOAD_IN_WINDOW + LOAD_TRUNCATED_IN_WINDOW))
# Expected: no failure outside the window; inside it only requests that were in flight on b (a failed
# status, or a response b had started to send). Every wrk socket error must be such a cut-off response.
KILL_TIMEOUTS=$LOAD_TIMEOUTS
if [ "$LOAD_REQUESTS" -gt 0 ] && [ $((LOAD_ERRORS - LOAD_IN_WINDOW)) = 0 ] \
    && [ $((LOAD_SOCKET - LOAD_TIMEOUTS)) -le "$LOAD_TRUNCATED_IN_WINDOW" ]; then
    pass "kill -9 under load: $((KILL_ERRORS - LOAD_TIMEOUTS)) failed of $LOAD_REQUESTS, all in flight on b within the kill window ($LOAD_RETRIED retried on a)"
else
    fail "kill -9 under load: $KILL_ERRORS failed of $LOAD_REQUESTS; $((LOAD_ERRORS - LOAD_IN_WINDOW)) failed statuses outside the window; $((LOAD_SOCKET - LOAD_TIMEOUTS)) read/write/connect errors vs $LOAD_TRUNCATED_IN_WINDOW responses cut off in the window"
fi
[ "$LOAD_TIMEOUTS" -gt 0 ] && info "NOTE: $LOAD_TIMEOUTS requests got no answer within 10 s: the machine was overloaded (load $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores), not a failover failure"

step "instance b restarts and rejoins"
t0=$(date +%s)
start_quire b $PORT_B $DATABASE "${COMMON_ARGS[@]}"
if wait_ready b $PORT_B "$STARTUP_TIMEOUT"; then
    sleep 6   # let nginx's fail_timeout for b run out
    sequence=""
    for _ in $(seq 1 10); do
        sequence+=$(curl -s --max-time 30 -o /dev/null -D - "$LB/" | tr -d '\r' | sed -n 's/^X-Quire-Instance: //Ip')
    done
    [[ "$sequence" == *a* && "$sequence" == *b* ]] \
        && pass "b ready $(( $(date +%s) - t0 )) s after restart and back in rotation: $sequence" \
        || fail "b not back in rotation: $sequence"
else
    fail "b did not restart"
fi

step "cluster-wide scheduled work (ShedLock)"
sleep 6
runs_a=$(grep -c 'Deleted expired sessions' "$WORK/a.log")
runs_b=$(grep -c 'Deleted expired sessions' "$WORK/b.log")
ticks_both=$(comm -12 <(grep 'Deleted expired sessions' "$WORK/a.log" | cut -c12-19 | sort -u) \
    <(grep 'Deleted expired sessions' "$WORK/b.log" | cut -c12-19 | sort -u) | wc -l)
lock=$(sql "$DATABASE" -e "SELECT CONCAT(name, ' until ', lock_until, ' by ', locked_by) FROM shedlock")
info "session cleanup (every 5 s on both instances' timers): ran $runs_a times on a, $runs_b times on b; lock row: $lock"
if [ $((runs_a + runs_b)) -gt 0 ] && [ "$ticks_both" = 0 ]; then
    pass "each cleanup round ran on exactly one instance"
else
    fail "cleanup ran in the same second on both instances $ticks_both times"
fi

step "metrics"
prometheus=$(curl -s --max-time 30 "http://127.0.0.1:$MANAGEMENT_PORT_A/actuator/prometheus")
missing=""
for metric in 'http_server_requests_seconds_bucket{' 'hikaricp_connections_active{' 'quire_events_incomplete{' \
    'quire_events_incomplete_oldest_age_seconds{' 'le="0.25"'; do
    grep -qF "$metric" <<<"$prometheus" || missing+=" $metric"
done
[ -z "$missing" ] && pass "a's management port :$MANAGEMENT_PORT_A serves /actuator/prometheus without login, with request histograms (SLO bucket 0.25 s), Hikari and event-backlog gauges" \
    || fail "prometheus on :$MANAGEMENT_PORT_A lacks:$missing"
anonymous=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "$B/actuator/prometheus")
JAR_ADMIN="$WORK/admin.cookies"
login "$B" "$JAR_ADMIN" admin demo-password-2026 >/dev/null
as_admin=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -b "$JAR_ADMIN" "$B/actuator/prometheus")
[ "$anonymous" = 302 ] && [ "$as_admin" = 200 ] \
    && pass "on the public port /actuator/prometheus is admin-only (anonymous -> $anonymous, admin -> $as_admin)" \
    || fail "public-port prometheus: anonymous -> $anonymous, admin -> $as_admin"

step "(e) graceful shutdown with SIGTERM"
info "wrk again; SIGTERM to a after 4 s"
term_a() { stop_quire a TERM; TERM_A_MS=$STOP_MS; TERM_A_RC=$STOP_RC; info "a exited with status $STOP_RC ${STOP_MS} ms after SIGTERM"; }
DURATION=12s run_load term 4 term_a
report_load term
TERM_REQUESTS=$LOAD_REQUESTS TERM_ERRORS=$((LOAD_NON2XX + LOAD_SOCKET - LOAD_TIMEOUTS)) TERM_TIMEOUTS=$LOAD_TIMEOUTS
[ "$LOAD_TIMEOUTS" -gt 0 ] && info "NOTE: $LOAD_TIMEOUTS requests got no answer within 10 s (machine load), not counted as shutdown failures"
grep -q 'Graceful shutdown complete' "$WORK/a.log" && info "a's log: $(grep -m1 'Graceful shutdown complete' "$WORK/a.log" | cut -c1-40)… Graceful shutdown complete"
if [ "$TERM_A_MS" -ge 0 ] && [ "$TERM_A_MS" -le 25000 ] && [ "$TERM_ERRORS" = 0 ] && grep -q 'Graceful shutdown complete' "$WORK/a.log"; then
    pass "SIGTERM to a under load: graceful, exited in ${TERM_A_MS} ms, 0 failed of $TERM_REQUESTS requests"
else
    fail "SIGTERM to a under load: exit after ${TERM_A_MS} ms (status $TERM_A_RC), $TERM_ERRORS failed of $TERM_REQUESTS"
fi
stop_quire b TERM
TERM_B_MS=$STOP_MS
if [ "$TERM_B_MS" -ge 0 ] && [ "$TERM_B_MS" -le 25000 ] && grep -q 'Graceful shutdown complete' "$WORK/b.log"; then
    pass "SIGTERM to b (idle): graceful, exited in ${TERM_B_MS} ms (status $STOP_RC)"
else
    fail "SIGTERM to b: exit after ${TERM_B_MS} ms (status $STOP_RC)"
fi

step "figures"
echo "      kill -9 test:   requests=$KILL_REQUESTS failed=$KILL_ERRORS (of which wrk timeouts $KILL_TIMEOUTS) failed_in_kill_window=$KILL_IN_WINDOW"
echo "      SIGTERM test:   requests=$TERM_REQUESTS failed=$TERM_ERRORS wrk_timeouts=$TERM_TIMEOUTS shutdown_a_ms=$TERM_A_MS shutdown_b_ms=$TERM_B_MS"
if [ "$FAILED" -gt 0 ]; then
    for n in a b; do echo "      last lines of $n.log:"; tail -n 15 "$WORK/$n.log" | sed 's/^/      | /'; done
    echo "      nginx errors:"; tail -n 15 "$WORK/nginx/logs/error.log" | sed 's/^/      | /'
fi
summary
