#!/usr/bin/env bash
#
# Verifies every child's record chain now (docs/security.md), as the nightly run does, and prints what it found:
# children, entries, the rate, and each broken chain with its first break. Exits 1 if any chain is broken, 2 if the
# verification could not run. Every break is also logged by case-notes-service and counted in its metrics, which
# operations are alerted to.
#
#   scripts/verify-record-chains.sh
#
# Environment (all optional):
#   CASEWORK_CASE_NOTES_URL   case-notes-service's API (default http://127.0.0.1:8081/case-notes/v1)
#   CASEWORK_KEYCLOAK_URL     Keycloak (default http://127.0.0.1:8180)
#   CASEWORK_ADMIN_USER / CASEWORK_ADMIN_PASSWORD
#                             a user with the realm role "administrator" (default: the demo casework.admin)
set -euo pipefail

SERVICE=${CASEWORK_CASE_NOTES_URL:-http://127.0.0.1:8081/case-notes/v1}
KEYCLOAK=${CASEWORK_KEYCLOAK_URL:-http://127.0.0.1:8180}
USER_NAME=${CASEWORK_ADMIN_USER:-casework.admin}
PASSWORD=${CASEWORK_ADMIN_PASSWORD:-demo}

die() { printf '%s\n' "[verify] ERROR: $*" >&2; exit 2; }
command -v python3 >/dev/null || die "python3 is needed to read the answers"

token=$(curl -fsS --max-time 10 -d grant_type=password -d client_id=casework-web \
  --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
  "$KEYCLOAK/realms/casework/protocol/openid-connect/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])') \
  || die "no token for $USER_NAME from $KEYCLOAK"

# A whole authority's record takes a while: no time limit but the server's own.
report=$(curl -fsS -X POST -H "Authorization: Bearer $token" "$SERVICE/record-chain/verifications") \
  || die "case-notes-service at $SERVICE refused or failed the verification"

python3 - "$report" <<'PY'
import json, sys
run = json.loads(sys.argv[1])
print(f"[verify] {run['children']} children, {run['entries']} entries, {run['brokenChildren']} broken chains "
      f"({run['entriesPerSecond']} entries/s; {run['startedAt']} to {run['finishedAt']})")
for chain in run["broken"]:
    b = chain["firstBreak"]
    print(f"[verify] BROKEN child {chain['childId']}: position {b['position']}, {b['entry']}: {b['change']}. {b['detail']}")
if run["brokenChildren"] > len(run["broken"]):
    print(f"[verify] ... and {run['brokenChildren'] - len(run['broken'])} more: see case-notes-service's log")
sys.exit(1 if run["brokenChildren"] else 0)
PY
