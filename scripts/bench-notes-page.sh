#!/usr/bin/env bash
#
# Times one page of a child's notes when the child has many (issue 10), on the running suite (scripts/run.sh first):
#   scripts/bench-notes-page.sh [notes] [page size] [samples]     default 16000 notes, pages of 50, 1000 samples
# Writes the notes through the API with case-notes-service's rate limit lifted for the run (a person never writes
# 16,000 notes in minutes), then restarts the service as it was. Prints p50/p90/p99 of the first page and of a walk
# through every page by its cursor.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$SCRIPT_DIR/.."
trap 'scripts/suite.sh restart case-notes-service >/dev/null' EXIT
CASEWORK_RATE_LIMIT_ENABLED=false scripts/suite.sh restart case-notes-service
./mvnw -B -q -pl system-tests exec:java -Dexec.mainClass=io.casework.system.NotesPageBenchmark \
  -Dexec.args="${1:-16000} ${2:-50} ${3:-1000}"
