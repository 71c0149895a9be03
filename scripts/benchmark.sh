#!/usr/bin/env bash
#
# The whole suite's benchmark, in one command, with the machine's own limits measured in the same run so that the
# figures can be read as ratios that survive a noisy machine (docs/benchmarks.md):
#
#   scripts/benchmark.sh            as root, from a clean clone or beside a running suite; about 20 minutes
#
#   1. set-up: the infrastructure (scripts/infra.sh), a build, the four services restarted with the per-person rate
#      limit off (a benchmark would otherwise measure the limit), each one's start time taken, the demo data;
#   2. limits: PostgreSQL single-row inserts with synchronous commit (pgbench), Kafka's end-to-end latency tool;
#   3. writes: case notes beside the plain Quarkus Panache insert (benchmarks/plain-insert), the framework's ceiling,
#      in a closed loop (scripts/bench-notes.sh); then case notes, visits and decisions at fixed arrival rates with
#      Gatling, an open model (scripts/bench-writes.sh);
#   4. propagation at 50 notes a second: a submitted note to its manager's live notification;
#   5. reads: a child's page of notes and chronology with 10,000 notes, the worktrays over a million open deadlines
#      (scripts/bench-deadlines.sh), a manager's inbox of 10,000 (scripts/bench-approvals.sh);
#   6. catch-up: each consuming service replaying a backlog of a million events (scripts/bench-replay.sh);
#   7. footprint: each service's resident memory idle and under load, sampled every two seconds throughout;
#   8. the report: docs/benchmarks.md's figures and percentile plots (docs/images/benchmarks/), made by
#      benchmarks/report from the results (target/benchmarks/<date>/).
#
# Environment: BENCH_PARTS (default "limits throughput writes propagation reads replay") to run fewer parts;
# BENCH_REPORT=0 to leave docs/ alone. The benchmarks' own data stays in the databases, as a day's work would, except
# what the seeding scripts remove. Prints as it goes; asserts nothing.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
cd "$REPO_ROOT"
started=$(date +%s)
parts=${BENCH_PARTS:-limits throughput writes propagation reads replay}
export BENCH_RESULTS="$REPO_ROOT/target/benchmarks/$(date +%Y-%m-%d-%H%M)"
mkdir -p "$BENCH_RESULTS"
# shellcheck source=services.sh
source "$SCRIPT_DIR/services.sh"

step() { printf '\n[benchmark] %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }
wants() { [[ " $parts " == *" $1 "* ]]; }
# A part that fails is reported and the run goes on, so that one broken part does not cost the others' figures.
failed=()
try() { "$@" || { failed+=("$*"); echo "[benchmark] FAILED: $*" >&2; }; }
bench() { ./mvnw -B -q -pl system-tests exec:java -Dexec.mainClass="io.casework.system.$1" -Dexec.args="$2"; }
[[ $(id -u) -eq 0 ]] || { echo "run as root: the seeding scripts and pgbench act as the postgres superuser" >&2; exit 1; }

# --- 1. set-up ------------------------------------------------------------------------------------------------------
step "set-up: infrastructure, build, services"
scripts/infra.sh start
./mvnw -B -q install -DskipTests
export CASEWORK_RATE_LIMIT_ENABLED=false
scripts/suite.sh stop >/dev/null 2>&1 || true
# Each service started alone, so that its start time is its own.
starts=()
for s in "${CASEWORK_SERVICES[@]}"; do
  name=${s%%:*}
  t0=$(date +%s%N)
  scripts/suite.sh start "$name" >/dev/null
  starts+=("$name $(( ($(date +%s%N) - t0) / 1000000 ))")
done
bench DemoData ""

# The footprint, sampled every 2 s into footprint.tsv: seconds, phase, then each service's resident MB and CPU %.
echo idle >"$BENCH_RESULTS/phase"
(
  while true; do
    line="$(( $(date +%s) - started ))	$(cat "$BENCH_RESULTS/phase")"
    for s in "${CASEWORK_SERVICES[@]}"; do
      pid=$(cat "$REPO_ROOT/.infra/services/${s%%:*}.pid" 2>/dev/null || echo 0)
      line+="	$(ps -o rss=,pcpu= -p "$pid" 2>/dev/null | awk '{printf "%d\t%s", $1 / 1024, $2}' || printf '0\t0')"
    done
    echo "$line"
    sleep 2
  done
) >"$BENCH_RESULTS/footprint.tsv" &
sampler=$!
trap 'kill $sampler 2>/dev/null || true' EXIT
sleep 20   # idle: after start and the demo data, before any load
phase() { echo "$1" >"$BENCH_RESULTS/phase"; step "$1"; }

# --- 2. limits ------------------------------------------------------------------------------------------------------
if wants limits; then
  phase "limits: pgbench and Kafka's end-to-end latency"
  su postgres -c "psql -q -X -c 'drop database if exists bench_pgbench' -c 'create database bench_pgbench'"
  su postgres -c "psql -q -X -d bench_pgbench -c 'create table note (id bigserial primary key, child uuid not null, body text not null)'"
  cat >"$BENCH_RESULTS/pgbench.sql" <<'SQL'
insert into note (child, body) values (gen_random_uuid(), repeat('a note of a visit ', 40));
SQL
  chmod 644 "$BENCH_RESULTS/pgbench.sql"
  pg=$(su postgres -c "/usr/lib/postgresql/15/bin/pgbench -n -c 8 -j 2 -T 20 -f $BENCH_RESULTS/pgbench.sql bench_pgbench" 2>&1)
  echo "$pg" | grep -E 'tps|latency'
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$pg")
  su postgres -c "psql -q -X -c 'drop database bench_pgbench'"
  e2e=$(KAFKA_TOOL_LOG_LEVEL=error scripts/kafka-tool.sh org.apache.kafka.tools.EndToEndLatency \
    127.0.0.1:9092 "bench.e2e.$(date +%s)" 10000 all 1024 2>&1 | tail -5)
  echo "$e2e"
  read -r k50 k99 k999 < <(sed -n 's/.*50th = \([0-9.]*\), 99th = \([0-9.]*\), 99.9th = \([0-9.]*\).*/\1 \2 \3/p' <<<"$e2e")
  kavg=$(sed -n 's/^Avg latency: \([0-9.]*\).*/\1/p' <<<"$e2e")
  cat >"$BENCH_RESULTS/limits.json" <<JSON
{"part": "limits", "title": "The machine's limits, measured in the same run", "order": 10,
 "measures": [
  {"id": "pgbench", "label": "PostgreSQL single-row inserts, synchronous commit (pgbench, 8 clients)", "value": ${tps:-0}, "unit": "inserts/s"},
  {"id": "kafka-e2e-p50", "label": "Kafka end to end, acks=all, 1 KB (EndToEndLatency), p50", "value": ${k50:-0}, "unit": "ms"},
  {"id": "kafka-e2e-p99", "label": "Kafka end to end, p99", "value": ${k99:-0}, "unit": "ms"},
  {"id": "kafka-e2e-p999", "label": "Kafka end to end, p99.9", "value": ${k999:-0}, "unit": "ms"},
  {"id": "kafka-e2e-avg", "label": "Kafka end to end, mean", "value": ${kavg:-0}, "unit": "ms"}
 ]}
JSON
fi

# --- 3. writes ------------------------------------------------------------------------------------------------------
if wants throughput; then
  phase "load: case-note writes beside the plain insert"
  try scripts/bench-notes.sh 15 8 10000 writes
fi
if wants writes; then
  phase "load: writes at fixed arrival rates (Gatling)"
  # The rate limit is lifted for the whole run (RATE_LIMIT=0 tells the simulations so). Decisions at 10 a second:
  # their set-up submits rate x (warm-up + seconds) notes first, which approvals-service must route before the clock.
  RESULTS_DIR="$BENCH_RESULTS" RATE_LIMIT=0 QUIET_WAIT=30 try scripts/bench-writes.sh 50 30 notes
  RESULTS_DIR="$BENCH_RESULTS" RATE_LIMIT=0 QUIET_WAIT=30 try scripts/bench-writes.sh 50 30 visits
  RESULTS_DIR="$BENCH_RESULTS" RATE_LIMIT=0 QUIET_WAIT=30 try scripts/bench-writes.sh 10 30 decisions
fi

# --- 4. propagation -------------------------------------------------------------------------------------------------
if wants propagation; then
  phase "load: propagation at 50 notes a second"
  try bench NotificationDelayBenchmark "50 10 30 north"
fi

# --- 5. reads -------------------------------------------------------------------------------------------------------
if wants reads; then
  phase "load: a child with 10,000 notes"
  try bench NotesPageBenchmark "10000 50 500"
  try bench ChronologyBenchmark "10000 10 25 500"
  phase "load: worktrays over a million deadlines"
  try scripts/bench-deadlines.sh 1000000 60000 500 50 50
  phase "load: a manager's inbox of 10,000"
  APPROVALS_BENCH_PARTS=inbox try scripts/bench-approvals.sh 50 10 30 10000 300
fi

# --- 6. replay ------------------------------------------------------------------------------------------------------
if wants replay; then
  phase "load: replaying a backlog of a million events"
  try scripts/bench-replay.sh 1000000 30
fi
phase "done"
kill $sampler 2>/dev/null || true

# --- 7. footprint ---------------------------------------------------------------------------------------------------
step "footprint"
{
  printf '{"part": "footprint", "title": "Footprint: start time and resident memory", "order": 70, "measures": ['
  sep=""
  for i in "${!CASEWORK_SERVICES[@]}"; do
    name=${CASEWORK_SERVICES[$i]%%:*}
    col=$(( 3 + 2 * i ))
    idle=$(awk -F'\t' -v c="$col" '$2 == "idle" && $c > 0 { n++; s += $c } END { printf "%d", n ? s / n : 0 }' "$BENCH_RESULTS/footprint.tsv")
    load=$(awk -F'\t' -v c="$col" '$2 ~ /^load/ && $c > m { m = $c } END { printf "%d", m }' "$BENCH_RESULTS/footprint.tsv")
    start_ms=$(printf '%s\n' "${starts[@]}" | awk -v n="$name" '$1 == n { print $2 }')
    printf '%s\n  {"id": "%s-start", "label": "%s, start to ready", "value": %s, "unit": "ms"},' "$sep" "$name" "$name" "$start_ms"
    printf '\n  {"id": "%s-idle", "label": "%s, resident memory idle", "value": %s, "unit": "MB"},' "$name" "$name" "$idle"
    printf '\n  {"id": "%s-load", "label": "%s, resident memory under load (most seen)", "value": %s, "unit": "MB",' "$name" "$name" "$load"
    printf ' "target": {"metric": "value", "max": 250, "label": "under 250 MB under load"}}'
    sep=","
  done
  suite_load=$(awk -F'\t' '$2 ~ /^load/ { t = 0; for (c = 3; c <= NF; c += 2) t += $c; if (t > m) m = t } END { printf "%d", m }' "$BENCH_RESULTS/footprint.tsv")
  printf ',\n  {"id": "suite-load", "label": "the four services together, under load (most seen)", "value": %s, "unit": "MB"}\n ]}\n' "$suite_load"
} >"$BENCH_RESULTS/footprint.json"

# --- 8. the report --------------------------------------------------------------------------------------------------
cat >"$BENCH_RESULTS/machine.json" <<JSON
{"date": "$(date +%Y-%m-%d)", "command": "scripts/benchmark.sh", "cores": $(nproc),
 "memoryGiB": $(awk '/MemTotal/ { printf "%d", $2 / 1024 / 1024 + 0.5 }' /proc/meminfo),
 "cpu": "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)",
 "os": "$(. /etc/os-release && echo "$PRETTY_NAME")", "java": "$(java -version 2>&1 | head -1 | tr -d '"')",
 "postgres": "$(su postgres -c 'psql -tAX -c "show server_version"' | cut -d' ' -f1)",
 "kafka": "$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' scripts/kafka/pom.xml)",
 "parts": "$parts", "durationSeconds": $(( $(date +%s) - started ))}
JSON
if [[ ${BENCH_REPORT:-1} != 0 ]]; then
  step "report: docs/benchmarks.md and docs/images/benchmarks/"
  ./mvnw -B -q -pl benchmarks/report exec:java \
    -Dexec.args="$BENCH_RESULTS $REPO_ROOT/docs/benchmarks.md $REPO_ROOT/docs/images/benchmarks"
fi
step "done: results in ${BENCH_RESULTS#"$REPO_ROOT"/}"
if ((${#failed[@]})); then printf '[benchmark] parts that failed: %s\n' "${failed[@]}" >&2; exit 1; fi
