#!/usr/bin/env bash
# Seeds a realistic samenwerkingsagenda (DESIGN.md §7) for two regions in the running local system
# (deploy/local/start.sh first); demo-round.sh calls it, it can also run on its own:
#
#   deploy/local/demo-agenda.sh
#
# ZK06 Drenthe: a werkagenda 2019–2021 shaped like the Werkagenda Drents Zorglandschap (themes ouderen,
# ggz as a sluitende GGZ-keten and preventie; the provincie and an independent procesbegeleider as involved
# parties), adopted by the portefeuillehoudersoverleg and closed at its end, followed by a samenwerkingsagenda
# 2022–2026 that is in force now. ZK19 Noordoost-Brabant: a samenwerkingsagenda 2024–2027 in force now.
# Each afspraak has a trekker (a contact with the trekker role in the region) and progress entries. An
# agenda whose title already exists in the region is left alone, so the script can run again.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=api.sh
source "$LOCAL_DIR/api.sh"
LOG_TAG=agenda

command -v jq >/dev/null || die "jq is needed (apt-get install -y jq)"
BEHEERDER="$("$LOCAL_DIR/token.sh" demo-beheerder beheerder)"

# conditional METHOD URL ETAG JSON: a change with If-Match; prints the body, fails on a non-2xx status.
conditional() {
  local method=$1 url=$2 etag=$3 body=$4 response status
  while true; do
    response="$(curl -s -w '\n%{http_code}' -X "$method" -H "Authorization: Bearer $BEHEERDER" \
      -H 'Content-Type: application/json' -H "If-Match: $etag" --data "$body" "$url")"
    status="${response##*$'\n'}"
    [[ "$status" == 429 ]] || break
    sleep 1
  done
  printf '%s\n' "${response%$'\n'*}"
  [[ "$status" == 2* ]]
}

etag() { printf '"%s"' "$(jq -r .versie <<<"$1")"; }

# trekker REGION THEMA NAAM: the id of the region's trekker for a theme, created with the role when missing.
trekker() {
  local region=$1 thema=$2 naam=$3 contact
  contact="$(call GET "$REGISTER/contactpersonen?naam=$(jq -rn --arg n "$naam" '$n|@uri')" "$BEHEERDER" | jq -r '.[0].id // empty')"
  if [[ -z "$contact" ]]; then
    contact="$(call POST "$REGISTER/contactpersonen" "$BEHEERDER" \
      "$(jq -nc --arg n "$naam" --arg s "demo-trekker-$region-$thema" '{naam: $n, organisatie: "Demo", subject: $s}')" | jq -r .id)"
    call POST "$REGISTER/regios/$region/rollen" "$BEHEERDER" \
      "{\"contactpersoon\":\"$contact\",\"financier\":\"gemeenten\",\"rol\":\"trekker\",\"thema\":\"$thema\",\"vanaf\":\"2020-01-01\"}" >/dev/null
  fi
  echo "$contact"
}

# agenda REGION JSON: creates the agenda unless one with its title exists; prints the agenda or nothing.
agenda() {
  local region=$1 body=$2 titel
  titel="$(jq -r .titel <<<"$body")"
  if call GET "$REGISTER/regios/$region/agendas?pageSize=100" "$BEHEERDER" | jq -e --arg t "$titel" 'any(.[]; .titel == $t)' >/dev/null; then
    log "$region: \"$titel\" already exists"
    return 0
  fi
  call POST "$REGISTER/regios/$region/agendas" "$BEHEERDER" "$body"
}

# afspraak AGENDA THEMA TREKKER OMSCHRIJVING START EINDE [VOORTGANG-JSON...]: adds it, then its progress entries.
afspraak() {
  local agenda_id=$1 thema=$2 trekker_id=$3 omschrijving=$4 start=$5 einde=$6 created entry
  shift 6
  created="$(call POST "$REGISTER/agendas/$agenda_id/afspraken" "$BEHEERDER" "$(jq -nc --arg t "$thema" --arg o "$omschrijving" \
    --arg k "$trekker_id" --arg s "$start" --arg e "$einde" \
    '{thema: $t, omschrijving: $o, trekker: $k, financiers: ["gemeenten", "zorgverzekeraar", "zorgkantoor"], geplandeStart: $s, geplandEinde: $e}')")"
  for entry in "$@"; do
    created="$(conditional POST "$REGISTER/afspraken/$(jq -r .id <<<"$created")/voortgang" "$(etag "$created")" "$entry" >/dev/null \
      && call GET "$REGISTER/afspraken/$(jq -r .id <<<"$created")" "$BEHEERDER")"
  done
}

# vaststellen AGENDA-ID DATUM DOOR [AFGELOPEN-OP]
vaststellen() {
  local id=$1 datum=$2 door=$3 afgelopen=${4:-} current
  current="$(call GET "$REGISTER/agendas/$id" "$BEHEERDER")"
  current="$(conditional POST "$REGISTER/agendas/$id/vaststelling" "$(etag "$current")" \
    "$(jq -nc --arg d "$datum" --arg w "$door" '{vastgesteldOp: $d, vastgesteldDoor: $w}')")"
  if [[ -n "$afgelopen" ]]; then
    conditional POST "$REGISTER/agendas/$id/beeindiging" "$(etag "$current")" "{\"afgelopenOp\":\"$afgelopen\"}" >/dev/null
  fi
}

DOEL='{omschrijving: $o, indicator: $i, nulwaarde: $n, streefwaarde: $s, streefdatum: $d}'
doel() { jq -nc --arg o "$1" --arg i "$2" --arg n "$3" --arg s "$4" --arg d "$5" "$DOEL"; }

PARTIJEN_DRENTHE='[{"naam":"Provincie Drenthe","soort":"provincie","rol":"partner: regionale ontwikkeling en bereikbaarheid van zorg"},
  {"naam":"Onafhankelijk procesbegeleider Drents Zorglandschap","soort":"procesbegeleider","rol":"onafhankelijk procesbegeleider van het bestuurlijk overleg"},
  {"naam":"Zorgaanbieders in Drenthe (ziekenhuizen, GGZ Drenthe, VVT)","soort":"aanbieder","rol":"uitvoering van de afspraken"},
  {"naam":"Huisartsen Drenthe","soort":"aanbieder","rol":"eerstelijnszorg en wijkverbinding"}]'

log "ZK06 Drenthe: trekkers"
T_OUDEREN="$(trekker ZK06 ouderen "Demo trekker Drenthe ouderenzorg")"
T_GGZ="$(trekker ZK06 ggz "Demo trekker Drenthe GGZ-keten")"
T_PREVENTIE="$(trekker ZK06 preventie "Demo trekker Drenthe preventie")"

log "ZK06 Drenthe: Werkagenda Drents Zorglandschap 2019–2021"
WERKAGENDA="$(jq -nc --argjson p "$PARTIJEN_DRENTHE" \
  --argjson d1 "$(doel "Minder onnodige ziekenhuisopnames van kwetsbare ouderen" "opnames 75-plussers per 1.000 inwoners van 75+" "48" "42" 2021-12-31)" \
  --argjson d2 "$(doel "Geen wachttijd boven de treeknorm in de GGZ" "aandeel cliënten met wachttijd boven de treeknorm" "31%" "10%" 2021-12-31)" \
  --argjson d3 "$(doel "Minder overgewicht bij jongeren" "aandeel 12–18-jarigen met overgewicht" "15%" "12%" 2021-12-31)" \
  '{titel: "Werkagenda Drents Zorglandschap 2019–2021", looptijdVanaf: "2019-01-01", looptijdTot: "2022-01-01",
    gedeeldeAmbitie: "Goede, betaalbare en bereikbare zorg en ondersteuning voor alle inwoners van Drenthe, dichtbij waar het kan en in samenhang tussen gemeenten, zorgverzekeraar en zorgkantoor.",
    betrokkenPartijen: $p,
    themas: [
      {thema: "ouderen", opgave: "Drenthe vergrijst sneller dan gemiddeld; de druk op mantelzorgers en op de verpleeghuiszorg neemt toe.",
       doelen: [$d1], knelpunten: ["Onvoldoende afstemming tussen wijkverpleging en Wmo-ondersteuning", "Tekort aan tijdelijke opvangplekken"],
       oplossingsrichtingen: ["Eén regionaal loket voor eerstelijnsverblijf", "Gezamenlijke inkoop van respijtzorg"]},
      {thema: "ggz", opgave: "Een sluitende GGZ-keten: van preventie en lichte ondersteuning in de wijk tot specialistische zorg, zonder wachtlijsten en zonder mensen die tussen wal en schip vallen.",
       doelen: [$d2], knelpunten: ["Lange wachttijden in de specialistische GGZ", "Personen met verward gedrag zonder passende plek"],
       oplossingsrichtingen: ["Regionale regietafel GGZ", "Wijk-GGD’er en meldpunt verward gedrag"]},
      {thema: "preventie", opgave: "Gezondheidsverschillen tussen Drentse gemeenten verkleinen.",
       doelen: [$d3], knelpunten: ["Versnipperde preventieprogramma’s"], oplossingsrichtingen: ["Eén regionaal preventieakkoord"]}]}')"
created="$(agenda ZK06 "$WERKAGENDA")"
if [[ -n "$created" ]]; then
  id="$(jq -r .id <<<"$created")"
  afspraak "$id" ouderen "$T_OUDEREN" "Regionaal coördinatiepunt eerstelijnsverblijf" 2020-01-01 2021-06-30 \
    '{"datum":"2020-03-01","toelichting":"Coördinatiepunt ingericht bij de huisartsenpost","status":"loopt"}' \
    '{"datum":"2021-06-30","toelichting":"Coördinatiepunt structureel belegd","status":"afgerond"}'
  afspraak "$id" ggz "$T_GGZ" "Sluitende aanpak personen met verward gedrag" 2020-01-01 2021-12-31 \
    '{"datum":"2020-09-01","toelichting":"Vertraagd door corona; meldpunt werkt wel","status":"vertraagd"}' \
    '{"datum":"2021-12-31","toelichting":"Aanpak vastgesteld in alle twaalf gemeenten","status":"afgerond"}'
  afspraak "$id" preventie "$T_PREVENTIE" "Regionaal preventieakkoord" 2020-01-01 2021-12-31 \
    '{"datum":"2021-03-01","toelichting":"Gestopt: opgegaan in het landelijke Gezond en Actief Leven Akkoord","status":"gestopt"}'
  vaststellen "$id" 2019-12-17 "Portefeuillehoudersoverleg G&W Drenthe, 17-12-2019" 2022-01-01
fi

log "ZK06 Drenthe: Samenwerkingsagenda Drenthe 2022–2026"
VERVOLG="$(jq -nc --argjson p "$PARTIJEN_DRENTHE" \
  --argjson d1 "$(doel "Tussen 2022 en 2026 zetten wij in op 20% minder onnodige opnames van kwetsbare ouderen" "opnames 75-plussers per 1.000 inwoners van 75+" "44" "35" 2026-12-31)" \
  --argjson d2 "$(doel "Iedereen met een GGZ-hulpvraag binnen vier weken geholpen" "aandeel binnen vier weken geholpen" "62%" "90%" 2026-12-31)" \
  '{titel: "Samenwerkingsagenda Drenthe 2022–2026", looptijdVanaf: "2022-01-01", looptijdTot: "2027-01-01",
    gedeeldeAmbitie: "Voortbouwen op de werkagenda: de juiste zorg op de juiste plek, ook in de dunbevolkte delen van Drenthe.",
    betrokkenPartijen: $p,
    themas: [
      {thema: "ouderen", opgave: "Langer thuis wonen vraagt meer wijkgerichte zorg en woonvormen tussen thuis en verpleeghuis.",
       doelen: [$d1], knelpunten: ["Personeelstekort in de wijkverpleging"], oplossingsrichtingen: ["Gezamenlijke arbeidsmarktaanpak"]},
      {thema: "ggz", opgave: "De sluitende GGZ-keten uitbouwen naar jeugd.", doelen: [$d2],
       knelpunten: ["Wachttijden jeugd-GGZ"], oplossingsrichtingen: ["Praktijkondersteuner jeugd bij elke huisarts"]},
      {thema: "preventie", opgave: "Preventie als vast onderdeel van elke afspraak.", doelen: [], knelpunten: [], oplossingsrichtingen: []}]}')"
created="$(agenda ZK06 "$VERVOLG")"
if [[ -n "$created" ]]; then
  id="$(jq -r .id <<<"$created")"
  afspraak "$id" ouderen "$T_OUDEREN" "Geclusterde woonvormen voor ouderen in elke gemeente" 2022-03-01 2026-12-31 \
    '{"datum":"2023-01-15","toelichting":"Vijf gemeenten hebben een locatie","status":"loopt"}'
  afspraak "$id" ggz "$T_GGZ" "Praktijkondersteuner jeugd-GGZ bij alle huisartsen" 2022-06-01 2025-12-31 \
    '{"datum":"2024-02-01","toelichting":"Financiering jeugd nog niet rond","status":"vertraagd"}'
  afspraak "$id" preventie "$T_PREVENTIE" "Valpreventie voor thuiswonende ouderen" 2023-01-01 2026-12-31
  vaststellen "$id" 2022-02-15 "Portefeuillehoudersoverleg G&W Drenthe, 15-02-2022"
fi

log "ZK19 Noordoost-Brabant: samenwerkingsagenda 2024–2027"
T_NOB_OUDEREN="$(trekker ZK19 ouderen "Demo trekker Noordoost-Brabant ouderen")"
T_NOB_GGZ="$(trekker ZK19 ggz "Demo trekker Noordoost-Brabant GGZ")"
NOB="$(jq -nc \
  --argjson d1 "$(doel "Mantelzorgers van mensen met dementie overbelast: minder" "aandeel overbelaste mantelzorgers (GGD-monitor)" "18%" "12%" 2027-12-31)" \
  '{titel: "Samenwerkingsagenda Noordoost-Brabant 2024–2027", looptijdVanaf: "2024-01-01", looptijdTot: "2028-01-01",
    gedeeldeAmbitie: "Samen werken aan een gezonde regio waarin inwoners zo lang mogelijk zelfstandig en naar eigen wens leven.",
    betrokkenPartijen: [{naam: "Provincie Noord-Brabant", soort: "provincie", rol: "partner sociaal domein"},
                        {naam: "Zorgbelang Brabant", soort: "patientenorganisatie", rol: "stem van de inwoner"}],
    themas: [
      {thema: "ouderen", opgave: "Het aantal mensen met dementie verdubbelt tot 2040.", doelen: [$d1],
       knelpunten: ["Versnipperde casemanagement dementie"], oplossingsrichtingen: ["Regionaal netwerk dementie"]},
      {thema: "ggz", opgave: "Passende plek voor mensen met een ernstige psychiatrische aandoening in de wijk.", doelen: [],
       knelpunten: ["Te weinig beschermd-wonenplekken"], oplossingsrichtingen: ["Regionale woonzorgvisie"]},
      {thema: "preventie", opgave: "Gezond opgroeien.", doelen: [], knelpunten: [], oplossingsrichtingen: []}]}')"
created="$(agenda ZK19 "$NOB")"
if [[ -n "$created" ]]; then
  id="$(jq -r .id <<<"$created")"
  afspraak "$id" ouderen "$T_NOB_OUDEREN" "Regionaal netwerk dementie met één casemanager per cliënt" 2024-01-01 2025-12-31 \
    '{"datum":"2024-06-01","toelichting":"Netwerk opgericht; financiering casemanagement afgestemd","status":"loopt"}'
  afspraak "$id" ggz "$T_NOB_GGZ" "Regionale woonzorgvisie GGZ" 2024-03-01 2025-06-30
  vaststellen "$id" 2024-01-25 "Regionaal bestuurlijk overleg zorg en welzijn Noordoost-Brabant, 25-01-2024"
fi

log "agendas: $REGISTER/regios/ZK06/agendas and $REGISTER/regios/ZK19/agendas"
