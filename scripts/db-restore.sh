#!/usr/bin/env bash
#
# Restores one service's database on the local PostgreSQL from a backup of scripts/db-backup.sh, after it was lost
# or damaged (docs/operations.md "Backup and restore"):
#
#   scripts/db-restore.sh case-notes-service FILE
#
#   1. stops the service, drops its database and restores the backup (tables, rows, ownership, grants);
#   2. rewinds the service's consumer groups to an hour before the backup (CASEWORK_RESTORE_REPLAY_MARGIN seconds),
#      so that every event it consumed after the backup is applied again: consumers keep every event id they applied
#      (processed_event, restored with the rest), so what the backup already holds is skipped, never applied twice;
#   3. starts the service. Its outbox publishes again what the backup held unpublished; consumers skip repeats;
#   4. once it has caught up, lists the writes acknowledged after the backup that are lost: the events the service
#      published since the backup that the restored database does not hold (LostEvents), into FILE.lost.jsonl, to be
#      recorded again.
# Then verify the record's chains (scripts/verify-record-chains.sh) for case-notes-service.
#
# Needs a build of casework-backbone (its tools) and the local servers (scripts/infra.sh start).
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
# shellcheck source=scripts/infra/service-db.sh
source "$SCRIPT_DIR/infra/service-db.sh"

service_db_read "${1:-}"
file=${2:?usage: $0 SERVICE BACKUP-FILE}
[[ -f $file && -f $file.since ]] || { echo "[restore] no backup $file (with $file.since)" >&2; exit 1; }
since=$(cat "$file.since")
margin=${CASEWORK_RESTORE_REPLAY_MARGIN:-3600}
replay_from=$(date -u -d "$since - $margin seconds" +%Y-%m-%dT%H:%M:%S.%3N)
bootstrap=${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}
classes="$REPO_ROOT/casework-backbone/target/classes"
[[ -d $classes ]] || { echo "build casework-backbone first: ./mvnw -pl casework-backbone install -DskipTests" >&2; exit 1; }

echo "[restore] $SERVICE: stopping it"
"$SCRIPT_DIR/suite.sh" stop "$SERVICE"

echo "[restore] $DB_NAME: dropping it and restoring $file (backup of $since)"
tmp=$(runuser -u postgres -- mktemp)
cp "$file" "$tmp"
(cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres \
  -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)")
(cd / && runuser -u postgres -- pg_restore -p "$PG_PORT" --exit-on-error --create --dbname=postgres "$tmp")
rm -f "$tmp"

groups_tool() { "$SCRIPT_DIR/kafka-tool.sh" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand --bootstrap-server "$bootstrap" "$@"; }
for group in "${CONSUMER_GROUPS[@]}"; do
  # Offsets can be reset only in a group without members. A stopped service's consumers leave at once, but one that
  # was killed stays a member until the broker misses its heartbeats (session.timeout.ms, 10 s): wait for that. The
  # tool reports a refused reset on its output and still exits 0, so its answer is read, never thrown away.
  for _ in $(seq 60); do
    state=$(groups_tool --describe --group "$group" --state 2>/dev/null | awk 'NR > 1 && NF { print $(NF - 1) }' | tail -1)
    [[ $state == Empty || $state == Dead || -z $state ]] && break
    sleep 1
  done
  echo "[restore] consumer group $group: rewinding to $replay_from (UTC), $margin s before the backup"
  # --to-datetime without a zone is read in the tool's time zone: UTC, like the times above.
  answer=$(TZ=UTC groups_tool --group "$group" --reset-offsets --all-topics --to-datetime "$replay_from" --execute 2>&1)
  if grep -qi 'error' <<<"$answer"; then
    echo "[restore] consumer group $group could not be rewound: $answer" >&2
    exit 1
  fi
done

echo "[restore] $SERVICE: starting it"
"$SCRIPT_DIR/suite.sh" start "$SERVICE"

# The replay re-publishes what the service derived from the events it applies again, under the same ids (EventCause):
# wait until it has caught up, so that the report below finds those in the outbox and lists only what is lost.
for group in "${CONSUMER_GROUPS[@]}"; do
  "$SCRIPT_DIR/kafka-tool.sh" --classpath "$classes" io.casework.backbone.tools.GroupCaughtUp \
    "$bootstrap" "$group" 90 | sed 's/^/[restore] /' \
    || { echo "[restore] consumer group $group has not caught up: report not made" >&2; exit 1; }
done

held=$(mktemp)
(cd / && runuser -u postgres -- psql -X -q -At -p "$PG_PORT" -d "$DB_NAME" -c "SELECT event_id FROM outbox_event") > "$held"
echo "[restore] writes acknowledged after the backup, lost with the database (events of $TOPIC not held):"
TZ=UTC "$SCRIPT_DIR/kafka-tool.sh" --classpath "$classes" io.casework.backbone.tools.LostEvents \
  "$bootstrap" "$TOPIC" "$since" "$held" > "$file.lost.jsonl"
rm -f "$held"
echo "[restore] $(wc -l < "$file.lost.jsonl") lost write(s) listed in $file.lost.jsonl: record them again"

