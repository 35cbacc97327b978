#!/usr/bin/env bash
# Hot backup of one Quire database: a consistent InnoDB snapshot (--single-transaction, no table locks, the
# application keeps running), gzip-compressed, in a timestamped file. Restore with ops/restore.sh.
#
# usage: ops/backup.sh DATABASE [OUTPUT_DIR]        (OUTPUT_DIR defaults to ./backups)
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD  the server (default 127.0.0.1:3306, root, no password)
#   DUMP                                    the dump program: mariadb-dump for MariaDB (default), mysqldump
#                                           from MySQL's own client package for MySQL 8.4/9.x
# Prints the path of the backup. The file holds password hashes, e-mail addresses and live session ids:
# keep it where only operators can read it (it is created with mode 600) and encrypt copies you ship off.
# Do not run a schema migration (a new release starting) during a backup: DDL breaks the snapshot.
set -euo pipefail
database=${1:?usage: ops/backup.sh DATABASE [OUTPUT_DIR]}
out_dir=${2:-backups}
dump=${DUMP:-$(command -v mariadb-dump || command -v mysqldump)}
mkdir -p "$out_dir"
file="$out_dir/$database-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
umask 077
# No --databases: the dump carries no CREATE DATABASE/USE, so it can be restored under any name.
MYSQL_PWD="${DB_PASSWORD:-}" "$dump" --protocol=tcp -h"${DB_HOST:-127.0.0.1}" -P"${DB_PORT:-3306}" -u"${DB_USER:-root}" \
    --single-transaction --quick --routines --triggers --events --hex-blob --no-tablespaces \
    --default-character-set=utf8mb4 "$database" | gzip -6 >"$file.partial"
gzip -t "$file.partial"
# A dump that ends early lacks the closing comment; refuse to call it a backup.
gzip -dc "$file.partial" | tail -n 1 | grep -q '^-- Dump completed' || { echo "incomplete dump: $file.partial" >&2; exit 1; }
mv "$file.partial" "$file"
echo "$file"
