#!/usr/bin/env bash
#
# The worker's and manager's visit views over 10,000 open children on the running suite (scripts/run.sh first):
#   scripts/bench-visits.sh [children] [samples] [page size] [pages walked]
#   default 10000, 1000, 50, 200; VISITS_BENCH_TEAM=south reads as south.sw1 and south.tm instead (default north)
# 1. seeds visits-service's database (VISITS_DB, default visits) straight with SQL (scripts/bench-visits/seed.sql):
#    the deadlines benchmark's organisation (40 teams in four service areas, 400 case holders, the demo users in their
#    posts, north.sw1 holding about a tenth of team north's children), and for each child its access facts, the plan
#    of visits in force for its kind of case, one visit waiting (due from 60 days ago to 90 days ahead) and ten
#    recorded before it; three in a hundred in an open spell of failed access;
# 2. VisitViewsBenchmark: as north.sw1, my overdue visits, my visits due soon, my visits of the next 90 days and a
#    walk of [pages walked] pages of them by their cursor; as north.tm, team north's children not seen within their
#    timescale (and a walk) and its visit compliance over the last 90 days; as north.sw1, a seeded child's visit plan;
#    each [samples] times, as p50, p95, p99 and max;
# with visits-service's per-person rate limit lifted for the run; then removes exactly what it seeded
# (scripts/bench-visits/cleanup.sql), whatever happened, and restarts visits-service as it was. Prints numbers;
# asserts nothing. The access records of the children shown are published as every list's are, and stay on the
# access log (it is evidence, append-only); the seeded children are otherwise unknown to the other services.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$SCRIPT_DIR/.."
children=${1:-10000}
samples=${2:-1000}
page=${3:-50}
pages=${4:-200}
database=${VISITS_DB:-visits}
team=${VISITS_BENCH_TEAM:-north}
[[ $team =~ ^[a-z0-9-]+$ ]] || { echo "VISITS_BENCH_TEAM: a team name such as north, not '$team'" >&2; exit 2; }

# psql as the postgres superuser over the Unix socket, as scripts/infra/postgres.sh does (the service's runtime role
# may not delete, and the seed writes the read models that only events write otherwise).
db() {
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d "$database" "$@")
}

cleanup() {
  echo "== removing what was seeded"
  db -f "$SCRIPT_DIR/bench-visits/cleanup.sql" >/dev/null
}
restore() {
  cleanup
  scripts/suite.sh restart visits-service >/dev/null
}
# A run stopped half way leaves nothing behind, and nor does one before it.
cleanup
trap restore EXIT
# The per-person rate limit lifted: a person never opens a thousand visit lists a minute, and the limit would
# measure itself.
CASEWORK_RATE_LIMIT_ENABLED=false scripts/suite.sh restart visits-service >/dev/null

echo "== seeding $children open children into $database"
start=$(date +%s)
# The children are of the rule set the suite runs with (scripts/suite.sh), whose visit frequencies their plans name.
db -v children="$children" -v authority="${CASEWORK_AUTHORITY:-rochdale}" -f "$SCRIPT_DIR/bench-visits/seed.sql"
echo "seeded in $(( $(date +%s) - start )) s"
# As autovacuum would have left the tables after a day's work: visibility map set, statistics fresh.
db -c "vacuum (analyze) child, access_child, visit_plan, planned_visit, recorded_visit, failed_access" >/dev/null

# The visit plan opened is of a seeded child of the worker's, not of one an earlier test run left behind.
child=$(db -At -c "select child_id from child where allocated_worker = '$team.sw1'
  and child_id between 'b3c50000-0000-4000-8000-000000000000' and 'b3c50000-0000-4000-8000-ffffffffffff'
  order by child_id limit 1")
[[ -n $child ]] || { echo "no seeded child is allocated to $team.sw1: is $team one of the demo teams?" >&2; exit 1; }

# The benchmarks run from system-tests. Not offline: the first run on a machine fetches the exec plugin.
./mvnw -B -q -pl system-tests exec:java -Dexec.mainClass=io.casework.system.VisitViewsBenchmark \
  -Dexec.args="$samples $page $pages 2000 $child $team"
