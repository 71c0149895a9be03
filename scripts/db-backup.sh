#!/usr/bin/env bash
#
# Backs up one service's database on the local PostgreSQL (docs/operations.md "Backup and restore"), as a logical
# dump that scripts/db-restore.sh restores: the tables, their rows, ownership and grants, and the database itself.
#
#   scripts/db-backup.sh case-notes-service [FILE]
#
# FILE defaults to .infra/backups/<database>-<time>.dump. Beside it, FILE.since holds the instant the backup was
# started (UTC): what the database holds is at least everything committed before it, which is what the restore
# replays the topics from and reports lost writes after. On Kubernetes, CloudNativePG's continuous backups do this
# job (k8s/base/postgres); the restore steps after it are the same.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=scripts/infra/service-db.sh
source "$SCRIPT_DIR/infra/service-db.sh"

service_db_read "${1:-}"
file=${2:-$REPO_ROOT/.infra/backups/$DB_NAME-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$file")"
since=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
# As the superuser over the local socket: the dump must read every table, whoever owns it. Written by postgres into
# a file it may create, then handed to whoever ran this.
tmp=$(runuser -u postgres -- mktemp)
(cd / && runuser -u postgres -- pg_dump -p "$PG_PORT" --format=custom --file="$tmp" "$DB_NAME")
mv "$tmp" "$file"
echo "$since" > "$file.since"
echo "[backup] $DB_NAME of $SERVICE: $file ($(du -h "$file" | cut -f1)), started $since"
