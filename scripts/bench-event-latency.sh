#!/usr/bin/env bash
#
# Measures event delivery delay on the running suite (start it with scripts/run.sh first):
#   scripts/bench-event-latency.sh [children]      default 50 children, 3 requests and ~8 events each
# Prints the relay's commit-to-acknowledgement lag and each consumer's delay per event type, from the services'
# own Prometheus metrics.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$SCRIPT_DIR/.."
./mvnw -B -q -pl system-tests exec:java -Dexec.mainClass=io.casework.system.EventLatencyBenchmark \
  -Dexec.args="${1:-50}"
