#!/usr/bin/env bash
# Plays one Venster round through the running local system (deploy/local/start.sh first):
#
#   deploy/local/demo-round.sh [year]        (default: the current year)
#
# Every seeded region gets a bestuurlijk aanspreekpunt per financier in the registry, the
# venster-service opens a round for the year, each aanspreekpunt submits its answers with its own
# token (scores from a fixed pattern, so every status of DESIGN.md §4 occurs and a few regions
# stay incomplete), a few regions record follow-ups, the round is closed, and the reporting
# overview is printed once it covers every region. Contacts are reused when the script runs again;
# a year whose round already exists is refused by the venster-service.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=demo

command -v jq >/dev/null || die "jq is needed (apt-get install -y jq)"
YEAR="${1:-$(date -u +%Y)}"
REGISTER=http://127.0.0.1:8081/api/register/v1
VENSTER=http://127.0.0.1:8082/api/venster/v1
RAPPORTAGE=http://127.0.0.1:8083/api/rapportage/v1
FINANCIERS=(gemeenten zorgverzekeraar zorgkantoor)
BEHEERDER="$("$LOCAL_DIR/token.sh" demo-beheerder beheerder)"

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

# A deterministic score pattern per region: most regions agree, some diverge or are unhappy.
score() {
  local region_index=$1 financier_index=$2 question_index=$3
  case $((region_index % 7)) in
    0 | 1 | 2) echo $((7 + (region_index + question_index) % 2)) ;;               # in-orde
    3) echo $((financier_index == 1 ? 4 : 8)) ;;                                  # verschil (mixed)
    4) echo $((5 - (financier_index + question_index) % 2)) ;;                    # ontevreden
    5) echo $((question_index == 0 ? 6 + financier_index * 2 : 7)) ;;              # verschil (spread)
    *) echo 7 ;;                                                                  # incomplete below
  esac
}

mapfile -t REGIONS < <(call GET "$REGISTER/regios?pageSize=100" "$BEHEERDER" | jq -r '.[].code' | sort)
log "${#REGIONS[@]} regions in the registry"

log "giving every region and financier a bestuurlijk aanspreekpunt"
for region in "${REGIONS[@]}"; do
  for financier in "${FINANCIERS[@]}"; do
    subject="demo-$region-$financier"
    contact="$(call GET "$REGISTER/contactpersonen?naam=Demo%20$region%20$financier" "$BEHEERDER" | jq -r '.[0].id // empty')"
    if [[ -z "$contact" ]]; then
      contact="$(call POST "$REGISTER/contactpersonen" "$BEHEERDER" \
        "{\"naam\":\"Demo $region $financier\",\"organisatie\":\"Demo\",\"subject\":\"$subject\"}" | jq -r .id)"
      call POST "$REGISTER/regios/$region/rollen" "$BEHEERDER" \
        "{\"contactpersoon\":\"$contact\",\"financier\":\"$financier\",\"rol\":\"bestuurlijk-aanspreekpunt\",\"vanaf\":\"2020-01-01\"}" >/dev/null
    fi
  done
done

log "opening round $YEAR"
opens="$(date -u -d '-1 minute' +%Y-%m-%dT%H:%M:%SZ)"
closes="$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)"
call POST "$VENSTER/rondes" "$BEHEERDER" "{\"jaar\":$YEAR,\"opent\":\"$opens\",\"sluit\":\"$closes\"}" >/dev/null
call PUT "$VENSTER/rondes/$YEAR/status" "$BEHEERDER" '{"status":"open"}' >/dev/null || true
mapfile -t QUESTIONS < <(call GET "$VENSTER/rondes/$YEAR" "$BEHEERDER" | jq -r '.vragen[].code')

log "submitting answers"
submitted=0
for i in "${!REGIONS[@]}"; do
  region="${REGIONS[i]}"
  for f in "${!FINANCIERS[@]}"; do
    financier="${FINANCIERS[f]}"
    # Every seventh region leaves two financiers silent: niet-ingevuld once the round closes.
    if ((i % 7 == 6 && f > 0)); then continue; fi
    answers="$(for q in "${!QUESTIONS[@]}"; do
      printf '{"vraag":"%s","score":%s}\n' "${QUESTIONS[q]}" "$(score "$i" "$f" "$q")"
    done | jq -sc '{antwoorden: .}')"
    token="$("$LOCAL_DIR/token.sh" "demo-$region-$financier" aanspreekpunt)"
    # The venster-service learns the new roles from the registry's events: retry until it has.
    for attempt in $(seq 1 60); do
      if call PUT "$VENSTER/rondes/$YEAR/regios/$region/antwoorden/$financier" "$token" "$answers" >/dev/null; then
        submitted=$((submitted + 1))
        break
      fi
      ((attempt < 60)) || die "answer for $region/$financier refused"
      sleep 0.5
    done
  done
done
log "$submitted answer sets submitted"

log "recording follow-ups"
call POST "$VENSTER/rondes/$YEAR/regios/${REGIONS[3]}/opvolgingen" "$BEHEERDER" \
  '{"soort":"hulpvraag-vng-zn","toelichting":"De regio vraagt VNG/ZN om hulp bij de verschillen."}' >/dev/null
call POST "$VENSTER/rondes/$YEAR/regios/${REGIONS[4]}/opvolgingen" "$BEHEERDER" \
  '{"soort":"geagendeerd-vws","toelichting":"Stelselvraagstuk geagendeerd bij VWS."}' >/dev/null
call POST "$VENSTER/rondes/$YEAR/regios/${REGIONS[10]}/opvolgingen" "$BEHEERDER" \
  '{"soort":"afgerond","toelichting":"Verschillen besproken en opgelost."}' >/dev/null

log "closing round $YEAR"
call PUT "$VENSTER/rondes/$YEAR/status" "$BEHEERDER" '{"status":"gesloten"}' >/dev/null

log "waiting for the reporting model"
for _ in $(seq 1 120); do
  overview="$(call GET "$RAPPORTAGE/rondes/$YEAR/overzicht" "$BEHEERDER" 2>/dev/null || true)"
  if [[ -n "$overview" ]] && jq -e --argjson n "${#REGIONS[@]}" \
    '.rondeStatus == "gesloten" and .aantalRegios == $n and .perStatus.onvolledig == 0
      and .perEscalatie["vng-zn"] >= 1 and .perEscalatie.vws >= 1 and .perEscalatie.afgerond >= 1' >/dev/null 2>&1 <<<"$overview"; then
    jq . <<<"$overview"
    log "regions: $RAPPORTAGE/rondes/$YEAR/regios (Accept: text/csv for CSV)"
    exit 0
  fi
  sleep 1
done
die "the reporting overview did not cover all regions in time"
