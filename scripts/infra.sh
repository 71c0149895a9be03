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
# This file reads the command and dispatches it. The servers live beside it in infra/:
# common.sh (locations, output, process and port checks, downloads), then one file per
# server, postgres.sh, kafka.sh and keycloak.sh, each with the start, stop, kill, reset and
# status functions that the commands below call (pg_* for postgres, <server>_* otherwise).
#
set -euo pipefail

# ---------------------------------------------------------------------------------------
# Locations and the servers
# ---------------------------------------------------------------------------------------

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
SELF="$SCRIPT_DIR/$(basename "${BASH_SOURCE[0]}")"

# shellcheck source-path=SCRIPTDIR source=infra/common.sh
source "$SCRIPT_DIR/infra/common.sh"
# shellcheck source-path=SCRIPTDIR source=infra/postgres.sh
source "$SCRIPT_DIR/infra/postgres.sh"
# shellcheck source-path=SCRIPTDIR source=infra/kafka.sh
source "$SCRIPT_DIR/infra/kafka.sh"
# shellcheck source-path=SCRIPTDIR source=infra/keycloak.sh
source "$SCRIPT_DIR/infra/keycloak.sh"

# in start order; stop, kill and reset go the other way
ALL_SERVERS=(postgres kafka keycloak)

# ---------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------

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
