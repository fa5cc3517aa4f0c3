#!/usr/bin/env bash
# Generates, once, the RSA key pair that signs local JWTs (token.sh) and that the services
# verify them with (MP_JWT_VERIFY_PUBLICKEY_LOCATION, set by services.sh):
#   .local/secrets/jwt-private.pem   PKCS#8, mode 600, never leaves this machine
#   .local/secrets/jwt-public.pem    X.509 SubjectPublicKeyInfo
# Re-running keeps the existing pair: tokens already minted stay valid.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=keys

PRIVATE_KEY="$SECRETS_DIR/jwt-private.pem"
PUBLIC_KEY="$SECRETS_DIR/jwt-public.pem"

if [[ ! -s "$PRIVATE_KEY" ]]; then
  # umask 077: the private key is never readable by others, not even for a moment.
  (
    umask 077
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$PRIVATE_KEY.tmp" 2>/dev/null
    mv "$PRIVATE_KEY.tmp" "$PRIVATE_KEY"
  )
  rm -f "$PUBLIC_KEY" # a public key of an earlier pair would no longer match
  log "generated an RSA 2048 key pair in ${SECRETS_DIR#"$ROOT"/}"
fi
chmod 600 "$PRIVATE_KEY"
if [[ ! -s "$PUBLIC_KEY" ]]; then
  openssl pkey -in "$PRIVATE_KEY" -pubout -out "$PUBLIC_KEY.tmp"
  mv "$PUBLIC_KEY.tmp" "$PUBLIC_KEY"
fi
chmod 644 "$PUBLIC_KEY"
log "JWT keys: ${PRIVATE_KEY#"$ROOT"/} and ${PUBLIC_KEY#"$ROOT"/}"
