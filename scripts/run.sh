#!/usr/bin/env bash
#
# Starts the whole suite with demo data: infrastructure, a build of the four services, the services
# themselves, then the demo children, notes, visits and approvals. Prints where everything is.
# Safe to run again: running servers are kept, and the demo data is loaded with Idempotency-Keys.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
cd "$REPO_ROOT"

scripts/infra.sh start
./mvnw -B -q install -DskipTests
scripts/suite.sh start
./mvnw -B -q -pl system-tests exec:java -Dexec.mainClass=io.casework.system.DemoData

cat <<INFO

The casework suite is running on 127.0.0.1.

  One origin for front-ends (local nginx, as an ingress on a cluster):  http://127.0.0.1:8080
  Approval console (sign in as north.pm, password demo):  http://127.0.0.1:8080/approvals/v1/console/
  service             API (also on the service's own port)         Swagger UI (sign in with a demo login)
  case-notes-service  http://127.0.0.1:8080/case-notes/v1  (8081)   http://127.0.0.1:8080/case-notes/v1/q/swagger-ui
  visits-service      http://127.0.0.1:8080/visits/v1      (8082)   http://127.0.0.1:8080/visits/v1/q/swagger-ui
  deadlines-service   http://127.0.0.1:8080/deadlines/v1   (8083)   http://127.0.0.1:8080/deadlines/v1/q/swagger-ui
  approvals-service   http://127.0.0.1:8080/approvals/v1   (8084)   http://127.0.0.1:8080/approvals/v1/q/swagger-ui
  OpenAPI documents   .../q/openapi beside each Swagger UI
  health and metrics  management ports only: http://127.0.0.1:9081/q/health/ready, :9081/q/metrics (9081 to 9084)

  Keycloak            http://127.0.0.1:8180  (realm casework; admin console admin / admin)
  Kafka               127.0.0.1:9092         PostgreSQL 127.0.0.1:5432

  Demo logins (password "demo"): north.sw1, north.sw2, north.sp, north.pm, north.tm,
  south.sw1, south.pm, south.tm, senior.manager, head.of.service, iro.one, adoption.tm
  Token:  curl -s -d grant_type=password -d client_id=casework-web -d username=north.sw1 -d password=demo \\
            http://127.0.0.1:8180/realms/casework/protocol/openid-connect/token

  Stop:   scripts/suite.sh stop && scripts/infra.sh stop
INFO
