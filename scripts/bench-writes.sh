#!/usr/bin/env bash
#
# Writes through the API at fixed arrival rates, an open model (issue 20), on the running suite (scripts/run.sh, or
# scripts/suite.sh start, first):
#   scripts/bench-writes.sh [rate] [seconds] [notes|visits|decisions|all]
#   default 50, 30, all; WARM_UP=10 seconds at the same rate first, left out of the figures;
#   RESULTS_DIR=target/benchmarks/results; RATE_LIMIT=300 (the services' calls a person in 10 s; 0 once lifted);
#   QUIET_WAIT=60 (seconds at most to wait for the machine to go quiet before each run; 0 not to wait)
# Runs the Gatling simulations of benchmarks/load one after another, each sending [rate] requests a second for
# [seconds] whatever the answers, each request a new virtual user with a demo user's real token:
# 1. CaseNoteWrites: createCaseNote, draft case notes by four social workers on children of their caseloads;
# 2. VisitWrites: arrangeVisit, statutory visits arranged ahead for children on child protection plans;
# 3. DecisionWrites: decideApprovalRequest, the practice and team managers of three teams deciding the requests for
#    oversight of statutory visit notes that the set-up writes and submits first, rate x (warm-up + seconds) of them
#    (2,055 at the defaults: approvals-service may take minutes to route that many).
# Each registers its own children through the API before its clock starts, then waits for the machine to go quiet
# (under 15% busy for 5 s) and for a fresh rate-limit window. The services are not restarted: the load is spread over
# several demo users so that nobody passes the per-person rate limit (300 calls in 10 s), and a run that would is
# refused before it starts; with the limit lifted (CASEWORK_RATE_LIMIT_ENABLED=false) pass RATE_LIMIT=0. Each
# simulation merges its measure into RESULTS_DIR/writes.json (id notes-<rate>, visits-<rate>, decisions-<rate>: count,
# errors, throughput, p50, p99, p99.9 and max in ms from each virtual user's arrival to its answer) and writes every
# latency in microseconds beside it (writes-<id>.samples); Gatling's HTML reports stay in
# benchmarks/load/target/gatling/. Prints the JSON at the end; asserts nothing. The children, notes, visits arranged
# and decisions stay in the suite, as the other benchmarks' do.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$SCRIPT_DIR/.."
rate=${1:-50}
seconds=${2:-30}
which=${3:-all}
warm_up=${WARM_UP:-10}
rate_limit=${RATE_LIMIT:-300}
quiet_wait=${QUIET_WAIT:-60}
results=${RESULTS_DIR:-target/benchmarks/results}
case $which in
  notes) simulations=(CaseNoteWrites) ;;
  visits) simulations=(VisitWrites) ;;
  decisions) simulations=(DecisionWrites) ;;
  all) simulations=(CaseNoteWrites VisitWrites DecisionWrites) ;;
  *) echo "which: notes, visits, decisions or all, not '$which'" >&2; exit 2 ;;
esac
mkdir -p "$results"
results=$(cd "$results" && pwd -P)

# The services must be answering: this script starts nothing.
for port in 9081 9082 9084; do
  if ! curl -sf -o /dev/null --max-time 5 "http://127.0.0.1:$port/q/health/ready"; then
    echo "the suite is not ready (management port $port): start it first (scripts/run.sh)" >&2
    exit 1
  fi
done

# Compiled once, and the Gatling plugin fetched on a machine's first run; then every run is offline.
./mvnw -B -q -o -pl benchmarks/load test-compile gatling:help >/dev/null 2>&1 \
  || ./mvnw -B -q -pl benchmarks/load test-compile gatling:help >/dev/null

for simulation in "${simulations[@]}"; do
  echo "== $simulation: $rate a second for $seconds s after $warm_up s of warm-up"
  ./mvnw -B -q -o -pl benchmarks/load gatling:test -Dgatling.simulationClass="io.casework.load.$simulation" \
    -Drate="$rate" -Dseconds="$seconds" -DwarmUp="$warm_up" -Drate.limit="$rate_limit" -Dquiet.wait="$quiet_wait" \
    -Dresults.dir="$results"
done
echo "== $results/writes.json"
cat "$results/writes.json"
