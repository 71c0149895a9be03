# What the backup and restore scripts need to know of a service, read from its own configuration so that nothing is
# written twice: its database, its own topic and its consumer groups. Sourced, not run.
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
PG_PORT=${CASEWORK_PG_PORT:-5432}

# service_db_read SERVICE: sets SERVICE, DB_NAME, TOPIC and CONSUMER_GROUPS (an array) from SERVICE/src/main/resources.
service_db_read() {
  SERVICE=$1
  local props="$REPO_ROOT/$SERVICE/src/main/resources/application.properties"
  if [[ -z $SERVICE || ! -f $props ]]; then
    echo "usage: $0 case-notes-service|visits-service|deadlines-service|approvals-service ..." >&2
    exit 2
  fi
  # quarkus.datasource.jdbc.url=${X_DB_URL:jdbc:postgresql://127.0.0.1:5432/<database>}
  DB_NAME=$(sed -n 's#^quarkus\.datasource\.jdbc\.url=.*jdbc:postgresql://[^/]*/\([a-z_]*\).*#\1#p' "$props")
  TOPIC=$(sed -n 's#^casework\.outbox\.topic=\(.*\)$#\1#p' "$props")
  # The groups whose offsets the service commits; a per-instance group (${quarkus.uuid}) commits nothing.
  mapfile -t CONSUMER_GROUPS < <(sed -n 's#^mp\.messaging\.incoming\.[a-z-]*\.group\.id=\([^$]*\)$#\1#p' "$props" | sort -u)
  [[ -n $DB_NAME && -n $TOPIC ]] || { echo "cannot read the database or topic of $SERVICE from $props" >&2; exit 1; }
}
