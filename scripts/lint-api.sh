#!/usr/bin/env bash
#
# Lints the four committed OpenAPI documents with the project's rule set (api-lint/.spectral.yaml: the OWASP API
# Security rule set, @stoplight/spectral-owasp-ruleset 2.0.1, with the project's changes and their reasons), and the
# AsyncAPI document of the events with Spectral's AsyncAPI rules (api-lint/.spectral-asyncapi.yaml). Fails on any
# error or warning. Installs Debian's Node.js and npm when missing, and the pinned Spectral
# packages into api-lint/node_modules (git-ignored).
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
LINT="$REPO_ROOT/api-lint"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "[lint-api] installing Node.js and npm from Debian"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
if [ ! -x "$LINT/node_modules/.bin/spectral" ]; then
  echo "[lint-api] installing Spectral and the OWASP rule set"
  (cd "$LINT" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi

status=0
for service in case-notes visits deadlines approvals; do
  document="$REPO_ROOT/$service-service/openapi/openapi.yaml"
  echo "[lint-api] $service-service"
  "$LINT/node_modules/.bin/spectral" lint --ruleset "$LINT/.spectral.yaml" --fail-severity error \
    --display-only-failures "$document" || status=1
done
echo "[lint-api] events (AsyncAPI)"
"$LINT/node_modules/.bin/spectral" lint --ruleset "$LINT/.spectral-asyncapi.yaml" --fail-severity warn \
  --display-only-failures "$REPO_ROOT/casework-contracts/asyncapi/asyncapi.yaml" || status=1
exit $status
