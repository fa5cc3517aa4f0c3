package nl.venster.rapportage.messaging;

import static nl.venster.conventions.events.EventTypes.AGENDA_GEWIJZIGD;
import static nl.venster.conventions.events.EventTypes.AGENDA_VERWIJDERD;
import static nl.venster.conventions.events.EventTypes.ANTWOORDSET_INGEDIEND;
import static nl.venster.conventions.events.EventTypes.OPVOLGING_VASTGELEGD;
import static nl.venster.conventions.events.EventTypes.REGIO_GEWIJZIGD;
import static nl.venster.conventions.events.EventTypes.RONDE_GEWIJZIGD;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.venster.conventions.events.CloudEvent;
import nl.venster.conventions.events.EventTypes;
import nl.venster.conventions.events.OnbekendEventType;
import nl.venster.conventions.events.OngeldigEvent;
import nl.venster.conventions.vocabulary.AgendaGeldigheid;
import nl.venster.conventions.vocabulary.Codes;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.conventions.vocabulary.Schaal;
import nl.venster.rapportage.domain.AgendaFeit;
import nl.venster.rapportage.domain.AntwoordScore;
import nl.venster.rapportage.domain.ModelEvent;
import nl.venster.rapportage.domain.Lidmaatschap;
import nl.venster.rapportage.domain.RondeRegio;
import nl.venster.rapportage.domain.Vraag;
import nl.venster.rapportage.events.EventData;

/**
 * Turns a record of a consumed topic into a {@link ModelEvent}: the CloudEvent envelope is checked (specversion,
 * id, sequence, the type expected on the topic), its {@code data} is bound by Jackson to the type's payload record
 * ({@link EventData}), and the record is checked against the contract in openapi/asyncapi.yaml: the record
 * key matching the aggregate, required fields, forms, enumerations and bounds. Anything else is refused with a
 * reason that names every problem, and goes to the dead-letter topic; an event of a type the contract does not
 * have is tolerated ({@link OnbekendEventType}, the rule of {@link EventTypes#fit}).
 */
@ApplicationScoped
public class EventBinding {

    private static final Pattern REGIO_CODE = Pattern.compile(Codes.REGIO);
    private static final Pattern ZORGKANTOORREGIO = Pattern.compile(Codes.ZORGKANTOORREGIO);
    private static final Pattern VRAAG_CODE = Pattern.compile("^[a-z][a-z0-9-]{0,39}$");
    private static final Pattern THEMA = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    private static final Pattern GEMEENTECODE = Pattern.compile(Codes.GEMEENTE);
    private static final Pattern RONDE_SLEUTEL = Pattern.compile("^[0-9]{4,9}$");
    private static final int MAX_VRAGEN = 20;
    private static final int MAX_REGIOS = 2000;
    private static final int MAX_GEMEENTEN = 1000;
    private static final int MAX_THEMAS = 20;
    private static final int MAX_DOELEN = 30;
    private static final int MAX_AFSPRAKEN = 2000;
    private static final int MAX_LEDEN = 2000;

    /** Stand-ins for a list element that was no object: every required field of it is then reported missing. */
    private static final EventData.Lid GEEN_LID = new EventData.Lid(null, null, null, null);
    private static final EventData.Afspraak GEEN_AFSPRAAK = new EventData.Afspraak(null, null);
    private static final EventData.AgendaThema GEEN_THEMA = new EventData.AgendaThema(null, null);
    private static final EventData.Doel GEEN_DOEL = new EventData.Doel(null, null, null, null, null);
    private static final EventData.Vraag GEEN_VRAAG = new EventData.Vraag(null, null, null);
    private static final EventData.IndelingRegio GEEN_REGIO = new EventData.IndelingRegio(null, null, null, null);
    private static final EventData.IndelingGemeente GEEN_GEMEENTE = new EventData.IndelingGemeente(null, null);
    private static final EventData.Antwoord GEEN_ANTWOORD = new EventData.Antwoord(null, null, null);

    private final ObjectMapper envelopMapper;
    private final StrikteBinding binding;

    public EventBinding(ObjectMapper objectMapper) {
        // Producers may add CloudEvent extension attributes; those must not make an event invalid.
        this.envelopMapper = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.binding = new StrikteBinding(objectMapper);
    }

    public ModelEvent bind(String topic, String key, String value) throws OngeldigEvent {
        if (value == null) {
            return tombstone(topic, key);
        }
        CloudEvent event;
        try {
            event = envelopMapper.readValue(value, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new OngeldigEvent("geen geldige CloudEvent-JSON");
        }
        if (event == null) {
            throw new OngeldigEvent("geen geldige CloudEvent-JSON");
        }
        if (!Topics.GECONSUMEERD.contains(topic)) {
            throw new OngeldigEvent("onbekend topic " + topic);
        }
        // Forward compatibility: a type the contract does not have yet is tolerated (counted, not applied).
        EventTypes.Fit fit = event.type() == null ? null : EventTypes.fit(topic, event.type());
        if (fit == EventTypes.Fit.UNKNOWN_TYPE) {
            throw new OnbekendEventType(event.type());
        }
        Velden envelop = new Velden("", Set.of());
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
        envelop.require(event.type() != null, "type", "ontbreekt");
        if (fit == EventTypes.Fit.FOREIGN_TOPIC) {
            envelop.fout(EventTypes.foreignTopic(topic, event.type()));
        }
        envelop.throwIfInvalid();

        UUID eventId = id;
        return switch (event.type()) {
            case REGIO_GEWIJZIGD -> toets(event, EventData.Regio.class, (d, v) -> regio(eventId, event, d, v, key));
            case AGENDA_GEWIJZIGD -> toets(event, EventData.Agenda.class, (d, v) -> agenda(eventId, event, d, v, key));
            case AGENDA_VERWIJDERD -> toets(event, EventData.AgendaVerwijderd.class,
                    (d, v) -> agendaVerwijderd(eventId, event, d, v, key));
            case RONDE_GEWIJZIGD -> toets(event, EventData.Ronde.class, (d, v) -> ronde(eventId, event, d, v, key));
            case ANTWOORDSET_INGEDIEND -> toets(event, EventData.Antwoordset.class,
                    (d, v) -> antwoordset(eventId, event, d, v, key));
            case OPVOLGING_VASTGELEGD -> toets(event, EventData.Opvolging.class, (d, v) -> opvolging(eventId, event, d, v, key));
            // A type the contract adds to a consumed topic before this service binds it: a newer producer, tolerated.
            default -> throw new OnbekendEventType(event.type());
        };
    }

    @FunctionalInterface
    private interface Toets<T> {
        ModelEvent toets(T data, Velden velden);
    }

    /** Binds the event's data to its payload record, checks it and returns the event, or refuses it naming every problem. */
    private <T> ModelEvent toets(CloudEvent event, Class<T> type, Toets<T> toets) throws OngeldigEvent {
        StrikteBinding.Gebonden<T> gebonden = binding.bind(event.data(), type);
        Velden velden = new Velden("data.", gebonden.onleesbaar());
        ModelEvent bound = toets.toets(gebonden.waarde(), velden);
        velden.throwIfInvalid();
        return bound;
    }

    private static ModelEvent tombstone(String topic, String key) throws OngeldigEvent {
        if (Topics.REGIOS.equals(topic) && key != null && REGIO_CODE.matcher(key).matches()) {
            return new ModelEvent.RegioVerwijderd(key);
        }
        if (Topics.AGENDAS.equals(topic) && key != null) {
            try {
                return new ModelEvent.AgendaVerwijderd(null, "tombstone", 0, UUID.fromString(key), null);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        if (Topics.RONDES.equals(topic) && key != null && RONDE_SLEUTEL.matcher(key).matches()) {
            return new ModelEvent.RondeVerwijderd(Integer.parseInt(key));
        }
        throw new OngeldigEvent("lege waarde (tombstone) zonder geldige sleutel, of op een topic dat geen tombstones kent");
    }

    private static ModelEvent regio(UUID id, CloudEvent event, EventData.Regio d, Velden v, String key) {
        String code = v.tekst(d.code(), "code", 20, REGIO_CODE);
        ModelEvent.RegioGewijzigd regio = new ModelEvent.RegioGewijzigd(id, event.type(), event.version(), code,
                v.tekst(d.naam(), "naam", 200, null), v.tekst(d.zorgkantoorregio(), "zorgkantoorregio", 4, ZORGKANTOORREGIO),
                v.datum(d.geldigVanaf(), "geldigVanaf", true), v.datum(d.geldigTot(), "geldigTot", false), leden(d.leden(), v));
        v.versie(d.versie(), "versie", event.version());
        v.require(code == null || code.equals(key), "code", "hoort gelijk te zijn aan de recordsleutel");
        v.require(regio.geldigVanaf() == null || regio.geldigTot() == null || regio.geldigTot().isAfter(regio.geldigVanaf()),
                "geldigTot", "moet na geldigVanaf liggen");
        return regio;
    }

    /** The memberships; a snapshot without the field has none (older producers). */
    private static List<Lidmaatschap> leden(List<EventData.Lid> lijst, Velden v) {
        List<Lidmaatschap> leden = new ArrayList<>();
        if (lijst == null && !v.onleesbaar("leden")) {
            return leden;
        }
        if (!v.require(lijst != null && lijst.size() <= MAX_LEDEN, "leden",
                "moet een lijst van hoogstens " + MAX_LEDEN + " lidmaatschappen zijn")) {
            return leden;
        }
        for (int i = 0; i < lijst.size(); i++) {
            Velden lid = v.genest("leden[" + i + "].");
            EventData.Lid node = lijst.get(i) == null ? GEEN_LID : lijst.get(i);
            String code = lid.tekst(node.gemeentecode(), "gemeentecode", 6, GEMEENTECODE);
            String naam = lid.tekst(node.gemeentenaam(), "gemeentenaam", 200, null);
            // An element that is no object has only its code and name reported, as before.
            LocalDate vanaf = lijst.get(i) != null ? lid.datum(node.vanaf(), "vanaf", true) : null;
            LocalDate tot = lijst.get(i) != null ? lid.datum(node.tot(), "tot", false) : null;
            lid.require(vanaf == null || tot == null || tot.isAfter(vanaf), "tot", "moet na vanaf liggen");
            leden.add(new Lidmaatschap(code, naam, vanaf, tot));
        }
        return leden;
    }

    private static ModelEvent agenda(UUID id, CloudEvent event, EventData.Agenda d, Velden v, String key) {
        UUID agendaId = v.uuid(d.id(), "id");
        v.require(agendaId == null || agendaId.toString().equals(key), "id", "hoort gelijk te zijn aan de recordsleutel");
        String regio = v.tekst(d.regio(), "regio", 20, REGIO_CODE);
        String titel = v.tekst(d.titel(), "titel", 200, null);
        String status = v.keuze(d.status(), "status", c -> AgendaGeldigheid.STATUSSEN.contains(c) ? Optional.of(c) : Optional.empty());
        LocalDate vanaf = v.datum(d.looptijdVanaf(), "looptijdVanaf", true);
        LocalDate tot = v.datum(d.looptijdTot(), "looptijdTot", true);
        v.require(vanaf == null || tot == null || tot.isAfter(vanaf), "looptijdTot", "moet na looptijdVanaf liggen");
        LocalDate vastgesteldOp = v.datum(d.vastgesteldOp(), "vastgesteldOp", AgendaGeldigheid.isVastgesteld(status));
        String vastgesteldDoor = v.optioneleTekst(d.vastgesteldDoor(), "vastgesteldDoor", 200);
        LocalDate afgelopenOp = v.datum(d.afgelopenOp(), "afgelopenOp", AgendaGeldigheid.AFGELOPEN.equals(status));
        v.versie(d.versie(), "versie", event.version());
        // Afspraken counted per theme and status; every status present so reports list them all.
        Map<String, Map<String, Integer>> perThema = new HashMap<>();
        List<EventData.Afspraak> afspraken = d.afspraken();
        if (v.require(afspraken != null && afspraken.size() <= MAX_AFSPRAKEN, "afspraken",
                "moet een lijst van hoogstens " + MAX_AFSPRAKEN + " afspraken zijn")) {
            for (int i = 0; i < afspraken.size(); i++) {
                Velden afspraak = v.genest("afspraken[" + i + "].");
                EventData.Afspraak node = afspraken.get(i) == null ? GEEN_AFSPRAAK : afspraken.get(i);
                String thema = afspraak.tekst(node.thema(), "thema", 40, THEMA);
                String afspraakStatus = afspraak.keuze(node.status(), "status",
                        c -> AgendaGeldigheid.AFSPRAAKSTATUSSEN.contains(c) ? Optional.of(c) : Optional.empty());
                if (thema != null && afspraakStatus != null) {
                    perThema.computeIfAbsent(thema, t -> new HashMap<>()).merge(afspraakStatus, 1, Integer::sum);
                }
            }
        }
        List<AgendaFeit.Thema> themas = new ArrayList<>();
        List<EventData.AgendaThema> lijst = d.themas();
        if (v.require(lijst != null && lijst.size() <= MAX_THEMAS, "themas",
                "moet een lijst van hoogstens " + MAX_THEMAS + " thema's zijn")) {
            Set<String> gezien = new HashSet<>();
            for (int i = 0; i < lijst.size(); i++) {
                Velden thema = v.genest("themas[" + i + "].");
                EventData.AgendaThema node = lijst.get(i) == null ? GEEN_THEMA : lijst.get(i);
                String code = thema.tekst(node.thema(), "thema", 40, THEMA);
                v.require(code == null || gezien.add(code), "themas[" + i + "].thema", "komt twee keer voor");
                List<AgendaFeit.Doel> doelen = new ArrayList<>();
                List<EventData.Doel> doelLijst = node.doelen();
                if (thema.require(doelLijst != null && doelLijst.size() <= MAX_DOELEN, "doelen",
                        "moet een lijst van hoogstens " + MAX_DOELEN + " doelen zijn")) {
                    for (int j = 0; j < doelLijst.size(); j++) {
                        Velden doel = thema.genest("doelen[" + j + "].");
                        EventData.Doel n = doelLijst.get(j) == null ? GEEN_DOEL : doelLijst.get(j);
                        doelen.add(new AgendaFeit.Doel(doel.tekst(n.omschrijving(), "omschrijving", 1000, null),
                                doel.tekst(n.indicator(), "indicator", 500, null), doel.optioneleTekst(n.nulwaarde(), "nulwaarde", 100),
                                doel.tekst(n.streefwaarde(), "streefwaarde", 100, null), doel.datum(n.streefdatum(), "streefdatum", true)));
                    }
                }
                Map<String, Integer> perStatus = new LinkedHashMap<>();
                AgendaGeldigheid.AFSPRAAKSTATUSSEN.forEach(st -> perStatus.put(st, perThema.getOrDefault(code, Map.of()).getOrDefault(st, 0)));
                themas.add(new AgendaFeit.Thema(code, doelen, perStatus));
            }
            v.require(gezien.containsAll(perThema.keySet()), "afspraken", "hebben een thema dat de agenda niet heeft");
        }
        return new ModelEvent.AgendaGewijzigd(id, event.type(), event.version(), agendaId, regio, titel, status, vanaf, tot,
                vastgesteldOp, vastgesteldDoor, afgelopenOp, themas);
    }

    private static ModelEvent agendaVerwijderd(UUID id, CloudEvent event, EventData.AgendaVerwijderd d, Velden v, String key) {
        UUID agendaId = v.uuid(d.id(), "id");
        v.require(agendaId == null || agendaId.toString().equals(key), "id", "hoort gelijk te zijn aan de recordsleutel");
        String regio = v.tekst(d.regio(), "regio", 20, REGIO_CODE);
        v.versie(d.versie(), "versie", event.version());
        return new ModelEvent.AgendaVerwijderd(id, event.type(), event.version(), agendaId, regio);
    }

    private static ModelEvent ronde(UUID id, CloudEvent event, EventData.Ronde d, Velden v, String key) {
        int jaar = v.geheelGetal(d.jaar(), "jaar", 2020, Integer.MAX_VALUE);
        v.require(String.valueOf(jaar).equals(key), "jaar", "hoort gelijk te zijn aan de recordsleutel");
        RondeStatus status = v.keuze(d.status(), "status", RondeStatus::vanCode);
        OffsetDateTime opent = v.tijdstip(d.opent(), "opent");
        OffsetDateTime sluit = v.tijdstip(d.sluit(), "sluit");
        List<Vraag> vragen = new ArrayList<>();
        List<EventData.Vraag> lijst = d.vragen();
        if (v.require(lijst != null && !lijst.isEmpty() && lijst.size() <= MAX_VRAGEN,
                "vragen", "moet 1 tot " + MAX_VRAGEN + " vragen bevatten")) {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < lijst.size(); i++) {
                Velden vraag = v.genest("vragen[" + i + "].");
                EventData.Vraag node = lijst.get(i) == null ? GEEN_VRAAG : lijst.get(i);
                String code = vraag.tekst(node.code(), "code", 40, VRAAG_CODE);
                v.require(code == null || codes.add(code), "vragen[" + i + "].code", "komt twee keer voor");
                vragen.add(new Vraag(code, vraag.tekst(node.tekst(), "tekst", 1000, null),
                        vraag.keuze(node.schaal(), "schaal", Schaal::vanCode)));
            }
        }
        int voldoendeGrens = v.geheelGetal(d.voldoendeGrens(), "voldoendeGrens", 0, 10);
        int spreidingsGrens = v.geheelGetal(d.spreidingsGrens(), "spreidingsGrens", 1, 10);
        v.versie(d.versie(), "versie", event.version());
        return new ModelEvent.RondeGewijzigd(id, event.type(), event.version(), jaar, status, opent, sluit, vragen,
                voldoendeGrens, spreidingsGrens, indeling(d.indeling(), v));
    }

    /** The round's fixed division, when the event carries one (from the moment the round opened). */
    private static List<RondeRegio> indeling(List<EventData.IndelingRegio> lijst, Velden v) {
        if (lijst == null && !v.onleesbaar("indeling")) {
            return null;
        }
        if (!v.require(lijst != null && lijst.size() <= MAX_REGIOS, "indeling", "moet een lijst van hoogstens " + MAX_REGIOS + " regio's zijn")) {
            return null;
        }
        List<RondeRegio> indeling = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < lijst.size(); i++) {
            Velden regio = v.genest("indeling[" + i + "].");
            EventData.IndelingRegio r = lijst.get(i) == null ? GEEN_REGIO : lijst.get(i);
            String code = regio.tekst(r.code(), "code", 20, REGIO_CODE);
            v.require(code == null || codes.add(code), "indeling[" + i + "].code", "komt twee keer voor");
            String naam = regio.tekst(r.naam(), "naam", 200, null);
            String zorgkantoorregio = regio.optioneleTekst(r.zorgkantoorregio(), "zorgkantoorregio", 4);
            regio.require(zorgkantoorregio == null || ZORGKANTOORREGIO.matcher(zorgkantoorregio).matches(), "zorgkantoorregio",
                    "heeft niet de vorm " + ZORGKANTOORREGIO.pattern());
            List<RondeRegio.Gemeente> gemeenten = new ArrayList<>();
            List<EventData.IndelingGemeente> leden = r.gemeenten();
            if (regio.require(leden != null && leden.size() <= MAX_GEMEENTEN, "gemeenten",
                    "moet een lijst van hoogstens " + MAX_GEMEENTEN + " gemeenten zijn")) {
                for (int j = 0; j < leden.size(); j++) {
                    Velden gemeente = regio.genest("gemeenten[" + j + "].");
                    EventData.IndelingGemeente g = leden.get(j) == null ? GEEN_GEMEENTE : leden.get(j);
                    gemeenten.add(new RondeRegio.Gemeente(gemeente.tekst(g.code(), "code", 6, null),
                            gemeente.optioneleTekst(g.naam(), "naam", 200)));
                }
            }
            indeling.add(new RondeRegio(code, naam, zorgkantoorregio, gemeenten));
        }
        return indeling;
    }

    private static ModelEvent antwoordset(UUID id, CloudEvent event, EventData.Antwoordset d, Velden v, String key) {
        int jaar = v.geheelGetal(d.jaar(), "jaar", 2020, Integer.MAX_VALUE);
        String regio = v.tekst(d.regio(), "regio", 20, REGIO_CODE);
        v.require((jaar + "/" + regio).equals(key), "regio", "jaar/regio hoort gelijk te zijn aan de recordsleutel");
        Financier financier = v.keuze(d.financier(), "financier", Financier::vanCode);
        OffsetDateTime ingediendOp = v.tijdstip(d.ingediendOp(), "ingediendOp");
        v.versie(d.versie(), "versie", event.version());
        List<AntwoordScore> antwoorden = new ArrayList<>();
        List<EventData.Antwoord> lijst = d.antwoorden();
        if (v.require(lijst != null && !lijst.isEmpty() && lijst.size() <= MAX_VRAGEN,
                "antwoorden", "moet 1 tot " + MAX_VRAGEN + " antwoorden bevatten")) {
            Set<String> vragen = new HashSet<>();
            for (int i = 0; i < lijst.size(); i++) {
                Velden antwoord = v.genest("antwoorden[" + i + "].");
                EventData.Antwoord node = lijst.get(i) == null ? GEEN_ANTWOORD : lijst.get(i);
                String vraag = antwoord.tekst(node.vraag(), "vraag", 40, VRAAG_CODE);
                v.require(vraag == null || vragen.add(vraag), "antwoorden[" + i + "].vraag", "komt twee keer voor");
                // The widest of the scales (ja-nee 0–1, rapportcijfer 1–10); the round may arrive later.
                int score = antwoord.geheelGetal(node.score(), "score", 0, 10);
                String toelichting = antwoord.optioneleTekst(node.toelichting(), "toelichting", 2000);
                antwoorden.add(new AntwoordScore(vraag, score, toelichting));
            }
        }
        return new ModelEvent.AntwoordsetIngediend(id, event.type(), event.version(), jaar, regio, financier,
                ingediendOp, antwoorden);
    }

    private static ModelEvent opvolging(UUID id, CloudEvent event, EventData.Opvolging d, Velden v, String key) {
        UUID opvolgingId = v.uuid(d.id(), "id");
        int jaar = v.geheelGetal(d.jaar(), "jaar", 2020, Integer.MAX_VALUE);
        String regio = v.tekst(d.regio(), "regio", 20, REGIO_CODE);
        v.require((jaar + "/" + regio).equals(key), "regio", "jaar/regio hoort gelijk te zijn aan de recordsleutel");
        OpvolgingSoort soort = v.keuze(d.soort(), "soort", OpvolgingSoort::vanCode);
        String toelichting = v.tekst(d.toelichting(), "toelichting", 2000, null);
        OffsetDateTime vastgelegdOp = v.tijdstip(d.vastgelegdOp(), "vastgelegdOp");
        long volgnummer = v.versie(d.volgnummer(), "volgnummer", event.version());
        // Optional; a value that is present must be a UUID.
        UUID afspraak = d.afspraak() != null || v.onleesbaar("afspraak") ? v.uuid(d.afspraak(), "afspraak") : null;
        v.require(afspraak == null || soort == OpvolgingSoort.ACTIE_AFGESPROKEN, "afspraak", "alleen bij actie-afgesproken");
        return new ModelEvent.OpvolgingVastgelegd(id, event.type(), opvolgingId, jaar, regio, soort, toelichting,
                vastgelegdOp, volgnummer, afspraak);
    }

    /**
     * Checks the bound fields of one payload object and collects every problem, so the dead-letter reason lists
     * them all. A value that Jackson found of the wrong type arrives as absent and is listed in {@code onleesbaar}
     * (paths relative to {@code data}), which optional fields consult so that such a value is refused, not dropped.
     */
    private static final class Velden {
        private final String prefix;
        private final List<String> fouten;
        private final Set<String> onleesbaar;

        Velden(String prefix, Set<String> onleesbaar) {
            this(prefix, new ArrayList<>(), onleesbaar);
        }

        private Velden(String prefix, List<String> fouten, Set<String> onleesbaar) {
            this.prefix = prefix;
            this.fouten = fouten;
            this.onleesbaar = onleesbaar;
        }

        Velden genest(String pad) {
            return new Velden(prefix + pad, fouten, onleesbaar);
        }

        boolean require(boolean geldig, String veld, String reden) {
            if (!geldig) {
                fouten.add(prefix + veld + " " + reden);
            }
            return geldig;
        }

        /** A problem that names its field itself. */
        void fout(String tekst) {
            fouten.add(prefix + tekst);
        }

        void throwIfInvalid() throws OngeldigEvent {
            if (!fouten.isEmpty()) {
                throw new OngeldigEvent("ongeldige gebeurtenis: " + String.join("; ", fouten));
            }
        }

        /** Whether the field was present with a value of the wrong type. */
        boolean onleesbaar(String veld) {
            return onleesbaar.contains((prefix + veld).substring("data.".length()));
        }

        String tekst(String waarde, String veld, int max, Pattern patroon) {
            if (!require(waarde != null && !waarde.isBlank(), veld, "ontbreekt of is geen tekst")) {
                return null;
            }
            require(waarde.length() <= max, veld, "is langer dan " + max + " tekens");
            if (patroon != null) {
                require(patroon.matcher(waarde).matches(), veld, "heeft niet de vorm " + patroon.pattern());
            }
            return waarde;
        }

        String optioneleTekst(String waarde, String veld, int max) {
            if (waarde == null && !onleesbaar(veld)) {
                return null;
            }
            return tekst(waarde, veld, max, null);
        }

        int geheelGetal(Integer waarde, String veld, int min, int max) {
            if (!require(waarde != null, veld, "ontbreekt of is geen geheel getal")) {
                return 0;
            }
            require(waarde >= min && waarde <= max, veld, "moet tussen " + min + " en " + max + " liggen");
            return waarde;
        }

        /** The aggregate version in the data must be the CloudEvent's sequence (the contract says they are equal). */
        long versie(Long waarde, String veld, long sequence) {
            if (require(waarde != null && waarde >= 1, veld, "ontbreekt of is geen positief geheel getal")) {
                require(waarde == sequence, veld, "verschilt van de sequence van de CloudEvent");
            }
            return sequence;
        }

        <T> T keuze(String waarde, String veld, Function<String, Optional<T>> vanCode) {
            Optional<T> keuze = waarde != null ? vanCode.apply(waarde) : Optional.empty();
            require(keuze.isPresent(), veld, "ontbreekt of is geen toegestane waarde");
            return keuze.orElse(null);
        }

        LocalDate datum(LocalDate waarde, String veld, boolean verplicht) {
            if (onleesbaar(veld)) {
                require(false, veld, "is geen datum (jjjj-mm-dd)");
                return null;
            }
            if (waarde == null) {
                require(!verplicht, veld, "ontbreekt");
            }
            return waarde;
        }

        OffsetDateTime tijdstip(OffsetDateTime waarde, String veld) {
            require(waarde != null, veld, "ontbreekt of is geen tijdstip (RFC 3339)");
            return waarde;
        }

        UUID uuid(UUID waarde, String veld) {
            require(waarde != null, veld, "ontbreekt of is geen UUID");
            return waarde;
        }
    }
}
