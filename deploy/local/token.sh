#!/usr/bin/env bash
# Prints a signed RS256 JWT for the local services, e.g.
#   TOKEN=$(deploy/local/token.sh demo-beheerder beheerder)
#   curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8081/api/register/v1/regios
#
#   deploy/local/token.sh <subject> <role> [minutes=60]
#
# role: beheerder | aanspreekpunt | lezer (the groups claim the services read roles from).
# Claims: iss ${JWT_ISSUER:-https://idp.venster.local}, aud ${JWT_AUDIENCE:-venster-api}, sub,
# groups [role], iat, exp, jti. Signed with .local/secrets/jwt-private.pem (keys.sh makes it).
# Only the token goes to stdout.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=token

usage() {
  echo "usage: $0 <subject> <beheerder|aanspreekpunt|lezer> [minutes=60]" >&2
  exit 2
}
[[ $# -ge 2 && $# -le 3 ]] || usage
subject=$1
role=$2
minutes=${3:-60}

case "$role" in
  beheerder | aanspreekpunt | lezer) ;;
  *) die "unknown role '$role': use beheerder, aanspreekpunt or lezer" ;;
esac
[[ "$minutes" =~ ^[1-9][0-9]{0,5}$ ]] || die "minutes must be a positive whole number, got '$minutes'"
[[ -n "$subject" ]] || die "the subject must not be empty"

issuer="${JWT_ISSUER:-https://idp.venster.local}"
audience="${JWT_AUDIENCE:-venster-api}"
PRIVATE_KEY="$SECRETS_DIR/jwt-private.pem"
if [[ ! -s "$PRIVATE_KEY" ]]; then
  "$LOCAL_DIR/keys.sh"
fi

# JSON string literal: escapes backslash and double quote; control characters are refused
# rather than escaped, since no sensible subject, issuer or audience contains them.
json_string() {
  local s=$1
  [[ "$s" != *[[:cntrl:]]* ]] || die "control characters are not allowed in '$s'"
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

# base64url without padding (RFC 7515, section 2).
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

new_uuid() {
  if [[ -r /proc/sys/kernel/random/uuid ]]; then
    cat /proc/sys/kernel/random/uuid
  else
    # Random (version 4) UUID from 16 random bytes.
    local h
    h="$(openssl rand -hex 16)"
    printf '%s-%s-4%s-%x%s-%s\n' "${h:0:8}" "${h:8:4}" "${h:13:3}" $(((16#${h:16:1} & 3) | 8)) "${h:17:3}" "${h:20:12}"
  fi
}

now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
payload="{\"iss\":$(json_string "$issuer"),\"aud\":$(json_string "$audience"),\"sub\":$(json_string "$subject"),\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$((now + minutes * 60)),\"jti\":\"$(new_uuid)\"}"

signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$PRIVATE_KEY" -binary | b64url)"
printf '%s.%s\n' "$signing_input" "$signature"
