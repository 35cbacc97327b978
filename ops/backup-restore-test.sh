#!/usr/bin/env bash
# Proves that ops/backup.sh and ops/restore.sh give back a working Quire: data is created through HTTP on a
# fresh database, a hot backup is taken while Quire runs, restored into a new database, every table's row
# count and checksum are compared, and a Quire started on the restored database lets the new member log in
# and shows their profile.
#
# usage: ops/backup-restore-test.sh        (SKIP_BUILD=1 reuses target/quire-*.jar; DB_* pick the server)
# Saves the output to ops/results/backup-restore-<UTC date>.txt; exits non-zero on any FAIL.
set -uo pipefail
SELF=$(readlink -f "$0")
cd "$(dirname "$SELF")/.."
# The whole run ends after 30 min (SIGTERM from timeout(1), which the cleanup trap handles).
if [ -z "${QUIRE_OPS_DEADLINE:-}" ]; then
    QUIRE_OPS_DEADLINE=1800 exec timeout 1800 bash "$SELF" "$@"
fi
source ops/lib.sh

SOURCE_DB=quire_backup_source
RESTORED_DB=quire_backup_restored
PORT=8095
BASE="http://127.0.0.1:$PORT"
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-600}
mkdir -p ops/results
OUT="ops/results/backup-restore-$(date -u +%Y-%m-%dT%H%MZ).txt"
exec > >(tee "$OUT") 2>&1

WORK=$(mktemp -d /tmp/quire-backup-test.XXXXXX)
cleanup() {
    trap - EXIT
    trap '' INT TERM   # a second signal must not cut the cleanup short and leave processes behind
    stop_all_quire
    [ "${KEEP_DATABASES:-0}" = 1 ] || sql -e "DROP DATABASE IF EXISTS $SOURCE_DB; DROP DATABASE IF EXISTS $RESTORED_DB"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT TERM

echo "Quire: backup and restore — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "server: $(sql -e 'select version()'), dump: $(mariadb-dump --version | cut -c1-60)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)')"

step "build"
build_jar || { fail "build"; summary; exit 1; }

step "Quire (dev profile) on a fresh database $SOURCE_DB"
fresh_database "$SOURCE_DB"
sql -e "DROP DATABASE IF EXISTS $RESTORED_DB"
start_quire source $PORT $SOURCE_DB --spring.profiles.active=dev
wait_ready source $PORT "$STARTUP_TIMEOUT" && pass "Quire ready on $SOURCE_DB" || { fail "Quire start"; summary; exit 1; }

step "data through HTTP: register, log in, change the profile"
USERNAME="probe$(date +%H%M%S)"
EMAIL="$USERNAME@example.org"
PASSWORD="correct horse battery staple $RANDOM"
DISPLAY_NAME="Restore Probe $USERNAME"
BIO="Written before the backup"
JAR1="$WORK/register.cookies"
token=$(csrf_token "$BASE/register" "$JAR1")
result=$(curl -s --max-time 30 -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR1" -b "$JAR1" \
    --data-urlencode "username=$USERNAME" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/register")
[ "${result%% *}" = 302 ] && pass "registered $USERNAME ($result)" || fail "registration: $result"
JAR2="$WORK/member.cookies"
result=$(login "$BASE" "$JAR2" "$USERNAME" "$PASSWORD")
[ "${result%% *}" = 302 ] && [ "${result#* }" = "$BASE/" ] && pass "logged in as $USERNAME" || fail "login: $result"
token=$(csrf_token "$BASE/me/settings" "$JAR2")
result=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -c "$JAR2" -b "$JAR2" \
    --data-urlencode "displayName=$DISPLAY_NAME" --data-urlencode "bio=$BIO" --data-urlencode "_csrf=$token" \
    "$BASE/me/settings/profile")
curl -s --max-time 30 "$BASE/u/$USERNAME" | grep -q "<h1>$DISPLAY_NAME</h1>" \
    && pass "profile changed to '$DISPLAY_NAME' ($result)" || fail "profile change ($result)"

step "hot backup while Quire runs"
t0=$(now_ms)
if BACKUP=$(ops/backup.sh "$SOURCE_DB" "$WORK/backups"); then
    pass "backup $(basename "$BACKUP"): $(du -h "$BACKUP" | cut -f1) in $(( $(now_ms) - t0 )) ms"
else
    fail "backup"; summary; exit 1
fi
stop_quire source TERM
info "source Quire stopped (SIGTERM, ${STOP_MS} ms), so nothing changes the source while it is compared"

step "restore into $RESTORED_DB"
t0=$(now_ms)
if message=$(ops/restore.sh "$BACKUP" "$RESTORED_DB"); then
    pass "$message in $(( $(now_ms) - t0 )) ms"
else
    fail "restore: $message"; summary; exit 1
fi
ops/restore.sh "$BACKUP" "$RESTORED_DB" >/dev/null 2>&1 && fail "restore overwrote an existing database" \
    || pass "restore refuses to write into an existing database"

step "every table: row count and checksum, source vs restored"
tables=$(sql -e "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$SOURCE_DB' ORDER BY TABLE_NAME")
restored_tables=$(sql -e "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$RESTORED_DB' ORDER BY TABLE_NAME")
[ "$tables" = "$restored_tables" ] && pass "same $(wc -l <<<"$tables") tables" || fail "table lists differ"
mismatches=0
printf '      %-28s %8s %8s  %s\n' table source restored checksum
for table in $tables; do
    count_source=$(sql "$SOURCE_DB" -e "SELECT COUNT(*) FROM \`$table\`")
    count_restored=$(sql "$RESTORED_DB" -e "SELECT COUNT(*) FROM \`$table\`" 2>/dev/null || echo missing)
    sum_source=$(sql "$SOURCE_DB" -e "CHECKSUM TABLE \`$table\`" | cut -f2)
    sum_restored=$(sql "$RESTORED_DB" -e "CHECKSUM TABLE \`$table\`" 2>/dev/null | cut -f2)
    verdict=equal
    if [ "$count_source" != "$count_restored" ] || [ "$sum_source" != "$sum_restored" ]; then
        verdict=DIFFERENT
        mismatches=$((mismatches + 1))
    fi
    printf '      %-28s %8s %8s  %s\n' "$table" "$count_source" "$count_restored" "$verdict"
done
[ "$mismatches" = 0 ] && pass "row counts and checksums match for every table" || fail "$mismatches tables differ"

step "Quire on the restored database"
start_quire restored $PORT $RESTORED_DB --spring.profiles.active=dev
wait_ready restored $PORT "$STARTUP_TIMEOUT" && pass "Quire ready on $RESTORED_DB (Flyway: $(grep -o 'Schema .* is up to date' "$WORK/restored.log" | head -1 || echo 'see log'))" \
    || { fail "Quire start on the restored database"; summary; exit 1; }
settings=$(curl -s --max-time 30 -b "$JAR2" "$BASE/me/settings")
grep -q "$EMAIL" <<<"$settings" && pass "the session from before the backup is still valid (sessions live in the database)" \
    || fail "old session not valid after restore"
JAR3="$WORK/after.cookies"
result=$(login "$BASE" "$JAR3" "$USERNAME" "$PASSWORD")
[ "${result%% *}" = 302 ] && [ "${result#* }" = "$BASE/" ] && pass "$USERNAME logs in on the restored database" \
    || fail "login after restore: $result"
settings=$(curl -s --max-time 30 -b "$JAR3" "$BASE/me/settings")
profile=$(curl -s --max-time 30 "$BASE/u/$USERNAME")
if grep -q "$EMAIL" <<<"$settings" && grep -q "<h1>$DISPLAY_NAME</h1>" <<<"$profile" && grep -q "$BIO" <<<"$profile"; then
    pass "/me/settings shows $EMAIL and /u/$USERNAME shows '$DISPLAY_NAME' and the bio"
else
    fail "profile after restore"
fi
stop_quire restored TERM
summary
