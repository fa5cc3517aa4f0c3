# shellcheck shell=bash
# Driving the running local services over their APIs, shared by demo-round.sh and deploy/bench/run.sh.
# Sourced after lib.sh, never executed. Needs curl and jq.

REGISTER=http://127.0.0.1:8081/api/register/v1
VENSTER=http://127.0.0.1:8082/api/venster/v1
RAPPORTAGE=http://127.0.0.1:8083/api/rapportage/v1
FINANCIERS=(gemeenten zorgverzekeraar zorgkantoor)

# call METHOD URL TOKEN [JSON]: prints the body; waits out 429s (the per-client write limit).
call() {
  local method=$1 url=$2 token=$3 body=${4:-} response status
  while true; do
    response="$(curl -s -w '\n%{http_code}' -X "$method" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' ${body:+--data "$body"} "$url")"
    status="${response##*$'\n'}"
    [[ "$status" == 429 ]] || break
    sleep 1
  done
  printf '%s\n' "${response%$'\n'*}"
  [[ "$status" == 2* ]]
}

# ensure_aanspreekpunten TOKEN REGION...: every region gets a bestuurlijk aanspreekpunt per financier,
# contact "Demo <region> <financier>" with subject demo-<region>-<financier> and e-mail address
# demo-<region>-<financier>@demo.venster.local (the local SMTP server accepts any); existing ones are reused.
ensure_aanspreekpunten() {
  local token=$1 region financier subject contact found holder today
  today="$(date -u +%Y-%m-%d)"
  shift
  for region in "$@"; do
    for financier in "${FINANCIERS[@]}"; do
      subject="demo-$region-$financier"
      found="$(call GET "$REGISTER/contactpersonen?naam=Demo%20$region%20$financier" "$token")" ||
        die "could not look up the demo contact of $region/$financier: $found"
      contact="$(jq -r '.[0].id // empty' <<<"$found")"
      if [[ -n "$contact" && -z "$(jq -r '.[0].email // empty' <<<"$found")" ]]; then
        # A contact from before the demo had addresses: give it one, so it receives the round's messages.
        call PUT "$REGISTER/contactpersonen/$contact" "$token" \
          "{\"naam\":\"Demo $region $financier\",\"organisatie\":\"Demo\",\"subject\":\"$subject\",\"email\":\"$subject@demo.venster.local\"}" >/dev/null ||
          die "could not give the demo contact of $region/$financier an address"
      fi
      if [[ -z "$contact" ]]; then
        contact="$(call POST "$REGISTER/contactpersonen" "$token" \
          "{\"naam\":\"Demo $region $financier\",\"organisatie\":\"Demo\",\"subject\":\"$subject\",\"email\":\"$subject@demo.venster.local\"}" | jq -r .id)" ||
          die "could not create the demo contact of $region/$financier"
      fi
      # Already the bestuurlijk aanspreekpunt today: nothing to do.
      holder="$(call GET "$REGISTER/regios/$region/rollen?peildatum=$today&pageSize=100" "$token" |
        jq -r --arg f "$financier" '[.[] | select(.financier == $f and .rol == "bestuurlijk-aanspreekpunt")][0] | "\(.id // "") \(.contactpersoon // "")"')" ||
        die "could not read the roles of $region"
      [[ "${holder#* }" == "$contact" ]] && continue
      if [[ -z "${holder%% *}" ]]; then
        call POST "$REGISTER/regios/$region/rollen" "$token" \
          "{\"contactpersoon\":\"$contact\",\"financier\":\"$financier\",\"rol\":\"bestuurlijk-aanspreekpunt\",\"vanaf\":\"2020-01-01\"}" >/dev/null ||
          die "could not make the demo contact the aanspreekpunt of $region/$financier"
      else
        # Someone else (e.g. the benchmark's contact) holds the role: the demo takes it over from today.
        call POST "$REGISTER/regios/$region/rollen" "$token" \
          "{\"contactpersoon\":\"$contact\",\"financier\":\"$financier\",\"rol\":\"bestuurlijk-aanspreekpunt\",\"vanaf\":\"$today\",\"vervangt\":\"${holder%% *}\"}" >/dev/null ||
          die "could not hand the aanspreekpunt role of $region/$financier over to the demo contact"
      fi
    done
  done
}

# open_round YEAR TOKEN: creates the round of YEAR (opened a minute ago, closing in 30 days) and opens it.
open_round() {
  local year=$1 token=$2 opens closes
  opens="$(date -u -d '-1 minute' +%Y-%m-%dT%H:%M:%SZ)"
  closes="$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)"
  call POST "$VENSTER/rondes" "$token" "{\"jaar\":$year,\"opent\":\"$opens\",\"sluit\":\"$closes\"}" >/dev/null
  call PUT "$VENSTER/rondes/$year/status" "$token" '{"status":"open"}' >/dev/null || true
}
