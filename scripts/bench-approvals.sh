#!/usr/bin/env bash
#
# The approvals benchmark of issue 17 on the running suite (scripts/run.sh, or scripts/suite.sh start, first; as root,
# since it seeds through the postgres superuser):
#   scripts/bench-approvals.sh [per second] [warm-up s] [seconds] [inbox requests] [samples]
#   default 50, 10, 60, 10000, 500; APPROVALS_BENCH_TEAM=south submits as south.sw1 to south.pm (default north),
#   APPROVALS_BENCH_INBOX=<manager> fills another manager's inbox (default east.pm); APPROVALS_BENCH_PARTS=inbox (or
#   notification) runs one part
# 1. NotificationDelayBenchmark: [per second] x ([warm-up s] + [seconds]) statutory visit drafts written by north.sw1
#    (children on CP plans, ten drafts each), then submitted at a fixed rate (open model) while north.pm holds the live
#    inbox stream open; the delay from each submission's due time to its APPROVAL_REQUESTED event on the stream, after
#    the warm-up: p50, p99, p99.9, max, count and errors; the CPU the services and the machine spent meanwhile, and the
#    services' own event delays. Those children, notes and requests stay, as the event latency benchmark's do: the
#    requests wait in north.pm's inbox.
# 2. InboxPageBenchmark: [inbox requests] pending requests and their notifications seeded for east.pm straight into
#    approvals-service's database (APPROVALS_DB, default approvals) with SQL (scripts/bench-approvals/seed.sql: the
#    two tables the service writes when it routes a note, and nothing else, so no event makes the rest of the suite
#    work for the seed); getInbox's first page (25 and 50), a page of 50 half way and listNotifications' first page,
#    [samples] times each after 1,000 warm-up reads, and a walk through every page; p50, p95, p99, max. Then exactly
#    what was seeded is removed (scripts/bench-approvals/cleanup.sql). The access records of the children shown stay
#    on the access log (it is evidence, append-only).
# with case-notes-service's and approvals-service's per-person rate limits lifted for the run; both are restarted as
# they were afterwards, whatever happened. Prints numbers; asserts nothing.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$SCRIPT_DIR/.."
per_second=${1:-50}
warm_up=${2:-10}
seconds=${3:-60}
requests=${4:-10000}
samples=${5:-500}
team=${APPROVALS_BENCH_TEAM:-north}
manager=${APPROVALS_BENCH_INBOX:-east.pm}
# Which parts: "notification inbox" (both, the default), or one (scripts/benchmark.sh runs them apart).
parts=${APPROVALS_BENCH_PARTS:-notification inbox}
database=${APPROVALS_DB:-approvals}
[[ $team =~ ^[a-z0-9-]+$ ]] || { echo "APPROVALS_BENCH_TEAM: a team name such as north, not '$team'" >&2; exit 2; }
[[ $manager =~ ^[a-z0-9-]+\.[a-z0-9]+$ ]] || { echo "APPROVALS_BENCH_INBOX: a user such as east.pm" >&2; exit 2; }
# The seeded requests are asked by a worker of the manager's team: east.pm's are east.sw1's.
worker=${manager%%.*}.sw1

# psql as the postgres superuser over the Unix socket, as scripts/infra/postgres.sh does (the service's runtime role
# may not delete).
db() {
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d "$database" "$@")
}
bench() {
  # The benchmarks run from system-tests. Not offline: the first run on a machine fetches the exec plugin.
  ./mvnw -B -q -pl system-tests exec:java -Dexec.mainClass="io.casework.system.$1" -Dexec.args="$2"
}
cleanup() {
  db -f "$SCRIPT_DIR/bench-approvals/cleanup.sql" >/dev/null
}
restore() {
  echo "== removing what was seeded; restarting case-notes-service and approvals-service as they were"
  cleanup
  scripts/suite.sh restart case-notes-service approvals-service >/dev/null
}
# A run stopped half way leaves nothing behind, and nor does one before it.
cleanup
trap restore EXIT
# The per-person rate limits lifted: one worker submits 50 notes a second, and one manager reads thousands of pages.
CASEWORK_RATE_LIMIT_ENABLED=false scripts/suite.sh restart case-notes-service approvals-service >/dev/null

if [[ " $parts " == *" notification "* ]]; then
  echo "== 1. submit to live notification, $per_second notes a second, $team.sw1 to $team.pm"
  bench NotificationDelayBenchmark "$per_second $warm_up $seconds $team"
fi
if [[ " $parts " == *" inbox "* ]]; then
  echo "== 2. $manager's inbox with $requests pending requests"
  db -v requests="$requests" -v manager="$manager" -v worker="$worker" -f "$SCRIPT_DIR/bench-approvals/seed.sql"
  # As autovacuum would have left the tables after a week's work: visibility map set, statistics fresh.
  db -c "vacuum (analyze) approval_request" -c "vacuum (analyze) notification" >/dev/null
  bench InboxPageBenchmark "$samples 1000 $manager"
fi
