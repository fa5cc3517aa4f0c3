#!/usr/bin/env bash
# Runs Spectral (the OpenAPI linter the API Design Rules are published for), installing the pinned
# version from npm into .local/spectral on first use. Arguments go to spectral as they are, e.g.
#   deploy/local/spectral.sh lint -r openapi/adr/linter.yaml openapi/registry-service.openapi.json
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SPECTRAL_VERSION="6.16.3"
SPECTRAL_DIR="$STATE_DIR/spectral"
SPECTRAL_BIN="$SPECTRAL_DIR/node_modules/.bin/spectral"

if [[ ! -x "$SPECTRAL_BIN" ]] || ! "$SPECTRAL_BIN" --version 2>/dev/null | grep -qx "$SPECTRAL_VERSION"; then
  command -v npm >/dev/null || { echo "spectral.sh: npm is needed (Debian: apt-get install npm)" >&2; exit 1; }
  mkdir -p "$SPECTRAL_DIR"
  npm install --silent --no-audit --no-fund --prefix "$SPECTRAL_DIR" "@stoplight/spectral-cli@$SPECTRAL_VERSION" >&2
fi
exec "$SPECTRAL_BIN" "$@"
