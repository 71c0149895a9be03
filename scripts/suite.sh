#!/usr/bin/env bash
#
# The four casework services, run from their packaged builds on 127.0.0.1.
#
#   scripts/suite.sh start   [service ...]  start every (or the named) service not running; wait until ready
#   scripts/suite.sh stop    [service ...]  stop them
#   scripts/suite.sh restart [service ...]  stop, then start (after a rebuild)
#   scripts/suite.sh kill    [service ...]  SIGKILL, as a crash would: nothing is flushed or committed (fault tests)
#   scripts/suite.sh status                 one line per service: up/down, pid, port, RSS, readiness
#
# Each service answers on its port under /{service}/v1 (docs/api-conventions.md), and its health and metrics on a
# management port 1000 above it (8081 -> 9081). start and stop with no service named also start and stop the
# local front (scripts/front.sh), one origin for all four on 127.0.0.1:8080.
# A service named with a port (approvals-service:8094) is another replica of it on that port, with pid and log files
# of its own, so that replicas can be tried locally: start, stop, kill and status take the same form.
#
# Build first (./mvnw install -DskipTests). Logs and pid files go to .infra/ (git-ignored).
# The infrastructure (scripts/infra.sh) must be running.
# case-notes-service seals each child's record chain with keys the database never holds (docs/security.md): unless
# CASEWORK_RECORD_CHAIN_KEY_DIR names a key directory, a local key is made once in .infra/record-chain-keys.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
STATE_DIR="$REPO_ROOT/.infra/services"
READY_TIMEOUT=${CASEWORK_SERVICE_TIMEOUT:-90}
SERVICE_HEAP=${CASEWORK_SERVICE_HEAP:--Xmx256m}

# name:port, in the order they start (consumers before producers does not matter: topics keep history).
# shellcheck source=services.sh
source "$SCRIPT_DIR/services.sh"
SERVICES=("${CASEWORK_SERVICES[@]}")
ALL_SERVICES=("${SERVICES[@]}")

info() { printf '%s\n' "[suite] $*"; }
die() { printf '%s\n' "[suite] ERROR: $*" >&2; exit 1; }

# A local key ring of one key, made on first start: 32 random bytes, readable only by this user.
local_chain_keys() {
  local dir="$REPO_ROOT/.infra/record-chain-keys"
  if [[ ! -f $dir/local-1 ]]; then
    mkdir -p "$dir" && chmod 700 "$dir"
    (umask 077 && head -c 32 /dev/urandom | base64 >"$dir/local-1")
  fi
  echo "$dir"
}

port_of() { echo "${1#*:}"; }
name_of() { echo "${1%%:*}"; }
default_port() {
  local s
  for s in "${ALL_SERVICES[@]}"; do
    if [[ $(name_of "$s") == "$1" ]]; then port_of "$s"; fi
  done
}
# What pid and log files are named after: the service, or the service and port for a further replica.
instance_of() { [[ $(port_of "$1") == $(default_port "$(name_of "$1")") ]] && name_of "$1" || echo "$(name_of "$1")-$(port_of "$1")"; }
pid_file() { echo "$STATE_DIR/$1.pid"; }
log_file() { echo "$STATE_DIR/$1.log"; }

running_pid() {
  local file pid
  file=$(pid_file "$1")
  [[ -f $file ]] || return 1
  pid=$(cat "$file")
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# The management port of the service on this port: health and metrics, never the API.
management_port() { echo $(( $1 + 1000 )); }

ready() {
  curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$(management_port "$1")/q/health/ready"
}

start_one() {
  local name=$1 port=$2 instance=${3:-$1} jar pid
  jar="$REPO_ROOT/$name/target/quarkus-app/quarkus-run.jar"
  [[ -f $jar ]] || die "$name is not built ($jar missing): run ./mvnw install -DskipTests first"
  if pid=$(running_pid "$instance"); then
    info "$instance already running (pid $pid)"
    return
  fi
  local taken
  for taken in "$port" "$(management_port "$port")"; do
    if (echo >/dev/tcp/127.0.0.1/"$taken") 2>/dev/null; then
      die "port $taken for $instance is taken by another process"
    fi
  done
  mkdir -p "$STATE_DIR"
  [[ -f $(log_file "$instance") ]] && mv "$(log_file "$instance")" "$(log_file "$instance").1"
  # Locally the suite judges by Rochdale's rules (001, which extend the LCS practice guide's): the guide alone sets
  # no recording timescale for case notes, so the demo could show no late note. A deployment names its own. The
  # breach scan runs every 10 s here, so that a breach shows at once; a deployment keeps its minute.
  # approvals-service mails each notification (issue 17): here in the mailer's mock mode, which writes each mail to
  # the service's log instead of needing a mail server. To send to one, give QUARKUS_MAILER_MOCK=false and its
  # QUARKUS_MAILER_HOST, QUARKUS_MAILER_PORT and QUARKUS_MAILER_START_TLS (docs/operations.md "E-mail").
  CASEWORK_AUTHORITY=${CASEWORK_AUTHORITY:-rochdale} \
  CASEWORK_BREACH_SCAN_EVERY=${CASEWORK_BREACH_SCAN_EVERY:-10s} \
  CASEWORK_FAILED_ACCESS_SCAN_EVERY=${CASEWORK_FAILED_ACCESS_SCAN_EVERY:-10s} \
  APPROVALS_MAIL_ENABLED=${APPROVALS_MAIL_ENABLED:-true} \
  QUARKUS_MAILER_MOCK=${QUARKUS_MAILER_MOCK:-true} \
  QUARKUS_MAILER_FROM=${QUARKUS_MAILER_FROM:-casework-approvals@casework.example} \
  CASEWORK_RECORD_CHAIN_KEY_DIR=${CASEWORK_RECORD_CHAIN_KEY_DIR:-$(local_chain_keys)} \
  CASEWORK_RECORD_CHAIN_CURRENT_KEY=${CASEWORK_RECORD_CHAIN_CURRENT_KEY:-local-1} \
  CASEWORK_DOCUMENTS_DIR=${CASEWORK_DOCUMENTS_DIR:-$REPO_ROOT/.infra/documents} \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port \
  QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$(management_port "$port") \
    nohup java $SERVICE_HEAP -jar "$jar" >"$(log_file "$instance")" 2>&1 &
  echo $! >"$(pid_file "$instance")"
  info "$instance starting on port $port (pid $!)"
}

wait_ready() {
  local name=$1 port=$2 waited=0 pid
  until ready "$port"; do
    if ! pid=$(running_pid "$name"); then
      tail -n 40 "$(log_file "$name")" >&2 || true
      die "$name exited during start-up (log: $(log_file "$name"))"
    fi
    (( waited++ >= READY_TIMEOUT )) && { tail -n 40 "$(log_file "$name")" >&2; die "$name not ready after ${READY_TIMEOUT}s"; }
    sleep 1
  done
  info "$name ready on http://127.0.0.1:$port/${name%-service}/v1 (health and metrics on $(management_port "$port"))"
}

stop_one() {
  local name=$1 pid
  if pid=$(running_pid "$name"); then
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    info "$name stopped"
  fi
  rm -f "$(pid_file "$name")"
}

kill_one() {
  local name=$1 pid
  if pid=$(running_pid "$name"); then
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    info "$name killed (pid $pid)"
  fi
  rm -f "$(pid_file "$name")"
}

status_one() {
  local name=$1 port=$2 pid rss state
  if pid=$(running_pid "$name"); then
    rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
    ready "$port" && state=ready || state="not ready"
    printf '%-18s up    pid %-7s port %-5s rss %4s MB  %s\n' "$name" "$pid" "$port" "$rss" "$state"
  else
    printf '%-18s down\n' "$name"
    return 1
  fi
}

# Only the services named after the command, when any are.
select_services() {
  (( $# == 0 )) && return
  local wanted=() arg
  for arg in "$@"; do
    [[ -n $(default_port "$(name_of "$arg")") ]] || die "unknown service: $arg (known: ${ALL_SERVICES[*]%%:*})"
    if [[ $arg == *:* ]]; then wanted+=("$arg"); else wanted+=("$arg:$(default_port "$arg")"); fi
  done
  SERVICES=("${wanted[@]}")
}

command=${1:-}
shift || true
select_services "$@"

case "$command" in
  start)
    for s in "${SERVICES[@]}"; do start_one "$(name_of "$s")" "$(port_of "$s")" "$(instance_of "$s")"; done
    for s in "${SERVICES[@]}"; do wait_ready "$(instance_of "$s")" "$(port_of "$s")"; done
    if (( $# == 0 )); then "$SCRIPT_DIR/front.sh" start; fi ;;
  stop)
    for s in "${SERVICES[@]}"; do stop_one "$(instance_of "$s")"; done
    if (( $# == 0 )); then "$SCRIPT_DIR/front.sh" stop; fi ;;
  kill)
    for s in "${SERVICES[@]}"; do kill_one "$(instance_of "$s")"; done ;;
  restart)
    "$0" stop "$@"; "$0" start "$@" ;;
  status)
    rc=0
    for s in "${SERVICES[@]}"; do status_one "$(instance_of "$s")" "$(port_of "$s")" || rc=3; done
    if (( $# == 0 )); then "$SCRIPT_DIR/front.sh" status || rc=3; fi
    exit $rc ;;
  *)
    sed -n '3,19p' "$0"; exit 2 ;;
esac
