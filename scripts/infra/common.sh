# shellcheck shell=bash
#
# What the servers of scripts/infra.sh share: locations, output, process and port checks,
# the Maven and cache locks and the download entry point. A library sourced by
# scripts/infra.sh before postgres.sh, kafka.sh and keycloak.sh: sourcing it only defines
# variables and functions. It expects SCRIPT_DIR (the scripts folder) and SELF (the path
# of scripts/infra.sh) from the entry point.

# ---------------------------------------------------------------------------------------
# Locations
# ---------------------------------------------------------------------------------------

REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
INFRA_DIR="$REPO_ROOT/.infra"
CACHE_DIR="${CASEWORK_CACHE:-$HOME/.cache/casework}"
MVN_LOCK="${CASEWORK_MVN_LOCK:-$CACHE_DIR/mvn.lock}"
MVNW="$REPO_ROOT/mvnw"
# The small pom both downloads run Maven on: the Kafka jars (kafka.sh) and, because it has
# no parent, the Keycloak zip too (keycloak.sh).
# shellcheck disable=SC2034 # used by kafka.sh and keycloak.sh
KAFKA_POM="$SCRIPT_DIR/kafka/pom.xml"

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
# Status lines (every server's *_status prints through these)
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

# ---------------------------------------------------------------------------------------
# Downloads (cached per machine)
# ---------------------------------------------------------------------------------------

# Each download goes to a temporary folder that is renamed when complete, so an
# interrupted download is never mistaken for a cached one. The downloads themselves are
# fetch_kafka_unlocked (kafka.sh) and fetch_keycloak_unlocked (keycloak.sh).

fetch_server() {
  mkdir -p "$INFRA_DIR"
  # flock runs a program, not a function: re-enter scripts/infra.sh ($SELF) for the locked
  # part; its main calls fetch_<server>_unlocked for the internal command __fetch-unlocked.
  case $1 in
    kafka)    kafka_cached \
                || with_cache_lock "$SELF" __fetch-unlocked kafka ;;
    keycloak) keycloak_cached \
                || with_cache_lock "$SELF" __fetch-unlocked keycloak ;;
    postgres) : ;; # comes from apt, see pg_ensure_installed
    *) die "unknown server '$1'" ;;
  esac
}
