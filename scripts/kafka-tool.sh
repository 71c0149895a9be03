#!/usr/bin/env bash
#
# Run any Kafka tool class with the Kafka jars that scripts/infra.sh caches, e.g.
#
#   scripts/kafka-tool.sh org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --list
#   scripts/kafka-tool.sh org.apache.kafka.tools.consumer.ConsoleConsumer \
#       --bootstrap-server 127.0.0.1:9092 --topic casework.visits.dlq --from-beginning \
#       --property print.key=true --property print.headers=true
#   scripts/kafka-tool.sh org.apache.kafka.tools.ProducerPerformance --topic perf.test \
#       --num-records 100000 --record-size 512 --throughput -1 \
#       --producer-props bootstrap.servers=127.0.0.1:9092 acks=all
#
# There is no Kafka distribution (and so no kafka-*.sh) on these machines: this wrapper
# stands in for them. Environment:
#   KAFKA_TOOL_LOG_LEVEL   slf4j-simple level of the tool's own logging (default warn, so
#                          that stdout and stderr carry the tool's output, not client chatter)
#   KAFKA_TOOL_JAVA_OPTS   extra JVM options (default: -Xmx512m)
#
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
CACHE_DIR="${CASEWORK_CACHE:-$HOME/.cache/casework}"
# same version as the broker: both come from scripts/kafka/pom.xml
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$SCRIPT_DIR/kafka/pom.xml")
KAFKA_LIB="$CACHE_DIR/kafka-$KAFKA_VERSION/lib"

if (($# == 0)); then
  # the examples at the top of this file
  sed -n '3,/^# There/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
fi

# a no-op when the cached jars match scripts/kafka/pom.xml; downloads them otherwise
"$SCRIPT_DIR/infra.sh" fetch kafka >&2

# --classpath DIR puts the project's own tool classes (e.g. the dead-letter replay) before Kafka's jars.
extra=""
if [[ ${1:-} == --classpath ]]; then
  extra="$2:"
  shift 2
fi

# KAFKA_TOOL_JAVA_OPTS is split into words on purpose: it holds several options
# shellcheck disable=SC2086
exec java ${KAFKA_TOOL_JAVA_OPTS:--Xmx512m} \
  -Dorg.slf4j.simpleLogger.defaultLogLevel="${KAFKA_TOOL_LOG_LEVEL:-warn}" \
  -cp "$extra$KAFKA_LIB/*" "$@"
