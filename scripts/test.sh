#!/usr/bin/env bash
#
# Runs every test of the suite, from a fresh clone on a machine where nothing is running:
#   1. starts the infrastructure (installs PostgreSQL, fetches Kafka and Keycloak when missing);
#   2. builds every module and runs its tests against that infrastructure;
#   3. checks that the committed OpenAPI documents are the generated ones, and lints them (scripts/lint-api.sh), and
#      that docs/operations.md's configuration reference is what the code says (scripts/config-reference.mjs);
#      renders and validates the Kubernetes manifests (when kubectl and node are present);
#   4. starts the four packaged services and runs the system tests against them
#      (the statutory-visit journey with real Keycloak tokens, a broker outage; installs Debian's Chromium for
#      the browser tests, scripts/browser.sh);
#   5. runs the short forms of the fault tests last (they kill and restart servers and services;
#      the long forms are scripts/fault-tests.sh);
#   6. stops the services it started.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
cd "$REPO_ROOT"
started=$(date +%s)

step() { printf '\n[test] %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }

step "infrastructure"
scripts/infra.sh start

step "build and module tests"
./mvnw -B install

step "OpenAPI and AsyncAPI documents and the configuration reference: committed as generated, and linted"
# The build writes each service's OpenAPI document beside it (openapi/) and the events' AsyncAPI document
# (casework-contracts/asyncapi/); what is committed must be what the code and the schemas say.
if git rev-parse --git-dir >/dev/null 2>&1 && ! git diff --quiet -- '*/openapi/*' '*/asyncapi/*'; then
  git diff --stat -- '*/openapi/*' '*/asyncapi/*'
  echo "[test] the committed API documents differ from the generated ones: commit the build's" >&2
  exit 1
fi
scripts/lint-api.sh
# docs/operations.md's tables of settings are generated from the properties files and the code: they must say what
# the code says. After lint-api.sh, which installs node where it is missing.
node scripts/config-reference.mjs --check docs/operations.md

step "Kubernetes manifests"
if command -v kubectl >/dev/null && command -v node >/dev/null; then
  k8s/scripts/validate.sh
else
  echo "[test] Kubernetes manifests NOT validated: kubectl and node are needed (kubectl is not a Debian package)"
fi

step "system tests against the running suite"
# Tests built on the browser harness (io.casework.system.console) drive Debian's Chromium, never a browser that
# Playwright downloads: install it first, so that a fresh machine fails here, with apt's message, rather than in
# the middle of the tests.
scripts/browser.sh
scripts/suite.sh restart
trap 'scripts/suite.sh stop' EXIT
./mvnw -B -pl system-tests -Psystem-tests test -DexcludedGroups=faults

step "fault tests, short forms (docs/resilience.md)"
./mvnw -B -pl system-tests -Psystem-tests test -Dgroups=faults

step "done"
