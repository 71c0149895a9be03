# shellcheck shell=bash
#
# PostgreSQL for scripts/infra.sh: Debian's cluster "15 main" (CASEWORK_PG_VERSION) on
# 127.0.0.1:5432 and, per service, its databases and roles. A library sourced after
# common.sh: sourcing it only defines variables and the pg_* functions (pg_start, pg_stop,
# pg_kill, pg_reset, pg_status) that scripts/infra.sh dispatches to.

PG_VERSION="${CASEWORK_PG_VERSION:-15}"
PG_CLUSTER=main
PG_PORT=5432
# role = database; each also gets <name>_test for the service's own tests
PG_SERVICES=(casenotes visits deadlines approvals)

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
