#!/usr/bin/env bash
# Plays one Venster round through the running local system (deploy/local/start.sh first):
#
#   deploy/local/demo-round.sh [year]        (default: the current year)
#
# Every seeded region gets a bestuurlijk aanspreekpunt per financier in the registry, the
# venster-service opens a round for the year, each aanspreekpunt submits its answers with its own
# token (scores from a fixed pattern, so every status of DESIGN.md §4 occurs and a few regions
# stay incomplete), a few regions record follow-ups, the round is closed, the reporting
# overview is printed once it covers every region, and the round is published: the script ends
# with the URL of its public page and the messages the demo mailbox received. demo-agenda.sh first
# gives two regions a samenwerkingsagenda; Drenthe's follow-up names an afspraak of it. Contacts are reused when the script runs again;
# a year whose round already exists is refused by the venster-service.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=api.sh
source "$LOCAL_DIR/api.sh"
LOG_TAG=demo

command -v jq >/dev/null || die "jq is needed (apt-get install -y jq)"
YEAR="${1:-$(date -u +%Y)}"
BEHEERDER="$("$LOCAL_DIR/token.sh" demo-beheerder beheerder)"

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

# How many messages the venster-service recorded for the round and the local mailbox received, and where to read them.
message_count() {
  curl -s -o /dev/null -D - -H "Authorization: Bearer $BEHEERDER" "$VENSTER/rondes/$YEAR/berichten?pageSize=1&$1" |
    tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}'
}
show_messages() {
  local reden summary=""
  for _ in $(seq 1 60); do
    [[ "$(message_count status=wachtend)" == 0 ]] && break
    sleep 1
  done
  for reden in uitnodiging herinnering bevestiging ontzegeling; do
    summary+=" $reden $(message_count "reden=$reden"),"
  done
  log "messages of round $YEAR:${summary%,}; sent $(message_count status=verzonden), not reachable $(message_count status=niet-bereikbaar)"
  log "  every message: $VENSTER/rondes/$YEAR/berichten (beheerder; Accept: text/csv for CSV)"
  if port_open 127.0.0.1 8025; then
    log "the demo mailbox (GreenMail) received $("$LOCAL_DIR/smtp.sh" count) messages; read them at http://127.0.0.1:8025/api/user"
    log "  one mailbox: curl http://127.0.0.1:8025/api/user/demo-${REGIONS[0]}-gemeenten@demo.venster.local/messages/INBOX"
    log "  or with a mail client over IMAP at 127.0.0.1:3143 (user and password: the address)"
  else
    log "no local SMTP server (deploy/local/smtp.sh start): the messages wait in the venster-service until one answers"
  fi
}

mapfile -t REGIONS < <(call GET "$REGISTER/regios?pageSize=100" "$BEHEERDER" | jq -r '.[].code' | sort)
log "${#REGIONS[@]} regions in the registry"

log "giving every region and financier a bestuurlijk aanspreekpunt"
ensure_aanspreekpunten "$BEHEERDER" "${REGIONS[@]}"

log "samenwerkingsagenda's for two regions"
"$LOCAL_DIR/demo-agenda.sh"

log "opening round $YEAR"
open_round "$YEAR" "$BEHEERDER"
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
# The ladder is climbed in order: VWS only after the region's hulpvraag in this round.
call POST "$VENSTER/rondes/$YEAR/regios/${REGIONS[4]}/opvolgingen" "$BEHEERDER" \
  '{"soort":"hulpvraag-vng-zn","toelichting":"De regio vraagt VNG/ZN om hulp bij een stelselvraagstuk."}' >/dev/null
call POST "$VENSTER/rondes/$YEAR/regios/${REGIONS[4]}/opvolgingen" "$BEHEERDER" \
  '{"soort":"geagendeerd-vws","toelichting":"Stelselvraagstuk geagendeerd bij VWS."}' >/dev/null
call POST "$VENSTER/rondes/$YEAR/regios/${REGIONS[10]}/opvolgingen" "$BEHEERDER" \
  '{"soort":"afgerond","toelichting":"Verschillen besproken en opgelost."}' >/dev/null

# Drenthe's follow-up names the afspraak of its agenda in force (the venster-service learns it from the events).
afspraak="$(call GET "$REGISTER/regios/ZK06/agendas?vanKrachtOp=$(date -u +%F)" "$BEHEERDER" | jq -r '.[0].id // empty')"
if [[ -n "$afspraak" ]]; then
  afspraak="$(call GET "$REGISTER/agendas/$afspraak/afspraken?thema=ggz" "$BEHEERDER" | jq -r '.[0].id // empty')"
fi
if [[ -n "$afspraak" ]]; then
  for attempt in $(seq 1 60); do
    call POST "$VENSTER/rondes/$YEAR/regios/ZK06/opvolgingen" "$BEHEERDER" \
      "{\"soort\":\"actie-afgesproken\",\"toelichting\":\"De verschillen over de GGZ-keten leiden tot een afspraak op de agenda.\",\"afspraak\":\"$afspraak\"}" \
      >/dev/null && break
    ((attempt < 60)) || die "follow-up with afspraak refused"
    sleep 0.5
  done
fi

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
    log "publishing round $YEAR"
    call PUT "$VENSTER/rondes/$YEAR/status" "$BEHEERDER" '{"status":"gepubliceerd"}' >/dev/null
    openbaar="${RAPPORTAGE%/api/rapportage/v1}/openbaar/rondes/$YEAR"
    for _ in $(seq 1 60); do
      if curl -fsS -o /dev/null "$openbaar"; then
        log "public pages (no token): $openbaar"
        show_messages
        exit 0
      fi
      sleep 1
    done
    die "the published round did not appear at $openbaar in time"
  fi
  sleep 1
done
die "the reporting overview did not cover all regions in time"
