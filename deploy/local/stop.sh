#!/usr/bin/env bash
# Stops what deploy/local/start.sh started, in reverse order: services, SMTP, Kafka, PostgreSQL.
# Each step stops only processes these scripts started (by recorded pid or marker); a
# PostgreSQL or Kafka that was already running before is left alone.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=stop

# Go on after a failing step, so one problem does not leave the rest running.
rc=0
"$LOCAL_DIR/services.sh" stop || rc=1
"$LOCAL_DIR/smtp.sh" stop || rc=1
"$LOCAL_DIR/kafka.sh" stop || rc=1
"$LOCAL_DIR/postgres.sh" stop || rc=1
exit "$rc"
