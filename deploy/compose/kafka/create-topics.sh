#!/bin/sh
# Creates every topic of topics.conf ("name partitions [key=value,...]") and brings the configs of existing topics
# in line, like deploy/local/kafka.sh (without the test. copies: compose is not used by the test suite).
# Partitions are only ever increased by hand: Kafka cannot reduce them, and more would move keys between partitions.
set -eu
KT=${KAFKA_BIN:-/opt/kafka/bin}/kafka-topics.sh
KC=${KAFKA_BIN:-/opt/kafka/bin}/kafka-configs.sh
: "${BOOTSTRAP:?}" "${REPLICATION_FACTOR:=1}"
existing=$($KT --bootstrap-server "$BOOTSTRAP" --list)
grep -v '^[[:space:]]*\(#\|$\)' "${TOPICS_CONF:-/opt/venster/topics.conf}" | while read -r name partitions configs; do
  if printf '%s\n' "$existing" | grep -qx "$name"; then
    echo "topic $name exists"
  else
    set -- --create --topic "$name" --partitions "$partitions" --replication-factor "$REPLICATION_FACTOR"
    for c in $(printf '%s' "${configs:-}" | tr ',' ' '); do set -- "$@" --config "$c"; done
    $KT --bootstrap-server "$BOOTSTRAP" "$@"
  fi
  if [ -n "${configs:-}" ]; then
    $KC --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics --entity-name "$name" --add-config "$configs"
  fi
done
echo "topics ready"
