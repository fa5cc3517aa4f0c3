package nl.venster.rapportage.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.venster.conventions.events.EventTypes;
import nl.venster.conventions.events.OnbekendEventType;
import nl.venster.conventions.events.OngeldigEvent;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.conventions.vocabulary.Schaal;
import nl.venster.rapportage.domain.AntwoordScore;
import nl.venster.rapportage.domain.ModelEvent;
import nl.venster.rapportage.domain.Lidmaatschap;
import nl.venster.rapportage.domain.Vraag;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The binding of consumed events to typed payload records and their checks against openapi/asyncapi.yaml: what is
 * accepted, what is refused, and that the reason names every problem. Plain JUnit, no Quarkus.
 */
class EventBindingTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final UUID AGENDA = UUID.fromString("0b5b8a52-7f36-4f0e-9a1f-4c2f6d0f1e01");
    private static final UUID OPVOLGING = UUID.fromString("7a0c1b7e-2f7d-4c55-8f0a-3e2b1c4d5e6f");

    private final EventBinding binding = new EventBinding(JSON);

    private static ObjectNode data(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String event(String type, long sequence, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "urn:nld:oin:00000000000000000000:systeem:test");
        event.put("type", type);
        event.put("subject", "test");
        event.put("time", "2026-01-01T00:00:00Z");
        event.put("datacontenttype", "application/json");
        event.put("sequence", String.valueOf(sequence));
        event.put("sequencetype", "Integer");
        event.set("data", data);
        return event.toString();
    }

    private static ObjectNode regio() {
        return data("""
                {"code":"ZK01","naam":"Amstelland","zorgkantoorregio":"ZK01","themas":["ouderen"],"geldigVanaf":"2020-01-01",
                 "geldigTot":null,"leden":[{"gemeentecode":"GM0363","gemeentenaam":"Amsterdam","vanaf":"2020-01-01","tot":null}],
                 "versie":3}""");
    }

    private static ObjectNode agenda() {
        return data("""
                {"id":"%s","regio":"ZK01","titel":"Agenda 2026","status":"vastgesteld","looptijdVanaf":"2026-01-01",
                 "looptijdTot":"2028-01-01","vastgesteldOp":"2025-12-01","vastgesteldDoor":"Stuurgroep","afgelopenOp":null,
                 "versie":4,
                 "themas":[{"thema":"ouderen","doelen":[{"omschrijving":"Langer thuis","indicator":"Aandeel thuis",
                            "nulwaarde":null,"streefwaarde":"80%%","streefdatum":"2027-12-31"}]},
                           {"thema":"ggz","doelen":[]}],
                 "afspraken":[{"thema":"ouderen","status":"loopt"},{"thema":"ouderen","status":"loopt"},
                              {"thema":"ggz","status":"gepland"}]}""".formatted(AGENDA));
    }

    private static ObjectNode ronde() {
        return data("""
                {"jaar":2026,"status":"open","opent":"2026-02-01T08:00:00Z","sluit":"2026-04-01T16:00:00+02:00",
                 "vragen":[{"code":"proces","tekst":"Proces?","schaal":"rapportcijfer"},{"code":"agenda","tekst":"Agenda?","schaal":"ja-nee"}],
                 "voldoendeGrens":6,"spreidingsGrens":3,"versie":2}""");
    }

    private static ObjectNode antwoordset() {
        return data("""
                {"jaar":2026,"regio":"ZK01","financier":"zorgkantoor","ingediendOp":"2026-02-03T10:00:00Z","versie":5,
                 "antwoorden":[{"vraag":"proces","score":7,"toelichting":"goed"},{"vraag":"agenda","score":0,"toelichting":null}]}""");
    }

    private static ObjectNode opvolging() {
        return data("""
                {"id":"%s","jaar":2026,"regio":"ZK01","soort":"actie-afgesproken","toelichting":"Overleg gepland",
                 "vastgelegdOp":"2026-03-01T10:00:00Z","volgnummer":2,"afspraak":"%s"}""".formatted(OPVOLGING, AGENDA));
    }

    private ModelEvent bind(String topic, String key, String value) throws OngeldigEvent {
        return binding.bind(topic, key, value);
    }

    /** Binds the changed payload and returns the refusal's reason; fails when the event is accepted. */
    private String weigering(String topic, String key, String type, long sequence, ObjectNode data, Consumer<ObjectNode> wijziging) {
        wijziging.accept(data);
        return assertThrows(OngeldigEvent.class, () -> bind(topic, key, event(type, sequence, data))).getMessage();
    }

    private static void bevat(String reden, String... delen) {
        for (String deel : delen) {
            assertTrue(reden.contains(deel), deel + " in " + reden);
        }
    }

    @Nested
    class Envelop {

        @Test
        void geenJsonOfGeenObjectIsGeenCloudEvent() {
            bevat(assertThrows(OngeldigEvent.class, () -> bind(Topics.REGIOS, "ZK01", "{niet json")).getMessage(),
                    "geen geldige CloudEvent-JSON");
            bevat(assertThrows(OngeldigEvent.class, () -> bind(Topics.REGIOS, "ZK01", "null")).getMessage(),
                    "geen geldige CloudEvent-JSON");
        }

        @Test
        void elkEnvelopProbleemWordtGenoemd() {
            ObjectNode event = (ObjectNode) data(event(EventTypes.RONDE_GEWIJZIGD, 2, ronde()));
            event.put("specversion", "0.3");
            event.put("id", "geen-uuid");
            event.put("sequence", "0");
            event.put("data", "tekst");
            bevat(assertThrows(OngeldigEvent.class, () -> bind(Topics.REGIOS, "2026", event.toString())).getMessage(),
                    "specversion moet 1.0 zijn", "id moet een UUID zijn", "sequence moet een positief geheel getal zijn",
                    "data ontbreekt of is geen object", "type nl.venster.ronde.gewijzigd hoort op venster.rondes, niet op register.regios");
        }

        @Test
        void onbekendeExtensieAttributenMogen() throws Exception {
            ObjectNode event = (ObjectNode) data(event(EventTypes.REGIO_GEWIJZIGD, 3, regio()));
            event.put("traceparent", "00-abc-def-01");
            assertTrue(bind(Topics.REGIOS, "ZK01", event.toString()) instanceof ModelEvent.RegioGewijzigd);
        }

        @Test
        void eenOnbekendTypeWordtGetolereerdEenBekendTypeOpEenAnderTopicNiet() {
            OnbekendEventType onbekend = assertThrows(OnbekendEventType.class,
                    () -> bind(Topics.REGIOS, "ZK01", event("nl.venster.register.regio.gesplitst", 3, regio())));
            assertEquals("nl.venster.register.regio.gesplitst", onbekend.type());
            bevat(weigering(Topics.REGIOS, "ZK01", EventTypes.OPVOLGING_VASTGELEGD, 3, regio(), d -> { }),
                    "type nl.venster.opvolging.vastgelegd hoort op venster.opvolgingen, niet op register.regios");
            // Known from the contract although this service does not consume it: misrouted, not newer.
            bevat(weigering(Topics.REGIOS, "ZK01", EventTypes.CONTACTPERSOON_GEWIJZIGD, 3, regio(), d -> { }),
                    "type nl.venster.register.contactpersoon.gewijzigd hoort op register.contactpersonen, niet op register.regios");
        }

        @Test
        void eenEventZonderTypeWordtGeweigerd() {
            ObjectNode event = (ObjectNode) data(event(EventTypes.REGIO_GEWIJZIGD, 3, regio()));
            event.remove("type");
            bevat(assertThrows(OngeldigEvent.class, () -> bind(Topics.REGIOS, "ZK01", event.toString())).getMessage(),
                    "type ontbreekt");
        }

        @Test
        void eenOnbekendTopicWordtGeweigerd() {
            bevat(assertThrows(OngeldigEvent.class,
                    () -> bind("venster.berichten", "x", event(EventTypes.REGIO_GEWIJZIGD, 3, regio()))).getMessage(),
                    "onbekend topic venster.berichten");
        }
    }

    @Nested
    class Tombstones {

        @Test
        void regioAgendaEnRondeKennenTombstones() throws Exception {
            assertEquals(new ModelEvent.RegioVerwijderd("ZK01"), bind(Topics.REGIOS, "ZK01", null));
            assertEquals(new ModelEvent.AgendaVerwijderd(null, "tombstone", 0, AGENDA, null), bind(Topics.AGENDAS, AGENDA.toString(), null));
            assertEquals(new ModelEvent.RondeVerwijderd(2026), bind(Topics.RONDES, "2026", null));
        }

        @Test
        void eenTombstoneZonderGeldigeSleutelOfOpEenAnderTopicWordtGeweigerd() {
            for (String[] geval : new String[][] {{Topics.REGIOS, "zk 01"}, {Topics.REGIOS, null}, {Topics.AGENDAS, "geen-uuid"},
                    {Topics.RONDES, "twintig"}, {Topics.RONDES, null}, {Topics.ANTWOORDEN, "2026/ZK01"}, {Topics.OPVOLGINGEN, "2026/ZK01"}}) {
                bevat(assertThrows(OngeldigEvent.class, () -> bind(geval[0], geval[1], null)).getMessage(), "tombstone");
            }
        }
    }

    @Nested
    class Regio {

        @Test
        void eenRegioMetLedenWordtGebonden() throws Exception {
            ModelEvent.RegioGewijzigd regio = (ModelEvent.RegioGewijzigd) bind(Topics.REGIOS, "ZK01",
                    event(EventTypes.REGIO_GEWIJZIGD, 3, regio()));
            assertEquals(3, regio.versie());
            assertEquals("Amstelland", regio.naam());
            assertEquals(LocalDate.of(2020, 1, 1), regio.geldigVanaf());
            assertNull(regio.geldigTot());
            assertEquals(List.of(new Lidmaatschap("GM0363", "Amsterdam", LocalDate.of(2020, 1, 1), null)), regio.leden());
        }

        @Test
        void zonderLedenHeeftDeRegioGeenLeden() throws Exception {
            ObjectNode data = regio();
            data.remove("leden");
            assertEquals(List.of(), ((ModelEvent.RegioGewijzigd) bind(Topics.REGIOS, "ZK01",
                    event(EventTypes.REGIO_GEWIJZIGD, 3, data))).leden());
        }

        @Test
        void elkProbleemVanEenRegioWordtGenoemd() {
            String reden = weigering(Topics.REGIOS, "ZK02", EventTypes.REGIO_GEWIJZIGD, 3, regio(), d -> {
                d.put("naam", " ");
                d.put("zorgkantoorregio", "Z1");
                d.put("geldigVanaf", "2021-01-01");
                d.put("geldigTot", "2020-01-01");
                d.put("versie", 2);
                d.putArray("leden").add(5).addObject().put("gemeentecode", "GM1").put("gemeentenaam", "X")
                        .put("vanaf", "2021-01-01").put("tot", "2021-01-01");
            });
            bevat(reden, "data.code hoort gelijk te zijn aan de recordsleutel", "data.naam ontbreekt of is geen tekst",
                    "data.zorgkantoorregio heeft niet de vorm", "data.geldigTot moet na geldigVanaf liggen",
                    "data.versie verschilt van de sequence van de CloudEvent", "data.leden[0].gemeentecode ontbreekt of is geen tekst",
                    "data.leden[0].gemeentenaam ontbreekt", "data.leden[1].gemeentecode heeft niet de vorm", "data.leden[1].tot moet na vanaf liggen");
            assertFalse(reden.contains("data.leden[0].vanaf"), "an element that is no object has only code and name reported: " + reden);
        }

        @Test
        void waardenVanHetVerkeerdeTypeWordenGeweigerdNietOmgezet() {
            String reden = weigering(Topics.REGIOS, "ZK01", EventTypes.REGIO_GEWIJZIGD, 3, regio(), d -> {
                d.put("naam", 12);
                d.put("geldigVanaf", 20200101);
                d.putArray("geldigTot").add(2030).add(1).add(1);
                d.put("versie", "3");
                d.putObject("leden");
            });
            bevat(reden, "data.naam ontbreekt of is geen tekst", "data.geldigVanaf is geen datum", "data.geldigTot is geen datum",
                    "data.versie ontbreekt of is geen positief geheel getal", "data.leden moet een lijst van hoogstens 2000 lidmaatschappen zijn");
        }

        @Test
        void eenLidZonderVanafOfMetOngeldigeDatumWordtGeweigerd() {
            String reden = weigering(Topics.REGIOS, "ZK01", EventTypes.REGIO_GEWIJZIGD, 3, regio(), d -> {
                d.putArray("leden").addObject().put("gemeentecode", "GM0363").put("gemeentenaam", "Amsterdam").put("tot", "morgen");
            });
            bevat(reden, "data.leden[0].vanaf ontbreekt", "data.leden[0].tot is geen datum");
        }
    }

    @Nested
    class Agenda {

        @Test
        void deAfsprakenWordenPerThemaEnStatusGeteld() throws Exception {
            ModelEvent.AgendaGewijzigd agenda = (ModelEvent.AgendaGewijzigd) bind(Topics.AGENDAS, AGENDA.toString(),
                    event(EventTypes.AGENDA_GEWIJZIGD, 4, agenda()));
            assertEquals(AGENDA, agenda.id());
            assertEquals("Stuurgroep", agenda.vastgesteldDoor());
            assertEquals(2, agenda.themas().size());
            assertEquals(Map.of("gepland", 0, "loopt", 2, "vertraagd", 0, "afgerond", 0, "gestopt", 0),
                    agenda.themas().get(0).afsprakenPerStatus());
            assertEquals(List.of("gepland", "loopt", "vertraagd", "afgerond", "gestopt"),
                    List.copyOf(agenda.themas().get(1).afsprakenPerStatus().keySet()), "every status, in the vocabulary's order");
            assertEquals(1, agenda.themas().get(1).afsprakenPerStatus().get("gepland"));
            assertNull(agenda.themas().get(0).doelen().get(0).nulwaarde());
        }

        @Test
        void elkProbleemVanEenAgendaWordtGenoemd() {
            String reden = weigering(Topics.AGENDAS, UUID.randomUUID().toString(), EventTypes.AGENDA_GEWIJZIGD, 4, agenda(), d -> {
                d.put("status", "afgelopen");
                d.putNull("vastgesteldOp");
                d.put("vastgesteldDoor", 7);
                d.put("looptijdTot", "2025-01-01");
                ((ArrayNode) d.get("afspraken")).addObject().put("thema", "preventie").put("status", "misschien");
                ((ArrayNode) d.get("afspraken")).addObject().put("thema", "jeugd").put("status", "loopt");
                ((ArrayNode) d.get("themas")).addObject().put("thema", "ggz").putObject("doelen");
                ((ObjectNode) ((ArrayNode) d.get("themas")).get(0).get("doelen").get(0)).put("nulwaarde", "").remove("indicator");
            });
            bevat(reden, "data.id hoort gelijk te zijn aan de recordsleutel", "data.vastgesteldOp ontbreekt",
                    "data.afgelopenOp ontbreekt", "data.vastgesteldDoor ontbreekt of is geen tekst",
                    "data.looptijdTot moet na looptijdVanaf liggen", "data.afspraken[3].status ontbreekt of is geen toegestane waarde",
                    "data.afspraken hebben een thema dat de agenda niet heeft", "data.themas[2].thema komt twee keer voor",
                    "data.themas[2].doelen moet een lijst van hoogstens 30 doelen zijn",
                    "data.themas[0].doelen[0].indicator ontbreekt", "data.themas[0].doelen[0].nulwaarde ontbreekt of is geen tekst");
        }

        @Test
        void eenConceptHoeftNietVastgesteldTeZijn() throws Exception {
            ObjectNode data = agenda();
            data.put("status", "concept");
            data.putNull("vastgesteldOp");
            data.putNull("vastgesteldDoor");
            assertEquals("concept", ((ModelEvent.AgendaGewijzigd) bind(Topics.AGENDAS, AGENDA.toString(),
                    event(EventTypes.AGENDA_GEWIJZIGD, 4, data))).status());
        }

        @Test
        void zonderLijstenWordtDeAgendaGeweigerd() {
            String reden = weigering(Topics.AGENDAS, AGENDA.toString(), EventTypes.AGENDA_GEWIJZIGD, 4, agenda(), d -> {
                d.remove("afspraken");
                d.put("themas", "ouderen");
            });
            bevat(reden, "data.afspraken moet een lijst", "data.themas moet een lijst");
        }

        @Test
        void eenVerwijderdeConceptAgenda() throws Exception {
            ObjectNode data = data("{\"id\":\"%s\",\"regio\":\"ZK01\",\"versie\":5}".formatted(AGENDA));
            ModelEvent.AgendaVerwijderd verwijderd = (ModelEvent.AgendaVerwijderd) bind(Topics.AGENDAS, AGENDA.toString(),
                    event(EventTypes.AGENDA_VERWIJDERD, 5, data));
            assertEquals(5, verwijderd.versie());
            assertEquals("ZK01", verwijderd.regio());
            String reden = weigering(Topics.AGENDAS, AGENDA.toString(), EventTypes.AGENDA_VERWIJDERD, 5,
                    data("{\"id\":\"geen\",\"versie\":4}"), d -> { });
            bevat(reden, "data.id ontbreekt of is geen UUID", "data.regio ontbreekt", "data.versie verschilt van de sequence");
        }

        @Test
        void deVerwijderingIsAlleenOpHetAgendaTopicToegestaan() {
            bevat(weigering(Topics.REGIOS, "ZK01", EventTypes.AGENDA_VERWIJDERD, 5, regio(), d -> { }),
                    "type nl.venster.register.agenda.verwijderd hoort op register.agendas, niet op register.regios");
        }
    }

    @Nested
    class Ronde {

        @Test
        void eenRondeWordtGebonden() throws Exception {
            ModelEvent.RondeGewijzigd ronde = (ModelEvent.RondeGewijzigd) bind(Topics.RONDES, "2026",
                    event(EventTypes.RONDE_GEWIJZIGD, 2, ronde()));
            assertEquals(RondeStatus.OPEN, ronde.status());
            assertEquals(OffsetDateTime.parse("2026-04-01T16:00:00+02:00"), ronde.sluit());
            assertEquals("+02:00", ronde.sluit().getOffset().toString(), "the offset is kept, not adjusted");
            assertEquals(List.of(new Vraag("proces", "Proces?", Schaal.RAPPORTCIJFER), new Vraag("agenda", "Agenda?", Schaal.JA_NEE)),
                    ronde.vragen());
            assertEquals(6, ronde.voldoendeGrens());
        }

        @Test
        void elkProbleemVanEenRondeWordtGenoemd() {
            String reden = weigering(Topics.RONDES, "2025", EventTypes.RONDE_GEWIJZIGD, 2, ronde(), d -> {
                d.put("status", "half-open");
                d.put("opent", "2026-02-01T08:00:00");
                d.remove("sluit");
                ((ArrayNode) d.get("vragen")).addObject().put("code", "proces").put("tekst", "Nog eens?").put("schaal", "procent");
                ((ArrayNode) d.get("vragen")).add("geen object");
                d.put("voldoendeGrens", 11);
                d.put("spreidingsGrens", 0);
            });
            bevat(reden, "data.jaar hoort gelijk te zijn aan de recordsleutel", "data.status ontbreekt of is geen toegestane waarde",
                    "data.opent ontbreekt of is geen tijdstip", "data.sluit ontbreekt of is geen tijdstip",
                    "data.vragen[2].code komt twee keer voor", "data.vragen[2].schaal ontbreekt of is geen toegestane waarde",
                    "data.vragen[3].code ontbreekt", "data.voldoendeGrens moet tussen 0 en 10 liggen",
                    "data.spreidingsGrens moet tussen 1 en 10 liggen");
        }

        @Test
        void getallenMoetenGeheleGetallenZijn() {
            String reden = weigering(Topics.RONDES, "2026", EventTypes.RONDE_GEWIJZIGD, 2, ronde(), d -> {
                d.put("voldoendeGrens", 6.5);
                d.put("spreidingsGrens", "3");
                d.put("jaar", 2019);
                d.putArray("vragen");
            });
            bevat(reden, "data.voldoendeGrens ontbreekt of is geen geheel getal", "data.spreidingsGrens ontbreekt of is geen geheel getal",
                    "data.jaar moet tussen 2020 en", "data.vragen moet 1 tot 20 vragen bevatten");
        }

        @Test
        void eenJaarBuitenHetBereikVanEenGetalWordtGeweigerd() {
            bevat(weigering(Topics.RONDES, "2026", EventTypes.RONDE_GEWIJZIGD, 2, ronde(), d -> d.put("jaar", 99_999_999_999L)),
                    "data.jaar ontbreekt of is geen geheel getal");
        }
    }

    @Nested
    class Antwoordset {

        @Test
        void eenAntwoordsetWordtGebonden() throws Exception {
            ModelEvent.AntwoordsetIngediend set = (ModelEvent.AntwoordsetIngediend) bind(Topics.ANTWOORDEN, "2026/ZK01",
                    event(EventTypes.ANTWOORDSET_INGEDIEND, 5, antwoordset()));
            assertEquals(Financier.ZORGKANTOOR, set.financier());
            assertEquals(5, set.versie());
            assertEquals(List.of(new AntwoordScore("proces", 7, "goed"), new AntwoordScore("agenda", 0, null)), set.antwoorden());
        }

        @Test
        void elkProbleemVanEenAntwoordsetWordtGenoemd() {
            String reden = weigering(Topics.ANTWOORDEN, "2026/ZK01", EventTypes.ANTWOORDSET_INGEDIEND, 6, antwoordset(), d -> {
                d.put("financier", "rijk");
                d.put("regio", "ZK02");
                ((ArrayNode) d.get("antwoorden")).addObject().put("vraag", "proces").put("score", 11).put("toelichting", 3);
                ((ArrayNode) d.get("antwoorden")).addObject().put("vraag", "Resultaten").put("score", 5).put("toelichting", "x".repeat(2001));
            });
            bevat(reden, "data.financier ontbreekt of is geen toegestane waarde", "data.regio jaar/regio hoort gelijk te zijn aan de recordsleutel",
                    "data.versie verschilt van de sequence", "data.antwoorden[2].vraag komt twee keer voor",
                    "data.antwoorden[2].score moet tussen 0 en 10 liggen", "data.antwoorden[2].toelichting ontbreekt of is geen tekst",
                    "data.antwoorden[3].vraag heeft niet de vorm", "data.antwoorden[3].toelichting is langer dan 2000 tekens");
        }

        @Test
        void zonderAntwoordenOfIndienmomentWordtDeSetGeweigerd() {
            bevat(weigering(Topics.ANTWOORDEN, "2026/ZK01", EventTypes.ANTWOORDSET_INGEDIEND, 5, antwoordset(), d -> {
                d.remove("antwoorden");
                d.put("ingediendOp", "gisteren");
            }), "data.antwoorden moet 1 tot 20 antwoorden bevatten", "data.ingediendOp ontbreekt of is geen tijdstip");
        }
    }

    @Nested
    class Opvolging {

        @Test
        void eenOpvolgingMetAfspraakWordtGebonden() throws Exception {
            ModelEvent.OpvolgingVastgelegd opvolging = (ModelEvent.OpvolgingVastgelegd) bind(Topics.OPVOLGINGEN, "2026/ZK01",
                    event(EventTypes.OPVOLGING_VASTGELEGD, 2, opvolging()));
            assertEquals(OPVOLGING, opvolging.id());
            assertEquals(OpvolgingSoort.ACTIE_AFGESPROKEN, opvolging.soort());
            assertEquals(AGENDA, opvolging.afspraak());
            assertEquals(2, opvolging.volgnummer());
        }

        @Test
        void zonderAfspraakOfMetNullIsErGeenAfspraak() throws Exception {
            ObjectNode zonder = opvolging();
            zonder.remove("afspraak");
            zonder.put("soort", "besproken");
            assertNull(((ModelEvent.OpvolgingVastgelegd) bind(Topics.OPVOLGINGEN, "2026/ZK01",
                    event(EventTypes.OPVOLGING_VASTGELEGD, 2, zonder))).afspraak());
            ObjectNode leeg = opvolging();
            leeg.putNull("afspraak");
            assertNull(((ModelEvent.OpvolgingVastgelegd) bind(Topics.OPVOLGINGEN, "2026/ZK01",
                    event(EventTypes.OPVOLGING_VASTGELEGD, 2, leeg))).afspraak());
        }

        @Test
        void eenAfspraakAlleenBijActieAfgesprokenEnAlsUuid() {
            bevat(weigering(Topics.OPVOLGINGEN, "2026/ZK01", EventTypes.OPVOLGING_VASTGELEGD, 2, opvolging(),
                    d -> d.put("soort", "besproken")), "data.afspraak alleen bij actie-afgesproken");
            bevat(weigering(Topics.OPVOLGINGEN, "2026/ZK01", EventTypes.OPVOLGING_VASTGELEGD, 2, opvolging(),
                    d -> d.put("afspraak", "afspraak-1")), "data.afspraak ontbreekt of is geen UUID");
            bevat(weigering(Topics.OPVOLGINGEN, "2026/ZK01", EventTypes.OPVOLGING_VASTGELEGD, 2, opvolging(),
                    d -> d.put("afspraak", 12)), "data.afspraak ontbreekt of is geen UUID");
        }

        @Test
        void elkProbleemVanEenOpvolgingWordtGenoemd() {
            String reden = weigering(Topics.OPVOLGINGEN, "2026/ZK01", EventTypes.OPVOLGING_VASTGELEGD, 3, opvolging(), d -> {
                d.remove("id");
                d.put("soort", "vergeten");
                d.remove("toelichting");
                d.put("vastgelegdOp", 1_700_000_000);
            });
            bevat(reden, "data.id ontbreekt of is geen UUID", "data.soort ontbreekt of is geen toegestane waarde",
                    "data.toelichting ontbreekt of is geen tekst", "data.vastgelegdOp ontbreekt of is geen tijdstip",
                    "data.volgnummer verschilt van de sequence");
        }
    }

    @Test
    void eenLijstelementVanEenOnbindbareVormWordtGeweigerdMetDePlek() {
        bevat(weigering(Topics.RONDES, "2026", EventTypes.RONDE_GEWIJZIGD, 2, ronde(), d -> ((ArrayNode) d.get("vragen")).add("")),
                "data.vragen[2]");
    }
}
