#!/usr/bin/env bash
# The project's full test command (also what .ci/run runs):
#
#   deploy/local/test.sh [extra maven args]      e.g. deploy/local/test.sh -pl registry-service -am
#
# Starts PostgreSQL and Kafka when they are not running (creating the role, this checkout's
# *_test databases and test<suffix>.* topics either way, see lib.sh), runs `./mvnw -B verify` from the repository
# root with QUARKUS_DATASOURCE_PASSWORD and KAFKA_BOOTSTRAP_SERVERS exported, and on exit
# stops exactly what it started itself. Exits with Maven's status.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG="test"

t0="$(now_ms)"
started_postgres=0
started_kafka=0

# shellcheck disable=SC2317 # called through the EXIT trap
cleanup() {
  local rc=$?
  # Stop only what this run started; a stack started by start.sh (or anyone else) keeps running.
  if ((started_kafka)); then "$LOCAL_DIR/kafka.sh" stop || true; fi
  if ((started_postgres)); then "$LOCAL_DIR/postgres.sh" stop || true; fi
  log "finished with exit code $rc; wall time $(elapsed_since "$t0")"
  exit "$rc"
}
trap cleanup EXIT
# Turn Ctrl-C / kill into a normal exit so the EXIT trap cleans up.
trap 'exit 130' INT
trap 'exit 143' TERM

# What this run starts is what it stops afterwards. postgres.sh and kafka.sh write a marker
# (postgres.started, kafka.pid) when they start something; a marker that appears or changes
# during our call means we started it. Checked even when the start fails half-way, so a
# broker that started but then failed on its topics is still stopped.
marker_of() { cat "$RUN_DIR/$1" 2>/dev/null || true; }
# start_component SCRIPT MARKER FLAG_VARIABLE
start_component() {
  local before rc=0
  before="$(marker_of "$2")"
  "$LOCAL_DIR/$1" start || rc=$?
  if [[ -f "$RUN_DIR/$2" && "$(marker_of "$2")" != "$before" ]]; then
    printf -v "$3" 1
  fi
  return "$rc"
}
start_component postgres.sh postgres.started started_postgres
start_component kafka.sh kafka.pid started_kafka

QUARKUS_DATASOURCE_PASSWORD="$(<"$DB_PASSWORD_FILE")"
export QUARKUS_DATASOURCE_PASSWORD
# This checkout's databases and topics (lib.sh): the services' %test profile and the system tests read it.
export VENSTER_TEST_SUFFIX="$TEST_SUFFIX"
export KAFKA_BOOTSTRAP_SERVERS="${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:9092}"

log "running ./mvnw -B verify $*"
cd "$ROOT"
rc=0
./mvnw -B verify "$@" || rc=$?
exit "$rc"
