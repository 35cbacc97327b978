#!/usr/bin/env bash
# Creates an empty benchmark database and lets Quire's Flyway migrations build the schema, then stops Quire.
#   bench/prepare-db.sh [database]        (default quire_bench; drops it first if it exists)
# Environment: BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD (empty),
#              BENCH_JAR (target/quire-*.jar, built with ./mvnw -q -DskipTests package when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-quire_bench}
host=${BENCH_DB_HOST:-127.0.0.1}
port=${BENCH_DB_PORT:-3306}
user=${BENCH_DB_USER:-root}
export MYSQL_PWD=${BENCH_DB_PASSWORD:-}
[[ $db =~ ^[A-Za-z0-9_]+$ ]] || { echo "database name must be letters, digits and _" >&2; exit 2; }

jar=${BENCH_JAR:-$(ls target/quire-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [[ -z $jar ]]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/quire-*.jar | grep -v original | head -1)
fi

mariadb -h "$host" -P "$port" -u "$user" -e \
  "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

log=$(mktemp -t quire-migrate.XXXXXX.log)
# On a random free port: the context starts, Flyway migrates, the runners run, then we stop it.
QUIRE_DB_URL="jdbc:mariadb://$host:$port/$db" QUIRE_DB_USERNAME=$user QUIRE_DB_PASSWORD=$MYSQL_PWD \
QUIRE_REMEMBER_ME_KEY=$(head -c 30 /dev/urandom | base64 | tr -d '/+=' | head -c 40) \
QUIRE_BASE_URL=http://127.0.0.1 \
  java -Xmx256m -jar "$jar" --spring.profiles.active=prod --quire.demo.enabled=false \
  --server.port=0 >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  if grep -q "Started QuireApplication" "$log"; then break; fi
  if ! kill -0 $pid 2>/dev/null; then echo "Quire exited before starting; log: $log" >&2; tail -40 "$log" >&2; exit 1; fi
  sleep 1
done
grep -q "Started QuireApplication" "$log" || { echo "Quire did not start in 300 s; log: $log" >&2; exit 1; }
kill $pid; wait $pid 2>/dev/null || true
trap - EXIT
version=$(mariadb -h "$host" -P "$port" -u "$user" -N -B "$db" -e \
  "SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history WHERE success = 1")
echo "Database $db migrated to schema version $version. Next: bench/generate.py --db-url mariadb://$user@$host:$port/$db --profile small"
rm -f "$log"
