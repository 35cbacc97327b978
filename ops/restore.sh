#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a new database of the given name. Refuses to touch a database
# that already exists, so a typo cannot overwrite production; point Quire at the new database afterwards
# (QUIRE_DB_URL) or rename it.
#
# usage: ops/restore.sh BACKUP.sql.gz NEW_DATABASE
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD  the server (default 127.0.0.1:3306, root, no password)
set -euo pipefail
backup=${1:?usage: ops/restore.sh BACKUP.sql.gz NEW_DATABASE}
database=${2:?usage: ops/restore.sh BACKUP.sql.gz NEW_DATABASE}
[[ "$database" =~ ^[A-Za-z0-9_]+$ ]] || { echo "database name: letters, digits and _ only" >&2; exit 2; }
client=$(command -v mariadb || command -v mysql)
mysql_() {
    MYSQL_PWD="${DB_PASSWORD:-}" "$client" --protocol=tcp -h"${DB_HOST:-127.0.0.1}" -P"${DB_PORT:-3306}" \
        -u"${DB_USER:-root}" --default-character-set=utf8mb4 "$@"
}
gzip -t "$backup"
exists=$(mysql_ -N -B -e "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '$database'")
[ "$exists" = 0 ] || { echo "database $database exists; restore into a new name" >&2; exit 1; }
mysql_ -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
if ! gzip -dc "$backup" | mysql_ "$database"; then
    echo "restore failed; dropping the half-restored $database" >&2
    mysql_ -e "DROP DATABASE \`$database\`"
    exit 1
fi
tables=$(mysql_ -N -B -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$database'")
echo "restored $backup into $database ($tables tables)"
