#!/usr/bin/env bash
#
# The record chain's write cost and bulk verification rate, in one run against the real database (docs/security.md):
# note-version writes with and without the chain, then every chain verified. Prints a table, also written to
# case-notes-service/target/record-chain-benchmark.md. Needs the infrastructure (scripts/infra.sh start).
#
#   scripts/bench-record-chain.sh [writes]     (default 2000 writes each way)
set -euo pipefail
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/infra.sh" start >/dev/null
./mvnw -q -pl case-notes-service -am install -DskipTests
./mvnw -q -pl case-notes-service test -Dtest=RecordChainBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcasework.bench=true -Dcasework.bench.writes="${1:-2000}" >/dev/null
cat case-notes-service/target/record-chain-benchmark.md
