package nl.venster.rapportage.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.venster.conventions.events.CloudEvent;
import nl.venster.conventions.vocabulary.AgendaGeldigheid;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.conventions.vocabulary.Schaal;
import nl.venster.rapportage.domain.AgendaFeit;
import nl.venster.rapportage.domain.AntwoordScore;
import nl.venster.rapportage.domain.RondeRegio;
import nl.venster.rapportage.domain.Lidmaatschap;
import nl.venster.rapportage.domain.Vraag;
import nl.venster.rapportage.service.Gebeurtenis;

/**
 * Turns a record of a consumed topic into a {@link Gebeurtenis}, checking it against the contract in
 * openapi/asyncapi.yaml: CloudEvent envelope, the type expected on the topic, the record key matching the
 * aggregate, required fields, enumerations and bounds. Anything else is refused with a reason.
 */
@ApplicationScoped
public class GebeurtenisParser {

    static final String REGIO_GEWIJZIGD = "nl.venster.register.regio.gewijzigd";
    static final String AGENDA_GEWIJZIGD = "nl.venster.register.agenda.gewijzigd";
    static final String AGENDA_VERWIJDERD = "nl.venster.register.agenda.verwijderd";
    static final String RONDE_GEWIJZIGD = "nl.venster.ronde.gewijzigd";
    static final String ANTWOORDSET_INGEDIEND = "nl.venster.antwoordset.ingediend";
    static final String OPVOLGING_VASTGELEGD = "nl.venster.opvolging.vastgelegd";

    private static final Pattern REGIO_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,19}$");
    private static final Pattern ZORGKANTOORREGIO = Pattern.compile("^ZK[0-9]{2}$");
    private static final Pattern VRAAG_CODE = Pattern.compile("^[a-z][a-z0-9-]{0,39}$");
    private static final Pattern THEMA = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    private static final int MAX_VRAGEN = 20;
    private static final int MAX_REGIOS = 2000;
    private static final int MAX_GEMEENTEN = 1000;
    private static final int MAX_THEMAS = 20;
    private static final int MAX_DOELEN = 30;
    private static final int MAX_AFSPRAKEN = 2000;
    private static final Pattern GEMEENTECODE = Pattern.compile("^GM[0-9]{4}$");
    private static final int MAX_LEDEN = 2000;

    private final ObjectMapper mapper;

    public GebeurtenisParser(ObjectMapper objectMapper) {
        // Producers may add CloudEvent extension attributes; those must not make an event invalid.
        this.mapper = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public Gebeurtenis parse(String topic, String key, String value) throws OngeldigeGebeurtenis {
        if (value == null) {
            return tombstone(topic, key);
        }
        CloudEvent event;
        try {
            event = mapper.readValue(value, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new OngeldigeGebeurtenis("geen geldige CloudEvent-JSON");
        }
        if (event == null) {
            throw new OngeldigeGebeurtenis("geen geldige CloudEvent-JSON");
        }
        Velden envelop = new Velden("");
        envelop.require(CloudEvent.SPEC_VERSION.equals(event.specversion()), "specversion", "moet 1.0 zijn");
        UUID id = null;
        try {
            id = event.id() == null ? null : UUID.fromString(event.id());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        envelop.require(id != null, "id", "moet een UUID zijn");
        envelop.require(event.version() >= 1, "sequence", "moet een positief geheel getal zijn");
        envelop.require(event.data() != null && event.data().isObject(), "data", "ontbreekt of is geen object");
        String verwacht = verwachtType(topic);
        // The agenda channel carries two types: a snapshot, or the removal of a concept.
        if (Topics.AGENDAS.equals(topic) && AGENDA_VERWIJDERD.equals(event.type())) {
            verwacht = AGENDA_VERWIJDERD;
        }
        envelop.require(verwacht.equals(event.type()), "type", "moet " + verwacht + " zijn op " + topic);
        envelop.throwIfInvalid();

        Velden data = new Velden("data.");
        JsonNode d = event.data();
        Gebeurtenis gebeurtenis = switch (verwacht) {
            case REGIO_GEWIJZIGD -> regio(id, event, d, data, key);
            case AGENDA_GEWIJZIGD -> agenda(id, event, d, data, key);
            case AGENDA_VERWIJDERD -> agendaVerwijderd(id, event, d, data, key);
            case RONDE_GEWIJZIGD -> ronde(id, event, d, data, key);
            case ANTWOORDSET_INGEDIEND -> antwoordset(id, event, d, data, key);
            default -> opvolging(id, event, d, data, key);
        };
        data.throwIfInvalid();
        return gebeurtenis;
    }

    private static String verwachtType(String topic) throws OngeldigeGebeurtenis {
        return switch (topic) {
            case Topics.REGIOS -> REGIO_GEWIJZIGD;
            case Topics.AGENDAS -> AGENDA_GEWIJZIGD;
            case Topics.RONDES -> RONDE_GEWIJZIGD;
            case Topics.ANTWOORDEN -> ANTWOORDSET_INGEDIEND;
            case Topics.OPVOLGINGEN -> OPVOLGING_VASTGELEGD;
            default -> throw new OngeldigeGebeurtenis("onbekend topic " + topic);
        };
    }

    private static Gebeurtenis tombstone(String topic, String key) throws OngeldigeGebeurtenis {
        if (Topics.REGIOS.equals(topic) && key != null && REGIO_CODE.matcher(key).matches()) {
            return new Gebeurtenis.RegioVerwijderd(key);
        }
        if (Topics.AGENDAS.equals(topic) && key != null) {
            try {
                return new Gebeurtenis.AgendaVerwijderd(null, "tombstone", 0, UUID.fromString(key), null);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        if (Topics.RONDES.equals(topic) && key != null && key.matches("^[0-9]{4,9}$")) {
            return new Gebeurtenis.RondeVerwijderd(Integer.parseInt(key));
        }
        throw new OngeldigeGebeurtenis("lege waarde (tombstone) zonder geldige sleutel, of op een topic dat geen tombstones kent");
    }

    private static Gebeurtenis regio(UUID id, CloudEvent event, JsonNode d, Velden v, String key) {
        String code = v.tekst(d, "code", 20, REGIO_CODE);
        Gebeurtenis.RegioGewijzigd regio = new Gebeurtenis.RegioGewijzigd(id, event.type(), event.version(), code,
                v.tekst(d, "naam", 200, null), v.tekst(d, "zorgkantoorregio", 4, ZORGKANTOORREGIO),
                v.datum(d, "geldigVanaf", true), v.datum(d, "geldigTot", false), leden(d, v));
        v.versie(d, "versie", event.version());
        v.require(code == null || code.equals(key), "code", "hoort gelijk te zijn aan de recordsleutel");
        v.require(regio.geldigVanaf() == null || regio.geldigTot() == null || regio.geldigTot().isAfter(regio.geldigVanaf()),
                "geldigTot", "moet na geldigVanaf liggen");
        return regio;
    }

    private static Gebeurtenis agenda(UUID id, CloudEvent event, JsonNode d, Velden v, String key) {
        UUID agendaId = v.uuid(d, "id");
        v.require(agendaId == null || agendaId.toString().equals(key), "id", "hoort gelijk te zijn aan de recordsleutel");
        String regio = v.tekst(d, "regio", 20, REGIO_CODE);
        String titel = v.tekst(d, "titel", 200, null);
        String status = v.keuze(d, "status", c -> AgendaGeldigheid.STATUSSEN.contains(c) ? Optional.of(c) : Optional.empty());
        LocalDate vanaf = v.datum(d, "looptijdVanaf", true);
        LocalDate tot = v.datum(d, "looptijdTot", true);
        v.require(vanaf == null || tot == null || tot.isAfter(vanaf), "looptijdTot", "moet na looptijdVanaf liggen");
        LocalDate vastgesteldOp = v.datum(d, "vastgesteldOp", AgendaGeldigheid.isVastgesteld(status));
        String vastgesteldDoor = v.optioneleTekst(d, "vastgesteldDoor", 200);
        LocalDate afgelopenOp = v.datum(d, "afgelopenOp", AgendaGeldigheid.AFGELOPEN.equals(status));
        v.versie(d, "versie", event.version());
        // Afspraken counted per theme and status; every status present so reports list them all.
        Map<String, Map<String, Integer>> perThema = new HashMap<>();
        JsonNode afspraken = d.get("afspraken");
        if (v.require(afspraken != null && afspraken.isArray() && afspraken.size() <= MAX_AFSPRAKEN, "afspraken",
                "moet een lijst van hoogstens " + MAX_AFSPRAKEN + " afspraken zijn")) {
            for (int i = 0; i < afspraken.size(); i++) {
                Velden afspraak = v.genest("afspraken[" + i + "].");
                String thema = afspraak.tekst(afspraken.get(i), "thema", 40, THEMA);
                String afspraakStatus = afspraak.keuze(afspraken.get(i), "status",
                        c -> AgendaGeldigheid.AFSPRAAKSTATUSSEN.contains(c) ? Optional.of(c) : Optional.empty());
                if (thema != null && afspraakStatus != null) {
                    perThema.computeIfAbsent(thema, t -> new HashMap<>()).merge(afspraakStatus, 1, Integer::sum);
                }
            }
        }
        List<AgendaFeit.Thema> themas = new ArrayList<>();
        JsonNode lijst = d.get("themas");
        if (v.require(lijst != null && lijst.isArray() && lijst.size() <= MAX_THEMAS, "themas",
                "moet een lijst van hoogstens " + MAX_THEMAS + " thema's zijn")) {
            Set<String> gezien = new HashSet<>();
            for (int i = 0; i < lijst.size(); i++) {
                Velden thema = v.genest("themas[" + i + "].");
                String code = thema.tekst(lijst.get(i), "thema", 40, THEMA);
                v.require(code == null || gezien.add(code), "themas[" + i + "].thema", "komt twee keer voor");
                List<AgendaFeit.Doel> doelen = new ArrayList<>();
                JsonNode doelLijst = lijst.get(i).get("doelen");
                if (thema.require(doelLijst != null && doelLijst.isArray() && doelLijst.size() <= MAX_DOELEN, "doelen",
                        "moet een lijst van hoogstens " + MAX_DOELEN + " doelen zijn")) {
                    for (int j = 0; j < doelLijst.size(); j++) {
                        Velden doel = thema.genest("doelen[" + j + "].");
                        JsonNode node = doelLijst.get(j);
                        doelen.add(new AgendaFeit.Doel(doel.tekst(node, "omschrijving", 1000, null), doel.tekst(node, "indicator", 500, null),
                                doel.optioneleTekst(node, "nulwaarde", 100), doel.tekst(node, "streefwaarde", 100, null),
                                doel.datum(node, "streefdatum", true)));
                    }
                }
                Map<String, Integer> perStatus = new LinkedHashMap<>();
                AgendaGeldigheid.AFSPRAAKSTATUSSEN.forEach(st -> perStatus.put(st, perThema.getOrDefault(code, Map.of()).getOrDefault(st, 0)));
                themas.add(new AgendaFeit.Thema(code, doelen, perStatus));
            }
            v.require(gezien.containsAll(perThema.keySet()), "afspraken", "hebben een thema dat de agenda niet heeft");
        }
        return new Gebeurtenis.AgendaGewijzigd(id, event.type(), event.version(), agendaId, regio, titel, status, vanaf, tot,
                vastgesteldOp, vastgesteldDoor, afgelopenOp, themas);
    }

    private static Gebeurtenis agendaVerwijderd(UUID id, CloudEvent event, JsonNode d, Velden v, String key) {
        UUID agendaId = v.uuid(d, "id");
        v.require(agendaId == null || agendaId.toString().equals(key), "id", "hoort gelijk te zijn aan de recordsleutel");
        String regio = v.tekst(d, "regio", 20, REGIO_CODE);
        v.versie(d, "versie", event.version());
        return new Gebeurtenis.AgendaVerwijderd(id, event.type(), event.version(), agendaId, regio);
    }

    /** The memberships; a snapshot without the field has none (older producers). */
    private static List<Lidmaatschap> leden(JsonNode d, Velden v) {
        JsonNode lijst = d.get("leden");
        List<Lidmaatschap> leden = new ArrayList<>();
        if (lijst == null || lijst.isNull() || !v.require(lijst.isArray() && lijst.size() <= MAX_LEDEN, "leden",
                "moet een lijst van hoogstens " + MAX_LEDEN + " lidmaatschappen zijn")) {
            return leden;
        }
        for (int i = 0; i < lijst.size(); i++) {
            Velden lid = v.genest("leden[" + i + "].");
            JsonNode node = lijst.get(i);
            String code = lid.tekst(node, "gemeentecode", 6, GEMEENTECODE);
            String naam = lid.tekst(node, "gemeentenaam", 200, null);
            LocalDate vanaf = node.isObject() ? lid.datum(node, "vanaf", true) : null;
            LocalDate tot = node.isObject() ? lid.datum(node, "tot", false) : null;
            lid.require(vanaf == null || tot == null || tot.isAfter(vanaf), "tot", "moet na vanaf liggen");
            leden.add(new Lidmaatschap(code, naam, vanaf, tot));
        }
        return leden;
    }

    private static Gebeurtenis ronde(UUID id, CloudEvent event, JsonNode d, Velden v, String key) {
        int jaar = v.geheelGetal(d, "jaar", 2020, Integer.MAX_VALUE);
        v.require(String.valueOf(jaar).equals(key), "jaar", "hoort gelijk te zijn aan de recordsleutel");
        RondeStatus status = v.keuze(d, "status", RondeStatus::vanCode);
        OffsetDateTime opent = v.tijdstip(d, "opent");
        OffsetDateTime sluit = v.tijdstip(d, "sluit");
        List<Vraag> vragen = new ArrayList<>();
        JsonNode lijst = d.get("vragen");
        if (v.require(lijst != null && lijst.isArray() && !lijst.isEmpty() && lijst.size() <= MAX_VRAGEN,
                "vragen", "moet 1 tot " + MAX_VRAGEN + " vragen bevatten")) {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < lijst.size(); i++) {
                Velden vraag = v.genest("vragen[" + i + "].");
                String code = vraag.tekst(lijst.get(i), "code", 40, VRAAG_CODE);
                v.require(code == null || codes.add(code), "vragen[" + i + "].code", "komt twee keer voor");
                vragen.add(new Vraag(code, vraag.tekst(lijst.get(i), "tekst", 1000, null),
                        vraag.keuze(lijst.get(i), "schaal", Schaal::vanCode)));
            }
        }
        int voldoendeGrens = v.geheelGetal(d, "voldoendeGrens", 0, 10);
        int spreidingsGrens = v.geheelGetal(d, "spreidingsGrens", 1, 10);
        v.versie(d, "versie", event.version());
        return new Gebeurtenis.RondeGewijzigd(id, event.type(), event.version(), jaar, status, opent, sluit, vragen,
                voldoendeGrens, spreidingsGrens, indeling(d, v));
    }

    /** The round's fixed division, when the event carries one (from the moment the round opened). */
    private static List<RondeRegio> indeling(JsonNode d, Velden v) {
        JsonNode lijst = d.get("indeling");
        if (lijst == null || lijst.isNull()) {
            return null;
        }
        List<RondeRegio> indeling = new ArrayList<>();
        if (!v.require(lijst.isArray() && lijst.size() <= MAX_REGIOS, "indeling", "moet een lijst van hoogstens " + MAX_REGIOS + " regio's zijn")) {
            return null;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < lijst.size(); i++) {
            Velden regio = v.genest("indeling[" + i + "].");
            JsonNode r = lijst.get(i);
            String code = regio.tekst(r, "code", 20, REGIO_CODE);
            v.require(code == null || codes.add(code), "indeling[" + i + "].code", "komt twee keer voor");
            String naam = regio.tekst(r, "naam", 200, null);
            String zorgkantoorregio = regio.optioneleTekst(r, "zorgkantoorregio", 4);
            regio.require(zorgkantoorregio == null || ZORGKANTOORREGIO.matcher(zorgkantoorregio).matches(), "zorgkantoorregio",
                    "heeft niet de vorm " + ZORGKANTOORREGIO.pattern());
            List<RondeRegio.Gemeente> gemeenten = new ArrayList<>();
            JsonNode leden = r == null ? null : r.get("gemeenten");
            if (regio.require(leden != null && leden.isArray() && leden.size() <= MAX_GEMEENTEN, "gemeenten",
                    "moet een lijst van hoogstens " + MAX_GEMEENTEN + " gemeenten zijn")) {
                for (int j = 0; j < leden.size(); j++) {
                    Velden gemeente = regio.genest("gemeenten[" + j + "].");
                    gemeenten.add(new RondeRegio.Gemeente(gemeente.tekst(leden.get(j), "code", 6, null),
                            gemeente.optioneleTekst(leden.get(j), "naam", 200)));
                }
            }
            indeling.add(new RondeRegio(code, naam, zorgkantoorregio, gemeenten));
        }
        return indeling;
    }

    private static Gebeurtenis antwoordset(UUID id, CloudEvent event, JsonNode d, Velden v, String key) {
        int jaar = v.geheelGetal(d, "jaar", 2020, Integer.MAX_VALUE);
        String regio = v.tekst(d, "regio", 20, REGIO_CODE);
        v.require((jaar + "/" + regio).equals(key), "regio", "jaar/regio hoort gelijk te zijn aan de recordsleutel");
        Financier financier = v.keuze(d, "financier", Financier::vanCode);
        OffsetDateTime ingediendOp = v.tijdstip(d, "ingediendOp");
        v.versie(d, "versie", event.version());
        List<AntwoordScore> antwoorden = new ArrayList<>();
        JsonNode lijst = d.get("antwoorden");
        if (v.require(lijst != null && lijst.isArray() && !lijst.isEmpty() && lijst.size() <= MAX_VRAGEN,
                "antwoorden", "moet 1 tot " + MAX_VRAGEN + " antwoorden bevatten")) {
            Set<String> vragen = new HashSet<>();
            for (int i = 0; i < lijst.size(); i++) {
                Velden antwoord = v.genest("antwoorden[" + i + "].");
                String vraag = antwoord.tekst(lijst.get(i), "vraag", 40, VRAAG_CODE);
                v.require(vraag == null || vragen.add(vraag), "antwoorden[" + i + "].vraag", "komt twee keer voor");
                // The widest of the scales (ja-nee 0–1, rapportcijfer 1–10); the round may arrive later.
                int score = antwoord.geheelGetal(lijst.get(i), "score", 0, 10);
                String toelichting = antwoord.optioneleTekst(lijst.get(i), "toelichting", 2000);
                antwoorden.add(new AntwoordScore(vraag, score, toelichting));
            }
        }
        return new Gebeurtenis.AntwoordsetIngediend(id, event.type(), event.version(), jaar, regio, financier,
                ingediendOp, antwoorden);
    }

    private static Gebeurtenis opvolging(UUID id, CloudEvent event, JsonNode d, Velden v, String key) {
        UUID opvolgingId = v.uuid(d, "id");
        int jaar = v.geheelGetal(d, "jaar", 2020, Integer.MAX_VALUE);
        String regio = v.tekst(d, "regio", 20, REGIO_CODE);
        v.require((jaar + "/" + regio).equals(key), "regio", "jaar/regio hoort gelijk te zijn aan de recordsleutel");
        OpvolgingSoort soort = v.keuze(d, "soort", OpvolgingSoort::vanCode);
        String toelichting = v.tekst(d, "toelichting", 2000, null);
        OffsetDateTime vastgelegdOp = v.tijdstip(d, "vastgelegdOp");
        long volgnummer = v.versie(d, "volgnummer", event.version());
        JsonNode afspraakVeld = d.get("afspraak");
        UUID afspraak = afspraakVeld == null || afspraakVeld.isNull() ? null : v.uuid(d, "afspraak");
        v.require(afspraak == null || soort == OpvolgingSoort.ACTIE_AFGESPROKEN, "afspraak", "alleen bij actie-afgesproken");
        return new Gebeurtenis.OpvolgingVastgelegd(id, event.type(), opvolgingId, jaar, regio, soort, toelichting,
                vastgelegdOp, volgnummer, afspraak);
    }

    /** Reads fields of one JSON object and collects every problem, so the dead-letter reason lists them all. */
    private static final class Velden {
        private final String prefix;
        private final List<String> fouten;

        Velden(String prefix) {
            this(prefix, new ArrayList<>());
        }

        private Velden(String prefix, List<String> fouten) {
            this.prefix = prefix;
            this.fouten = fouten;
        }

        Velden genest(String pad) {
            return new Velden(prefix + pad, fouten);
        }

        boolean require(boolean geldig, String veld, String reden) {
            if (!geldig) {
                fouten.add(prefix + veld + " " + reden);
            }
            return geldig;
        }

        void throwIfInvalid() throws OngeldigeGebeurtenis {
            if (!fouten.isEmpty()) {
                throw new OngeldigeGebeurtenis("ongeldige gebeurtenis: " + String.join("; ", fouten));
            }
        }

        String tekst(JsonNode node, String veld, int max, Pattern patroon) {
            JsonNode waarde = node == null ? null : node.get(veld);
            if (!require(waarde != null && waarde.isTextual() && !waarde.asText().isBlank(), veld, "ontbreekt of is geen tekst")) {
                return null;
            }
            String tekst = waarde.asText();
            require(tekst.length() <= max, veld, "is langer dan " + max + " tekens");
            if (patroon != null) {
                require(patroon.matcher(tekst).matches(), veld, "heeft niet de vorm " + patroon.pattern());
            }
            return tekst;
        }

        String optioneleTekst(JsonNode node, String veld, int max) {
            JsonNode waarde = node == null ? null : node.get(veld);
            if (waarde == null || waarde.isNull()) {
                return null;
            }
            return tekst(node, veld, max, null);
        }

        int geheelGetal(JsonNode node, String veld, int min, int max) {
            JsonNode waarde = node == null ? null : node.get(veld);
            if (!require(waarde != null && waarde.canConvertToInt() && waarde.isIntegralNumber(), veld, "ontbreekt of is geen geheel getal")) {
                return 0;
            }
            require(waarde.intValue() >= min && waarde.intValue() <= max, veld, "moet tussen " + min + " en " + max + " liggen");
            return waarde.intValue();
        }

        /** The aggregate version in the data must be the CloudEvent's sequence (the contract says they are equal). */
        long versie(JsonNode node, String veld, long sequence) {
            JsonNode waarde = node.get(veld);
            if (require(waarde != null && waarde.isIntegralNumber() && waarde.longValue() >= 1, veld, "ontbreekt of is geen positief geheel getal")) {
                require(waarde.longValue() == sequence, veld, "verschilt van de sequence van de CloudEvent");
            }
            return sequence;
        }

        <T> T keuze(JsonNode node, String veld, Function<String, Optional<T>> vanCode) {
            JsonNode waarde = node == null ? null : node.get(veld);
            Optional<T> keuze = waarde != null && waarde.isTextual() ? vanCode.apply(waarde.asText()) : Optional.empty();
            require(keuze.isPresent(), veld, "ontbreekt of is geen toegestane waarde");
            return keuze.orElse(null);
        }

        LocalDate datum(JsonNode node, String veld, boolean verplicht) {
            JsonNode waarde = node.get(veld);
            if (waarde == null || waarde.isNull()) {
                require(!verplicht, veld, "ontbreekt");
                return null;
            }
            try {
                return LocalDate.parse(waarde.asText());
            } catch (DateTimeParseException e) {
                require(false, veld, "is geen datum (jjjj-mm-dd)");
                return null;
            }
        }

        OffsetDateTime tijdstip(JsonNode node, String veld) {
            JsonNode waarde = node.get(veld);
            try {
                if (waarde != null && waarde.isTextual()) {
                    return OffsetDateTime.parse(waarde.asText());
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            require(false, veld, "ontbreekt of is geen tijdstip (RFC 3339)");
            return null;
        }

        UUID uuid(JsonNode node, String veld) {
            JsonNode waarde = node.get(veld);
            try {
                if (waarde != null && waarde.isTextual()) {
                    return UUID.fromString(waarde.asText());
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            require(false, veld, "ontbreekt of is geen UUID");
            return null;
        }
    }
}
