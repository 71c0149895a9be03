# The four services and the port each answers on locally, in the order they start: the one list that
# scripts/suite.sh (which starts them) and scripts/front.sh (which routes /<name without -service>/... to them) read.
# Sourced, not run. Each service's management port is 1000 above its port.
# shellcheck disable=SC2034
CASEWORK_SERVICES=(case-notes-service:8081 visits-service:8082 deadlines-service:8083 approvals-service:8084)
