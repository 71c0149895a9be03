#!/usr/bin/env bash
#
# The fault tests against the running suite (docs/resilience.md): each injects one fault under a steady write load
# through the API and ends with the delivery checker.
#
#   scripts/fault-tests.sh          the long forms: minutes of load, every fault three times (about 45 minutes)
#   scripts/fault-tests.sh --short  the short forms, as the README's test command runs them (about 7 minutes)
#
# Starts the infrastructure and the suite when they are not running (build first: ./mvnw install -DskipTests).
# The results table is written to system-tests/target/fault-results.md.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
cd "$SCRIPT_DIR/.."

form=long
[[ ${1:-} == --short ]] && form=short

scripts/infra.sh start
scripts/suite.sh start
rm -f system-tests/target/fault-results.md
./mvnw -B -pl system-tests -Psystem-tests test -Dgroups=faults -Dcasework.faults="$form"
cat system-tests/target/fault-results.md
