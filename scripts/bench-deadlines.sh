#!/usr/bin/env bash
#
# Worktrays over a million open deadlines on the running suite (scripts/run.sh first):
#   scripts/bench-deadlines.sh [deadlines] [children] [samples] [page size] [pages walked]
#   default 1000000, 60000, 1000, 50, 200
# 1. seeds deadlines-service's database (DEADLINES_DB, default deadlines) straight with SQL
#    (scripts/bench-deadlines/seed.sql): a realistic authority of 40 teams in four service areas, 400 case holders,
#    the children and their access facts, and the open deadlines, due from 60 days ago to 120 days ahead; the demo
#    users keep their posts and hold their share (north.sw1 about a tenth of team north's);
# 2. WorktrayBenchmark: for north.sw1's own worktray, north.tm's team worktray (north) and head.of.service's service
#    area worktray (service-area-1): a first page timed [samples] times, filtered first pages (due, ruleId), a walk
#    of [pages walked] pages by their cursor, and the counts; p50, p95, p99 and max of each;
# with deadlines-service's per-person rate limit lifted for the run; then removes exactly what it seeded
# (scripts/bench-deadlines/cleanup.sql), whatever happened, and restarts deadlines-service as it was. Prints numbers;
# asserts nothing. The access records of the children shown are published as every list's are, and stay on the
# access log (it is evidence, append-only); the seeded children are otherwise unknown to the other services.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$SCRIPT_DIR/.."
deadlines=${1:-1000000}
children=${2:-60000}
samples=${3:-1000}
page=${4:-50}
pages=${5:-200}
database=${DEADLINES_DB:-deadlines}

# psql as the postgres superuser over the Unix socket, as scripts/infra/postgres.sh does (the service's runtime role
# may not delete, and the seed writes the read model that only events write otherwise).
db() {
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d "$database" "$@")
}

cleanup() {
  echo "== removing what was seeded"
  db -f "$SCRIPT_DIR/bench-deadlines/cleanup.sql" >/dev/null
}
restore() {
  cleanup
  scripts/suite.sh restart deadlines-service >/dev/null
}
# A run stopped half way leaves nothing behind, and nor does one before it.
cleanup
trap restore EXIT
# The per-person rate limit lifted: a person never opens a thousand worktray pages a minute, and the limit would
# measure itself.
CASEWORK_RATE_LIMIT_ENABLED=false scripts/suite.sh restart deadlines-service >/dev/null

echo "== seeding $deadlines open deadlines of $children children into $database"
start=$(date +%s)
db -v deadlines="$deadlines" -v children="$children" -f "$SCRIPT_DIR/bench-deadlines/seed.sql" >/dev/null
echo "seeded in $(( $(date +%s) - start )) s"
# The counts read V9's index alone once the visibility map is set, as autovacuum would have set it in a day's work.
db -c "vacuum (analyze) deadline" -c "vacuum (analyze) access_child" >/dev/null

# The benchmarks run from system-tests. Not offline: the first run on a machine fetches the exec plugin.
./mvnw -B -q -pl system-tests exec:java -Dexec.mainClass=io.casework.system.WorktrayBenchmark \
  -Dexec.args="$samples $page $pages"
