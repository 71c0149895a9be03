#!/usr/bin/env bash
#
# Local infrastructure for the casework suite: real servers on 127.0.0.1.
#
#   PostgreSQL 15  127.0.0.1:5432  Debian cluster "15 main"; per service a database and a test
#                                  database, the owner role that migrates them and the runtime
#                                  role <name>_app that the service connects as (it owns nothing)
#   Kafka          127.0.0.1:9092  single node KRaft (controller on 9093), from Maven
#                                  Central jars; the services' topics and dead-letter topics
#   Keycloak       127.0.0.1:8180  start-dev with the realm infra/keycloak/casework-realm.json
#
# There is no Docker on the machines that build this project, so Dev Services and
# Testcontainers cannot run; developers, CI and newcomers all use this one script.
#
#   scripts/infra.sh start  [postgres|kafka|keycloak ...]   start (idempotent)
#   scripts/infra.sh stop   [postgres|kafka|keycloak ...]   stop
#   scripts/infra.sh kill   [postgres|kafka|keycloak ...]   stop abruptly, as a crash would (fault tests)
#   scripts/infra.sh status                                 one line per server; exit 3 if one is down
#   scripts/infra.sh reset  [postgres|kafka|keycloak ...]   stop and wipe data: the next start is fresh
#   scripts/infra.sh fetch  [kafka|keycloak ...]            only download into the cache (CI warm-up)
#
# Downloads are cached in ${CASEWORK_CACHE:-$HOME/.cache/casework} and shared by every clone
# on the machine. Pid files, logs, data and the unpacked Keycloak live in .infra/ at the
# repository root (git-ignored). PostgreSQL is the Debian cluster: its data stays where
# Debian keeps it, .infra/ holds a pid file and a link to its log.
#
# Environment overrides (all optional):
#   CASEWORK_CACHE                  download cache (default $HOME/.cache/casework)
#   CASEWORK_MVN_LOCK               lock file that keeps Maven runs apart (default in the cache folder)
#   CASEWORK_PG_VERSION             PostgreSQL major version of the Debian cluster (default 15)
#   CASEWORK_DB_PASSWORD_<ROLE>     password of a service role, e.g. CASEWORK_DB_PASSWORD_CASENOTES
#                                   (owner) or CASEWORK_DB_PASSWORD_CASENOTES_APP (runtime)
#                                   (default: the role name; local development only)
#   CASEWORK_KAFKA_HEAP             broker heap (default -Xmx512m)
#   CASEWORK_KEYCLOAK_ADMIN / CASEWORK_KEYCLOAK_ADMIN_PASSWORD
#                                   master realm admin created on a fresh Keycloak (default admin/admin)
#   CASEWORK_KEYCLOAK_TIMEOUT       seconds to wait for Keycloak (default 180; the first start builds)
#
set -euo pipefail

# ---------------------------------------------------------------------------------------
# Locations and constants
# ---------------------------------------------------------------------------------------

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
SELF="$SCRIPT_DIR/$(basename "${BASH_SOURCE[0]}")"
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
INFRA_DIR="$REPO_ROOT/.infra"
CACHE_DIR="${CASEWORK_CACHE:-$HOME/.cache/casework}"
MVN_LOCK="${CASEWORK_MVN_LOCK:-$CACHE_DIR/mvn.lock}"
MVNW="$REPO_ROOT/mvnw"
KAFKA_POM="$SCRIPT_DIR/kafka/pom.xml"
REALM_FILE="$REPO_ROOT/infra/keycloak/casework-realm.json"

ALL_SERVERS=(postgres kafka keycloak)

PG_VERSION="${CASEWORK_PG_VERSION:-15}"
PG_CLUSTER=main
PG_PORT=5432
# role = database; each also gets <name>_test for the service's own tests
PG_SERVICES=(casenotes visits deadlines approvals)

# The Kafka version is read from the pom so that it is written down once.
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KAFKA_POM")
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_DIR="$INFRA_DIR/kafka"
KAFKA_LIB="$CACHE_DIR/kafka-$KAFKA_VERSION/lib"
KAFKA_TOPICS=(casework.case-notes.v1 casework.visits.v1 casework.deadlines.v1 casework.approvals.v1
              casework.case-notes.dlq casework.visits.dlq casework.deadlines.dlq casework.approvals.dlq)
KAFKA_TOPIC_PARTITIONS=3

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_PORT=8180
KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"
KEYCLOAK_REALM=casework
KEYCLOAK_HOME="$INFRA_DIR/keycloak"
KEYCLOAK_ZIP="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
KEYCLOAK_REALM_SUM="$INFRA_DIR/keycloak.realm.sha256"

# ---------------------------------------------------------------------------------------
# Output and small helpers
# ---------------------------------------------------------------------------------------

info() { printf '%s\n' "[infra] $*"; }
warn() { printf '%s\n' "[infra] WARNING: $*" >&2; }

# die MESSAGE [LOG]: print the message and, if given, the end of the log that explains it.
die() {
  printf '%s\n' "[infra] ERROR: $1" >&2
  if [[ -n "${2:-}" && -e "$2" ]]; then
    printf '%s\n' "[infra] ---- last 40 lines of $2 ----" >&2
    tail -n 40 "$2" >&2 || true
    printf '%s\n' "[infra] ----" >&2
  fi
  exit 1
}

now_ms() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local us=${EPOCHREALTIME//[.,]/}
    echo $((us / 1000))
  else
    echo $((SECONDS * 1000))
  fi
}

# elapsed START_MS -> "12.3 s"
elapsed() {
  local ms=$(($(now_ms) - $1))
  printf '%d.%d s' $((ms / 1000)) $((ms % 1000 / 100))
}

port_open() {
  timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

pid_alive() {
  [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null
}

# proc_has_arg PID TEXT: the process's command line contains TEXT literally. A pid file
# alone is not proof: after a reboot the number may belong to anything.
proc_has_arg() {
  local cmdline
  cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline") || return 1
  [[ "$cmdline" == *"$2"* ]]
}

# Pids of java processes whose command line contains TEXT.
java_pids_with_arg() {
  local pid
  for pid in $(pgrep -x java || true); do
    if proc_has_arg "$pid" "$1"; then echo "$pid"; fi
  done
}

rss_mb() {
  local kb
  kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || true)
  echo $(( ${kb:-0} / 1024 ))
}

# stop_pid NAME PID: TERM, wait up to 30 s for a clean shutdown, then KILL.
stop_pid() {
  local name=$1 pid=$2 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 300; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  warn "$name (pid $pid) did not stop within 30 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

# kill_pid NAME PID: SIGKILL, as a crash would, and wait until it is gone.
kill_pid() {
  local name=$1 pid=$2
  if [[ -n "$pid" ]]; then
    info "$name: killing (pid $pid, SIGKILL)"
    kill -KILL "$pid" 2>/dev/null || true
    while pid_alive "$pid"; do sleep 0.1; done
  fi
  rm -f "$INFRA_DIR/$name.pid"
}

# A fresh log per start; the previous one is kept as .1 for the post-mortem.
rotate_log() {
  if [[ -e "$1" ]]; then mv -f "$1" "$1.1"; fi
}

# Pid of whatever listens on 127.0.0.1:PORT (empty if unknown).
port_owner() {
  ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1
}

fail_if_port_taken() {
  local name=$1 port=$2
  if port_open "$port"; then
    die "$name cannot start: port $port on 127.0.0.1 is used by another process:
$(ss -ltnp "sport = :$port" 2>/dev/null | tail -n +2)"
  fi
}

# Maven runs of this project never overlap (another build may be running): take the lock.
mvn_locked() {
  mkdir -p "$(dirname "$MVN_LOCK")"
  if command -v flock >/dev/null; then
    flock "$MVN_LOCK" "$MVNW" "$@"
  else
    "$MVNW" "$@"
  fi
}

# with_cache_lock CMD...: two clones starting at once must not download into the same place.
with_cache_lock() {
  mkdir -p "$CACHE_DIR"
  if command -v flock >/dev/null; then
    flock "$CACHE_DIR/.lock" "$@"
  else
    "$@"
  fi
}

# ---------------------------------------------------------------------------------------
# Downloads (cached per machine)
# ---------------------------------------------------------------------------------------

# Each download goes to a temporary folder that is renamed when complete, so an
# interrupted download is never mistaken for a cached one.

# The Kafka jars are only as current as the pom they came from: the marker holds the
# pom's checksum, and an edited pom means a new download.
kafka_pom_sum() {
  sha256sum "$KAFKA_POM" | cut -d ' ' -f 1
}

kafka_cached() {
  [[ "$(cat "$CACHE_DIR/kafka-$KAFKA_VERSION/.complete" 2>/dev/null || true)" == "$(kafka_pom_sum)" ]]
}

fetch_kafka_unlocked() {
  local target="$CACHE_DIR/kafka-$KAFKA_VERSION"
  kafka_cached && return 0
  info "kafka: downloading Kafka $KAFKA_VERSION jars from Maven Central into $target (once per machine)"
  local tmp log="$INFRA_DIR/download.log"
  # left over by an interrupted download (we hold the cache lock: nobody else writes)
  rm -rf "$CACHE_DIR"/.kafka-*
  tmp=$(mktemp -d "$CACHE_DIR/.kafka-$KAFKA_VERSION.XXXXXX")
  if ! mvn_locked -B -q -f "$KAFKA_POM" dependency:copy-dependencies \
        -DoutputDirectory="$tmp/lib" >"$log" 2>&1; then
    rm -rf "$tmp"
    die "downloading the Kafka jars failed" "$log"
  fi
  kafka_pom_sum >"$tmp/.complete"
  rm -rf "$target"
  mv "$tmp" "$target"
}

fetch_keycloak_unlocked() {
  local target="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
  [[ -f "$target/.complete" ]] && return 0
  info "keycloak: downloading Keycloak $KEYCLOAK_VERSION (about 177 MB) into $target (once per machine)"
  local tmp log="$INFRA_DIR/download.log"
  # left over by an interrupted download (we hold the cache lock: nobody else writes)
  rm -rf "$CACHE_DIR"/.keycloak-*
  tmp=$(mktemp -d "$CACHE_DIR/.keycloak-$KEYCLOAK_VERSION.XXXXXX")
  # The small Kafka pom has no parent, so this works whatever state the root reactor is in.
  if ! mvn_locked -B -q -f "$KAFKA_POM" dependency:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$tmp" >"$log" 2>&1; then
    rm -rf "$tmp"
    die "downloading the Keycloak distribution failed" "$log"
  fi
  touch "$tmp/.complete"
  rm -rf "$target"
  mv "$tmp" "$target"
}

fetch_server() {
  mkdir -p "$INFRA_DIR"
  # flock runs a program, not a function: re-enter this script for the locked part.
  case $1 in
    kafka)    kafka_cached \
                || with_cache_lock "$SELF" __fetch-unlocked kafka ;;
    keycloak) [[ -f "$CACHE_DIR/keycloak-$KEYCLOAK_VERSION/.complete" ]] \
                || with_cache_lock "$SELF" __fetch-unlocked keycloak ;;
    postgres) : ;; # comes from apt, see pg_ensure_installed
    *) die "unknown server '$1'" ;;
  esac
}

# ---------------------------------------------------------------------------------------
# PostgreSQL (Debian cluster)
# ---------------------------------------------------------------------------------------

pg_require_root() {
  [[ $EUID -eq 0 ]] || die "PostgreSQL is managed as root here (pg_ctlcluster, psql as the postgres user); run with sudo"
}

pg_cluster_exists() {
  command -v pg_lsclusters >/dev/null && pg_lsclusters -h "$PG_VERSION" "$PG_CLUSTER" >/dev/null 2>&1
}

pg_ensure_installed() {
  if pg_cluster_exists && [[ -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ]]; then
    return 0
  fi
  pg_require_root
  info "postgres: installing PostgreSQL from Debian (apt-get)"
  local log="$INFRA_DIR/apt.log"
  if ! { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } >"$log" 2>&1; then
    die "apt-get install postgresql failed" "$log"
  fi
  [[ -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ]] \
    || die "the postgresql package did not bring PostgreSQL $PG_VERSION; set CASEWORK_PG_VERSION to the installed major version (found: $(cd /usr/lib/postgresql && echo *))"
  if ! pg_cluster_exists; then
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" >>"$log" 2>&1 || die "pg_createcluster failed" "$log"
  fi
  # The package starts the cluster on "localhost" (IPv4 and IPv6); restart it our way.
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" stop >/dev/null 2>&1 || true
}

# One field of `pg_lsclusters -h` (ver cluster port status owner datadir logfile).
pg_field() {
  pg_lsclusters -h "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null | awk -v f="$1" '{print $f}'
}

pg_running() {
  pg_cluster_exists && [[ "$(pg_field 4)" == online* ]]
}

pg_pid() {
  # Debian writes a world-readable copy of the postmaster pid (external_pid_file)
  local pid
  pid=$(head -n 1 "/run/postgresql/$PG_VERSION-$PG_CLUSTER.pid" 2>/dev/null || true)
  [[ -n "$pid" ]] || pid=$(head -n 1 "$(pg_field 6)/postmaster.pid" 2>/dev/null || true)
  echo "$pid"
}

# psql as the postgres superuser over the Unix socket (peer authentication).
pg_psql() {
  # cd / so that psql does not complain about a working directory postgres cannot read
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres "$@")
}

pg_password_for() {
  local var="CASEWORK_DB_PASSWORD_${1^^}"
  echo "${!var:-$1}"
}

# Roles and databases, created when missing; the password is set every time so that a
# changed CASEWORK_DB_PASSWORD_* takes effect. The owner role owns the databases and is
# what Flyway migrates as; the runtime role <name>_app is what the service connects as: it
# owns nothing and holds only what the migrations grant it (docs/security.md). Neither may
# create roles or databases.
pg_ensure_databases() {
  local svc
  for svc in "${PG_SERVICES[@]}"; do
    pg_psql -v role="$svc" -v pw="$(pg_password_for "$svc")" \
            -v app="${svc}_app" -v app_pw="$(pg_password_for "${svc}_app")" <<'SQL'
SELECT format('CREATE ROLE %I', r)
  FROM unnest(ARRAY[:'role', :'app']) AS r
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
              :'role', :'pw') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
              :'app', :'app_pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', db, :'role')
  FROM unnest(ARRAY[:'role', :'role' || '_test']) AS db
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = db) \gexec
SQL
  done
}

pg_drop_databases() {
  local svc
  for svc in "${PG_SERVICES[@]}"; do
    pg_psql -v role="$svc" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', db)
  FROM unnest(ARRAY[:'role', :'role' || '_test']) AS db \gexec
SELECT format('DROP ROLE IF EXISTS %I', r) FROM unnest(ARRAY[:'role', :'role' || '_app']) AS r \gexec
SQL
  done
}

# Start the cluster on 127.0.0.1 only and wait until it accepts TCP connections.
# listen_addresses goes on the command line rather than into /etc: nothing else on the
# machine changes, and the server is never reachable from outside.
pg_launch() {
  local out i
  out=$(pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" start \
          -- -o "-c listen_addresses=127.0.0.1" 2>&1) \
    || die "pg_ctlcluster could not start cluster $PG_VERSION/$PG_CLUSTER: $out" "$(pg_field 7)"
  for ((i = 0; i < 300; i++)); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && return 0
    sleep 0.1
  done
  die "PostgreSQL did not accept connections on 127.0.0.1:$PG_PORT within 30 s" "$(pg_field 7)"
}

pg_link_files() {
  mkdir -p "$INFRA_DIR"
  pg_pid >"$INFRA_DIR/postgres.pid"
  ln -sfn "$(pg_field 7)" "$INFRA_DIR/postgres.log"
}

pg_start() {
  local t0; t0=$(now_ms)
  pg_ensure_installed
  pg_require_root
  if pg_running; then
    info "postgres: already running (cluster $PG_VERSION/$PG_CLUSTER, pid $(pg_pid))"
    local listen
    listen=$(pg_psql -At -c 'SHOW listen_addresses' 2>/dev/null || true)
    [[ "$listen" == "127.0.0.1" ]] \
      || warn "postgres: the running cluster listens on '$listen', not only 127.0.0.1 (it was not started by this script); 'stop' then 'start' fixes that"
  else
    [[ "$(pg_field 3)" == "$PG_PORT" ]] \
      || die "cluster $PG_VERSION/$PG_CLUSTER is configured for port $(pg_field 3), the suite expects $PG_PORT"
    fail_if_port_taken postgres "$PG_PORT"
    info "postgres: starting cluster $PG_VERSION/$PG_CLUSTER on 127.0.0.1:$PG_PORT"
    pg_launch
  fi
  pg_ensure_databases
  pg_link_files
  info "postgres: ready on 127.0.0.1:$PG_PORT in $(elapsed "$t0") (databases: ${PG_SERVICES[*]} and *_test)"
}

# An immediate shutdown: no checkpoint, every session cut, as a crash or a lost node would.
pg_kill() {
  if ! pg_running; then
    info "postgres: not running"
  else
    pg_require_root
    info "postgres: stopping cluster $PG_VERSION/$PG_CLUSTER immediately"
    pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" stop -m immediate >/dev/null 2>&1 || true
  fi
  rm -f "$INFRA_DIR/postgres.pid"
}

pg_stop() {
  if ! pg_running; then
    info "postgres: not running"
  else
    pg_require_root
    info "postgres: stopping cluster $PG_VERSION/$PG_CLUSTER"
    local out
    out=$(pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$PG_CLUSTER" stop -m fast 2>&1) \
      || die "pg_ctlcluster could not stop cluster $PG_VERSION/$PG_CLUSTER: $out" "$(pg_field 7)"
  fi
  rm -f "$INFRA_DIR/postgres.pid"
}

pg_reset() {
  pg_cluster_exists || { info "postgres: not installed, nothing to reset"; return 0; }
  pg_require_root
  # dropping needs a running server; reset leaves it stopped like the others
  pg_running || pg_launch
  info "postgres: dropping and recreating the service databases and roles"
  pg_drop_databases
  pg_ensure_databases
  pg_stop
}

pg_status() {
  if ! pg_cluster_exists; then
    print_status postgres "not installed" "" "$PG_PORT" ""
    return 1
  elif pg_running && port_open "$PG_PORT"; then
    local pid total=0 child
    pid=$(pg_pid)
    # the postmaster alone is small: count its background workers and backends too
    for child in $pid $(pgrep -P "$pid" || true); do
      total=$((total + $(rss_mb "$child")))
    done
    print_status postgres up "$pid" "$PG_PORT" "$total" "(postmaster + $(pgrep -c -P "$pid" || true) children)"
  else
    print_down postgres "$PG_PORT"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------
# Kafka (single node KRaft from Maven Central jars)
# ---------------------------------------------------------------------------------------

# Short-lived tool JVMs: the client compiler and serial GC start faster, quieter logs;
# a time limit, because a client waits for ever for a broker that does not answer.
kafka_tool() {
  timeout "${KAFKA_TOOL_TIMEOUT:-60}" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$KAFKA_LIB/*" "$@"
}

# Found by its command line, not trusted from the pid file: that one may be stale.
kafka_pid() {
  java_pids_with_arg "kafka.Kafka $KAFKA_DIR/server.properties" | head -n 1
}

# Generated on every start from this script, which is the one place to change it.
kafka_write_config() {
  mkdir -p "$KAFKA_DIR/data"
  cat >"$KAFKA_DIR/server.properties" <<EOF
# Generated by scripts/infra.sh on every start: change the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_DIR/data

# One broker: every internal topic has one replica.
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1

# Tests isolate themselves by topic name: their topics appear on first use.
auto.create.topics.enable=true
num.partitions=3

# Events are kept for ever so that any service can rebuild its read models by
# replaying a topic from the beginning (a cluster for production compacts or tiers them).
log.retention.ms=-1

# Consumers in tests join at once instead of waiting 3 s for more members.
group.initial.rebalance.delay.ms=0
EOF
}

# Format the storage once; the cluster id is kept beside the data for reference.
kafka_format_once() {
  [[ -f "$KAFKA_DIR/data/meta.properties" ]] && return 0
  local id log="$INFRA_DIR/kafka.log"
  info "kafka: formatting storage in $KAFKA_DIR/data"
  id=$(kafka_tool kafka.tools.StorageTool random-uuid 2>>"$log") || die "StorageTool random-uuid failed" "$log"
  echo "$id" >"$KAFKA_DIR/cluster.id"
  kafka_tool kafka.tools.StorageTool format -t "$id" -c "$KAFKA_DIR/server.properties" >>"$log" 2>&1 \
    || die "StorageTool format failed" "$log"
}

kafka_topic_cmd() {
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$KAFKA_PORT" "$@"
}

# kafka_ensure_topics [LISTING]: create the topics missing from the listing (fetched when
# not given), so that a warm start creates nothing.
kafka_ensure_topics() {
  local existing=${1-} topic pids=() created=()
  if (($# == 0)); then
    existing=$(kafka_topic_cmd --list 2>>"$INFRA_DIR/kafka.log") \
      || die "listing Kafka topics failed" "$INFRA_DIR/kafka.log"
  fi
  for topic in "${KAFKA_TOPICS[@]}"; do
    grep -qxF "$topic" <<<"$existing" && continue
    # each create is its own JVM: run them side by side
    kafka_topic_cmd --create --if-not-exists --topic "$topic" \
      --partitions "$KAFKA_TOPIC_PARTITIONS" --replication-factor 1 \
      --config retention.ms=-1 >>"$INFRA_DIR/kafka-topics.log" 2>&1 &
    pids+=($!)
    created+=("$topic")
  done
  local i
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || die "creating topic ${created[$i]} failed" "$INFRA_DIR/kafka-topics.log"
  done
  if ((${#created[@]})); then
    info "kafka: created topics ${created[*]}"
  fi
}

kafka_start() {
  local t0; t0=$(now_ms)
  local pid; pid=$(kafka_pid)
  if [[ -n "$pid" ]]; then
    echo "$pid" >"$INFRA_DIR/kafka.pid"
    info "kafka: already running (pid $pid)"
    kafka_ensure_topics
    return 0
  fi
  fetch_server kafka
  fail_if_port_taken kafka "$KAFKA_PORT"
  fail_if_port_taken "kafka controller" "$KAFKA_CONTROLLER_PORT"
  kafka_write_config
  local log="$INFRA_DIR/kafka.log"
  rotate_log "$log"
  kafka_format_once
  info "kafka: starting Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT"
  # setsid: the broker outlives this script and a Ctrl-C in its terminal
  # CASEWORK_KAFKA_HEAP may hold several options (-Xms.. -Xmx..): split on purpose
  # shellcheck disable=SC2086
  (cd "$KAFKA_DIR" && exec setsid java ${CASEWORK_KAFKA_HEAP:--Xmx512m} -cp "$KAFKA_LIB/*" \
      kafka.Kafka "$KAFKA_DIR/server.properties" >>"$log" 2>&1 </dev/null) &
  local launcher=$! i
  for ((i = 0; i < 600; i++)); do
    pid=$(kafka_pid)
    [[ -n "$pid" ]] || pid_alive "$launcher" || die "Kafka exited during start-up" "$log"
    port_open "$KAFKA_PORT" && break
    sleep 0.1
  done
  port_open "$KAFKA_PORT" || die "Kafka did not open port $KAFKA_PORT within 60 s" "$log"
  echo "$pid" >"$INFRA_DIR/kafka.pid"
  # An open port is not a working broker yet: listing the topics is a metadata call,
  # retried until the broker answers it (and its answer saves a listing below).
  local existing
  for ((i = 0; i < 30; i++)); do
    existing=$(KAFKA_TOOL_TIMEOUT=20 kafka_topic_cmd --list 2>/dev/null) && break
    [[ -n "$(kafka_pid)" ]] || die "Kafka exited during start-up" "$log"
    sleep 1
  done
  ((i < 30)) || die "Kafka did not answer metadata requests within 30 attempts" "$log"
  kafka_ensure_topics "$existing"
  info "kafka: ready on 127.0.0.1:$KAFKA_PORT in $(elapsed "$t0") (pid $pid)"
}

kafka_stop() {
  local pid; pid=$(kafka_pid)
  if [[ -z "$pid" ]]; then
    info "kafka: not running"
  else
    info "kafka: stopping (pid $pid)"
    stop_pid kafka "$pid"
  fi
  rm -f "$INFRA_DIR/kafka.pid"
}

kafka_kill() {
  kill_pid kafka "$(kafka_pid)"
}

kafka_reset() {
  kafka_stop
  info "kafka: wiping $KAFKA_DIR (topics and offsets)"
  rm -rf "$KAFKA_DIR"
}

kafka_status() {
  local pid; pid=$(kafka_pid)
  if [[ -n "$pid" ]] && port_open "$KAFKA_PORT"; then
    print_status kafka up "$pid" "$KAFKA_PORT" "$(rss_mb "$pid")"
  else
    print_down kafka "$KAFKA_PORT"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------
# Keycloak (distribution zip, start-dev, realm imported)
# ---------------------------------------------------------------------------------------

# kc.sh puts -Dkc.home.dir=<resolved bin>/.. on the Java command line: that identifies our
# Keycloak among other clones' on the same machine.
keycloak_marker() {
  echo "-Dkc.home.dir=$(cd "$KEYCLOAK_HOME/bin" 2>/dev/null && pwd -P)/.."
}

# The first start re-augments and then replaces kc.sh with Java (exec); later starts run
# Java as a child of kc.sh. The pid that matters is always the Java process's own.
keycloak_java_pid() {
  [[ -d "$KEYCLOAK_HOME/bin" ]] || return 0
  java_pids_with_arg "$(keycloak_marker)" | head -n 1
}

keycloak_install() {
  local stamp="$KEYCLOAK_HOME/.casework-installed-$KEYCLOAK_VERSION"
  [[ -f "$stamp" ]] && return 0
  fetch_server keycloak
  if [[ -d "$KEYCLOAK_HOME" ]]; then
    warn "keycloak: replacing the unpacked Keycloak in $KEYCLOAK_HOME (other version or incomplete)"
  fi
  info "keycloak: unpacking Keycloak $KEYCLOAK_VERSION into $KEYCLOAK_HOME"
  local tmp="$INFRA_DIR/.keycloak-unpack"
  rm -rf "$tmp" "$KEYCLOAK_HOME" "$KEYCLOAK_REALM_SUM"
  mkdir -p "$tmp"
  unzip -q "$KEYCLOAK_ZIP" -d "$tmp" || die "unzip of $KEYCLOAK_ZIP failed (delete it to download again)"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$tmp"
  touch "$stamp"
}

realm_checksum() {
  sha256sum "$REALM_FILE" | cut -d ' ' -f 1
}

realm_changed() {
  [[ "$(cat "$KEYCLOAK_REALM_SUM" 2>/dev/null || true)" != "$(realm_checksum)" ]]
}

# --import-realm skips a realm that already exists, so a changed realm file means a new
# database: remove the dev H2 files (users, sessions, the master realm's admin).
keycloak_prepare_realm() {
  [[ -f "$REALM_FILE" ]] || die "realm file $REALM_FILE is missing"
  if realm_changed; then
    if [[ -d "$KEYCLOAK_HOME/data/h2" ]]; then
      info "keycloak: realm file changed since the last import: dropping the Keycloak database to import it again"
    fi
    # forget the old import at once: should this one fail half-way, the next start
    # drops whatever it left and imports again
    rm -rf "$KEYCLOAK_HOME/data/h2" "$KEYCLOAK_REALM_SUM"
  fi
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/casework-realm.json"
}

keycloak_start() {
  local t0; t0=$(now_ms)
  local pid; pid=$(keycloak_java_pid)
  if [[ -n "$pid" ]]; then
    if realm_changed; then
      info "keycloak: running, but the realm file changed since the last import: restarting"
      keycloak_stop
    else
      echo "$pid" >"$INFRA_DIR/keycloak.pid"
      info "keycloak: already running (pid $pid)"
      return 0
    fi
  fi
  keycloak_install
  fail_if_port_taken keycloak "$KEYCLOAK_PORT"
  keycloak_prepare_realm
  local log="$INFRA_DIR/keycloak.log"
  rotate_log "$log"
  local first=""
  [[ -f "$KEYCLOAK_HOME/.casework-started" ]] || first=" (the first start builds Keycloak: about a minute)"
  info "keycloak: starting Keycloak $KEYCLOAK_VERSION on $KEYCLOAK_URL$first"
  (cd "$KEYCLOAK_HOME" && exec env \
    KC_BOOTSTRAP_ADMIN_USERNAME="${CASEWORK_KEYCLOAK_ADMIN:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${CASEWORK_KEYCLOAK_ADMIN_PASSWORD:-admin}" \
    setsid bin/kc.sh start-dev --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --hostname="$KEYCLOAK_URL" --import-realm >>"$log" 2>&1 </dev/null) &
  local launcher=$!
  local well_known="$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/.well-known/openid-configuration"
  local timeout_s=${CASEWORK_KEYCLOAK_TIMEOUT:-180} i
  for ((i = 0; i < timeout_s * 2; i++)); do
    curl -fs -o /dev/null --max-time 2 "$well_known" && break
    # kc.sh (or Java in its place) gone and no Java of ours left: the start failed
    if ! pid_alive "$launcher" && [[ -z "$(keycloak_java_pid)" ]]; then
      die "Keycloak exited during start-up" "$log"
    fi
    sleep 0.5
  done
  if ! curl -fs -o /dev/null --max-time 2 "$well_known"; then
    pid=$(keycloak_java_pid)
    [[ -n "$pid" ]] && stop_pid keycloak "$pid"
    die "Keycloak did not serve $well_known within $timeout_s s" "$log"
  fi
  local issuer
  issuer=$(curl -fs --max-time 2 "$well_known" | sed -n 's/.*"issuer":"\([^"]*\)".*/\1/p')
  [[ "$issuer" == "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM" ]] \
    || warn "keycloak: unexpected issuer '$issuer'"
  pid=$(keycloak_java_pid)
  echo "$pid" >"$INFRA_DIR/keycloak.pid"
  # recorded only now, so that a failed import is tried again on the next start
  realm_checksum >"$KEYCLOAK_REALM_SUM"
  touch "$KEYCLOAK_HOME/.casework-started"
  info "keycloak: ready on $KEYCLOAK_URL (realm $KEYCLOAK_REALM) in $(elapsed "$t0") (pid $pid)"
}

keycloak_stop() {
  local pid; pid=$(keycloak_java_pid)
  if [[ -z "$pid" ]]; then
    info "keycloak: not running"
  else
    info "keycloak: stopping (pid $pid)"
    stop_pid keycloak "$pid"
  fi
  rm -f "$INFRA_DIR/keycloak.pid"
}

keycloak_kill() {
  kill_pid keycloak "$(keycloak_java_pid)"
}

keycloak_reset() {
  keycloak_stop
  # keeps the unpacked and built distribution: only the data goes
  info "keycloak: wiping its database and imported realm"
  rm -rf "$KEYCLOAK_HOME/data" "$KEYCLOAK_REALM_SUM"
}

keycloak_status() {
  local pid; pid=$(keycloak_java_pid)
  if [[ -n "$pid" ]] && port_open "$KEYCLOAK_PORT"; then
    local note=""
    realm_changed && note="(realm file changed since import: run start to re-import)"
    print_status keycloak up "$pid" "$KEYCLOAK_PORT" "$(rss_mb "$pid")" "$note"
  else
    print_down keycloak "$KEYCLOAK_PORT"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------

# print_status NAME STATE PID PORT RSS_MB [NOTE]
print_status() {
  local rss="-"
  [[ -n "$5" ]] && rss="$5 MB"
  printf '%-9s %-5s pid %-8s port %-5s rss %-8s %s\n' "$1" "$2" "${3:--}" "$4" "$rss" "${6:-}"
}

# print_down NAME PORT: down, and say so if something else holds the port (another clone's
# server, say), because a start would then fail.
print_down() {
  local note=""
  if port_open "$2"; then
    note="(port $2 is held by another process, pid $(port_owner "$2"): start would fail)"
  fi
  print_status "$1" down "" "$2" "" "$note"
}

# select_servers NAME...: sets SELECTED to the servers named, in start order (none: all)
# and REVERSED to the stop order.
select_servers() {
  local wanted=("$@") s w
  ((${#wanted[@]})) || wanted=("${ALL_SERVERS[@]}")
  for w in "${wanted[@]}"; do
    [[ " ${ALL_SERVERS[*]} " == *" $w "* ]] || die "unknown server '$w' (expected: ${ALL_SERVERS[*]})"
  done
  SELECTED=() REVERSED=()
  for s in "${ALL_SERVERS[@]}"; do
    if [[ " ${wanted[*]} " == *" $s "* ]]; then
      SELECTED+=("$s")
      REVERSED=("$s" "${REVERSED[@]}")
    fi
  done
}

server_fn() {
  case $1 in
    postgres) echo pg ;;
    *) echo "$1" ;;
  esac
}

cmd_start() {
  local t0 s; t0=$(now_ms)
  mkdir -p "$INFRA_DIR"
  select_servers "$@"
  for s in "${SELECTED[@]}"; do "$(server_fn "$s")_start"; done
  info "all started in $(elapsed "$t0")"
}

cmd_stop() {
  local s
  select_servers "$@"
  for s in "${REVERSED[@]}"; do "$(server_fn "$s")_stop"; done
}

cmd_kill() {
  local s
  select_servers "$@"
  for s in "${REVERSED[@]}"; do "$(server_fn "$s")_kill"; done
}

cmd_reset() {
  local s
  select_servers "$@"
  for s in "${REVERSED[@]}"; do "$(server_fn "$s")_reset"; done
  info "reset done: the next start is fresh"
}

cmd_status() {
  local s rc=0
  for s in "${ALL_SERVERS[@]}"; do "$(server_fn "$s")_status" || rc=3; done
  return $rc
}

cmd_fetch() {
  local s
  select_servers "$@"
  for s in "${SELECTED[@]}"; do fetch_server "$s"; done
}

usage() {
  sed -n '/^#   scripts/p' "$SELF" | sed 's/^#  //'
}

main() {
  local cmd=${1:-}
  shift || true
  case $cmd in
    start)  cmd_start "$@" ;;
    stop)   cmd_stop "$@" ;;
    kill)   cmd_kill "$@" ;;
    status) cmd_status ;;
    reset)  cmd_reset "$@" ;;
    fetch)  cmd_fetch "$@" ;;
    __fetch-unlocked) "fetch_$1_unlocked" ;; # internal: called back under the cache lock
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
