#!/usr/bin/env bash
#
# Replays a service's dead letters to the topics they came from, once the cause is fixed.
#
#   scripts/dlq-replay.sh casework.visits.dlq --dry-run   list them with their reasons
#   scripts/dlq-replay.sh casework.visits.dlq             replay each one once
#
# KAFKA_BOOTSTRAP_SERVERS overrides the broker (default 127.0.0.1:9092). Needs a build of casework-backbone.
set -euo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd "$SCRIPT_DIR/.." && pwd -P)
[[ $# -ge 1 ]] || { sed -n '3,9p' "$0"; exit 2; }
classes="$REPO_ROOT/casework-backbone/target/classes"
[[ -d $classes ]] || { echo "build casework-backbone first: ./mvnw -pl casework-backbone install -DskipTests" >&2; exit 1; }
exec "$SCRIPT_DIR/kafka-tool.sh" --classpath "$classes" io.casework.backbone.tools.DeadLetterReplay \
  "${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}" "$@"
