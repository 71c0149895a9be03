#!/usr/bin/env bash
#
# Case-note writes and reads on the running suite (scripts/run.sh first), beside the framework's ceiling:
#   scripts/bench-notes.sh [seconds per round] [clients] [notes on one child] [writes|reads|rollback|all]
#   default 20, 8, 10000, all
# 1. builds and starts the plain insert baseline (benchmarks/plain-insert) on 127.0.0.1:8095 with a database of its
#    own (bench_plain) in the same PostgreSQL, and the same heap as each service;
# 2. restarts case-notes-service with its per-person rate limit lifted (a person never writes thousands of notes a
#    minute; the limit would measure itself);
# 3. NotesWriteBenchmark: the same clients write alternately to both, and it prints throughput, latency and the ratio;
# 4. NotesPageBenchmark: one child with that many notes, a page of 50 timed 1000 times, and a walk through every page;
# 5. ChronologyBenchmark: another child with that many notes, 10% of them final significant events: the chronology's
#    first page timed 1000 times after 3000 reads, and the court chronology as a PDF 20 times;
# 6. SubjectAccessBenchmark: a third child with that many final notes, a subject access request reviewed, and its
#    export as JSON and as a PDF, 5 times each;
# 7. RollBackBenchmark: ten children each with a contact of 1,000 entries, rolled back one after the other on the head
#    of service's approval while 4 other children get a note every 100 ms each: how long each roll-back takes to
#    apply, and the other writers' latency before and during (000; issue 14);
# then stops the baseline and restarts case-notes-service as it was. Prints numbers; asserts nothing.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$SCRIPT_DIR/.."
seconds=${1:-20}
clients=${2:-8}
notes=${3:-10000}
parts=${4:-all}
port=${PLAIN_INSERT_PORT:-8095}
log=.infra/plain-insert.log

# The baseline's own role and database, made once (the suite's are made by scripts/infra.sh).
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL' >/dev/null
SELECT 'CREATE ROLE bench_plain LOGIN PASSWORD ''bench_plain''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_plain')\gexec
SELECT 'CREATE DATABASE bench_plain OWNER bench_plain' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'bench_plain')\gexec
SQL

./mvnw -B -q -o -pl benchmarks/plain-insert -am install -DskipTests 2>/dev/null \
  || ./mvnw -B -q -pl benchmarks/plain-insert -am install -DskipTests
PLAIN_INSERT_PORT=$port java "${CASEWORK_SERVICE_HEAP:--Xmx256m}" \
  -jar benchmarks/plain-insert/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
baseline=$!
cleanup() {
  kill "$baseline" 2>/dev/null || true
  scripts/suite.sh restart case-notes-service >/dev/null
}
trap cleanup EXIT
for _ in $(seq 60); do
  # any HTTP answer (a 404 for /) means the baseline is listening
  curl -s -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 1
done
CASEWORK_RATE_LIMIT_ENABLED=false scripts/suite.sh restart case-notes-service

# The benchmarks run from system-tests. Not offline: the first run on a machine fetches the exec plugin (the suite's
# own modules are snapshots, which Maven Central is never asked for).
bench() {
  ./mvnw -B -q -pl system-tests exec:java -Dexec.mainClass="io.casework.system.$1" -Dexec.args="$2"
}

if [ "$parts" = rollback ] || [ "$parts" = all ]; then
  echo "== roll-backs of children with 1,000 entries while others write"
  bench RollBackBenchmark "1000 4 100 $seconds 10"
  [ "$parts" = rollback ] && exit 0
fi
if [ "$parts" != reads ]; then
  echo "== writes: createCaseNote beside a plain insert"
  PLAIN_INSERT_URL="http://127.0.0.1:$port" bench NotesWriteBenchmark "$seconds $clients 3"
fi
[ "$parts" = writes ] && exit 0
echo "== reads: a page of 50 notes of a child with $notes"
bench NotesPageBenchmark "$notes 50 1000"
echo "== reads: the chronology of a child with $notes notes, and its court chronology as a PDF"
bench ChronologyBenchmark "$notes 10 25 1000"
echo "== reads: the subject access export of a child with $notes final notes, as JSON and as a PDF"
bench SubjectAccessBenchmark "$notes 5"
