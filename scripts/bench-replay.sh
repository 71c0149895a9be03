#!/usr/bin/env bash
#
# Catch-up: how many events a second each consuming service applies when it replays a large backlog, as when a read
# model is rebuilt (docs/operations.md "Rebuilding a read model") or a service comes back after a long outage.
#
#   scripts/bench-replay.sh [events] [seconds per service] [service...]
#   default 1000000 60, every service
#
# On the running suite (scripts/run.sh first), as root (it makes and drops databases as the postgres superuser):
# 1. ReplayBacklog copies the suite's four topics to replay-<run>.<topic>, as many times as it takes to make <events>
#    events, each copy with UUIDs of its own (new children, notes, visits and requests; the same organisation);
# 2. for each service in turn: an empty database of its own (<database>_replay) and a second instance of the service
#    on it, on ports of its own, reading the copies from their beginning with consumer groups of its own, its outbox
#    relay off (what it would publish stays in its outbox) and its scheduled scans off;
# 3. the events it has applied (its processed_event rows) counted every second for <seconds>, the first 10 left out
#    as warm-up; then the instance is stopped and its database dropped. The copied topics are deleted at the end.
# Prints events per second per service; with BENCH_RESULTS=<dir>, also writes <dir>/replay.json. Asserts nothing.
# REPLAY_JAVA_OPTS adds JVM options to the replaying instance, e.g. a flight recording to profile it:
#   REPLAY_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/replay.jfr,settings=profile scripts/bench-replay.sh ...
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
cd "$REPO_ROOT"
events=${1:-1000000}
seconds=${2:-60}
shift $(( $# > 2 ? 2 : $# ))
services=("$@")
((${#services[@]})) || services=(visits-service deadlines-service approvals-service case-notes-service)
BOOTSTRAP=${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}
WARM_UP=10
run="replay-$(date +%s)"
prefix="$run."
# shellcheck source=infra/service-db.sh
source "$SCRIPT_DIR/infra/service-db.sh"

psql_as_postgres() { su postgres -c "psql -q -X -v ON_ERROR_STOP=1 $*"; }
bench() { ./mvnw -B -q -pl system-tests exec:java -Dexec.mainClass="io.casework.system.$1" -Dexec.args="$2"; }
topics_tool() { "$SCRIPT_DIR/kafka-tool.sh" org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" "$@"; }

instance=""
cleanup() {
  [[ -n $instance ]] && kill "$instance" 2>/dev/null && wait "$instance" 2>/dev/null || true
  for t in $(topics_tool --list 2>/dev/null | grep "^$prefix" || true); do topics_tool --delete --topic "$t" >/dev/null 2>&1 || true; done
}
trap cleanup EXIT

topics=()
for s in case-notes-service visits-service deadlines-service approvals-service; do
  service_db_read "$s"
  topics+=("$TOPIC")
  # The copies have the originals' partitions, so that a copy is consumed with the same parallelism.
  partitions=$(topics_tool --describe --topic "$TOPIC" | sed -n 's/.*PartitionCount: *\([0-9]*\).*/\1/p' | head -1)
  topics_tool --create --topic "$prefix$TOPIC" --partitions "${partitions:-3}" --replication-factor 1 >/dev/null
done
echo "== a backlog of $events events, copied from ${topics[*]}"
bench ReplayBacklog "$BOOTSTRAP $prefix $events ${topics[*]}"

measures=()
for s in "${services[@]}"; do
  service_db_read "$s"
  props="$REPO_ROOT/$s/src/main/resources/application.properties"
  jar="$REPO_ROOT/$s/target/quarkus-app/quarkus-run.jar"
  [[ -f $jar ]] || { echo "no $jar: build first (./mvnw install -DskipTests)" >&2; exit 1; }
  replay_db="${DB_NAME}_replay"
  owner=$(su postgres -c "psql -tAX -c \"select pg_get_userbyid(datdba) from pg_database where datname = '$DB_NAME'\"")
  psql_as_postgres -c "'drop database if exists $replay_db with (force)'" -c "'create database $replay_db owner $owner'"
  url_var=$(sed -n 's#^quarkus\.datasource\.jdbc\.url=\${\([A-Z_]*\):.*#\1#p' "$props")

  # Every channel that commits its offsets reads the copies instead, as a group of its own. As system properties:
  # their names are exact, where an environment variable's dashes and dots would have to be guessed back.
  overrides=()
  while IFS='=' read -r key value; do
    channel=$(sed -E 's/^mp\.messaging\.incoming\.([a-z-]+)\..*/\1/' <<<"$key")
    grep -q "^mp\.messaging\.incoming\.$channel\.group\.id=.*quarkus\.uuid" "$props" && continue
    case $key in
      *.dead-letter-queue.topic) overrides+=("-D$key=$prefix$value") ;;
      *.topic | *.topics) overrides+=("-D$key=$(tr ',' '\n' <<<"$value" | sed "s/^/$prefix/" | paste -sd, -)")
        overrides+=("-Dmp.messaging.incoming.$channel.group.id=$run-$s") ;;
    esac
  done < <(grep -E '^mp\.messaging\.incoming\.[a-z-]+\.(topic|topics|dead-letter-queue\.topic)=' "$props")

  echo "== $s replays into $replay_db"
  env "$url_var=jdbc:postgresql://127.0.0.1:5432/$replay_db" \
    CASEWORK_OUTBOX_TOPIC="$prefix$TOPIC" CASEWORK_OUTBOX_RELAY_ENABLED=false \
    CASEWORK_AUTHORITY="${CASEWORK_AUTHORITY:-rochdale}" CASEWORK_BREACH_SCAN_EVERY=off \
    CASEWORK_FAILED_ACCESS_SCAN_EVERY=off CASEWORK_RECORD_CHAIN_VERIFY_CRON=off \
    CASEWORK_RECORD_CHAIN_KEY_DIR="${CASEWORK_RECORD_CHAIN_KEY_DIR:-$REPO_ROOT/.infra/record-chain-keys}" \
    CASEWORK_RECORD_CHAIN_CURRENT_KEY="${CASEWORK_RECORD_CHAIN_CURRENT_KEY:-local-1}" \
    CASEWORK_DOCUMENTS_DIR="$REPO_ROOT/.infra/replay-documents" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=18090 QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=19090 \
    java "${CASEWORK_SERVICE_HEAP:--Xmx256m}" ${REPLAY_JAVA_OPTS:-} "${overrides[@]}" -jar "$jar" >"$REPO_ROOT/.infra/$run-$s.log" 2>&1 &
  instance=$!

  count() { su postgres -c "psql -tAX -d $replay_db -c 'select count(*) from processed_event'" 2>/dev/null || echo 0; }
  for _ in $(seq 120); do
    curl -fs http://127.0.0.1:19090/q/health/live >/dev/null 2>&1 && break
    kill -0 "$instance" 2>/dev/null || { tail -20 "$REPO_ROOT/.infra/$run-$s.log" >&2; exit 1; }
    sleep 1
  done
  sleep "$WARM_UP"
  first=$(count); t0=$(date +%s.%N)
  sleep "$seconds"
  last=$(count); t1=$(date +%s.%N)
  rate=$(awk -v a="$first" -v b="$last" -v t0="$t0" -v t1="$t1" 'BEGIN { printf "%.0f", (b - a) / (t1 - t0) }')
  echo "$s: $rate events/s ($((last - first)) applied in ${seconds} s after ${WARM_UP} s; $last in all)"
  measures+=("{\"id\": \"$s\", \"label\": \"$s\", \"value\": $rate, \"unit\": \"events/s\", \"applied\": $last,
    \"target\": {\"metric\": \"value\", \"min\": 5000, \"label\": \"at least 5,000 events a second\"}}")
  kill "$instance"; wait "$instance" 2>/dev/null || true; instance=""
  psql_as_postgres -c "'drop database if exists $replay_db with (force)'"
done

if [[ -n ${BENCH_RESULTS:-} ]]; then
  mkdir -p "$BENCH_RESULTS"
  printf '{"part": "replay", "title": "Catch-up: a service replaying a backlog of %s events", "order": 60,\n "measures": [%s]}\n' \
    "$events" "$(IFS=,; echo "${measures[*]}")" >"$BENCH_RESULTS/replay.json"
fi
