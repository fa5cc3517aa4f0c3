#!/usr/bin/env bash
# One line per component of the local system: running/stopped, pid, address, and whether
# these scripts started it ("ours") or it was already there ("external").
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$LOCAL_DIR/postgres.sh" status
"$LOCAL_DIR/kafka.sh" status
"$LOCAL_DIR/smtp.sh" status
"$LOCAL_DIR/services.sh" status
