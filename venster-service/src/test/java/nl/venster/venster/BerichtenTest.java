package nl.venster.venster;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static nl.venster.venster.support.Scenario.antwoorden;
import static nl.venster.venster.support.Scenario.base;
import static nl.venster.venster.support.Scenario.beheerder;
import static nl.venster.venster.support.Scenario.indienen;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.venster.messaging.BerichtRelay;
import nl.venster.venster.service.BerichtenService;
import nl.venster.venster.support.Eventually;
import nl.venster.venster.support.RegistryEvents;
import nl.venster.venster.support.Scenario;
import nl.venster.venster.support.Smtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations, reminders, confirmations and unsealing notices (DESIGN.md §8), received over real SMTP: a
 * GreenMail server in this JVM that the service's mailer is pointed at.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(Smtp.class)
class BerichtenTest {

    @RegisterExtension
    static GreenMailExtension smtp = Smtp.extensie();

    /** A region with a bestuurlijk aanspreekpunt per financier (each with an address) and an ambtelijk one for the gemeenten. */
    record Regio(Scenario.Regio basis, UUID ambtelijk) {
        String code() {
            return basis.code();
        }

        String adres(String financier) {
            return basis.aanspreekpunten().get(financier) + "@venster.test";
        }

        String ambtelijkAdres() {
            return "amb-gemeenten-" + code().toLowerCase() + "@venster.test";
        }
    }

    static Regio regio(boolean metAdressen) {
        Scenario.Regio basis = Scenario.regioMetAanspreekpunten();
        UUID ambtelijk = UUID.randomUUID();
        RegistryEvents.contactpersoonAndWait(ambtelijk, "Ambtelijk gemeenten " + basis.code(), "amb-gemeenten-" + basis.code().toLowerCase(),
                1, List.of(RegistryEvents.rol(basis.code(), "gemeenten", "ambtelijk-aanspreekpunt", LocalDate.now().minusYears(1), null)));
        if (metAdressen) {
            for (String financier : Scenario.FINANCIERS) {
                RegistryEvents.contactadresAndWait(basis.contactIds().get(financier), basis.aanspreekpunten().get(financier) + "@venster.test", 1);
            }
            RegistryEvents.contactadresAndWait(ambtelijk, "amb-gemeenten-" + basis.code().toLowerCase() + "@venster.test", 1);
        }
        return new Regio(basis, ambtelijk);
    }

    static List<Map<String, Object>> berichten(int jaar, String query) {
        return given().auth().oauth2(beheerder()).get(base() + "/rondes/" + jaar + "/berichten?pageSize=100&" + query)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    static List<Smtp.Ontvangen> wachtOp(String regio, int aantal, Function<Smtp.Ontvangen, Boolean> welke) {
        Eventually.until(aantal + " messages for " + regio, () -> Smtp.voor(smtp, regio).stream().filter(welke::apply).count() >= aantal);
        return Smtp.voor(smtp, regio).stream().filter(welke::apply).toList();
    }

    static long uitgesteldWegensStoring(int jaar) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from bericht where jaar = :jaar and status = 'wachtend'"
                        + " and laatste_fout like 'SMTP-server niet bereikbaar%'")
                .setParameter("jaar", jaar).getSingleResult()).longValue());
    }

    static BerichtRelay relay() {
        return Arc.container().instance(BerichtRelay.class).get();
    }

    @Test
    void openingARoundInvitesEachAanspreekpuntOnceWithLinkAndCalendar() {
        Regio regio = regio(true);
        int jaar = Scenario.openRonde();

        List<Smtp.Ontvangen> ontvangen = wachtOp(regio.code(), 4, m -> m.onderwerp().contains("Uitnodiging"));
        relay().verzendTeVerzenden();
        ontvangen = Smtp.voor(smtp, regio.code());
        assertEquals(4, ontvangen.size(), "one invitation per aanspreekpunt, nothing else: " + ontvangen);
        Map<String, Smtp.Ontvangen> perAdres = ontvangen.stream().collect(Collectors.toMap(Smtp.Ontvangen::aan, m -> m));
        assertEquals(Map.of(), perAdres.keySet().stream().filter(a -> !List.of(regio.adres("gemeenten"), regio.adres("zorgverzekeraar"),
                regio.adres("zorgkantoor"), regio.ambtelijkAdres()).contains(a)).collect(Collectors.toMap(a -> a, a -> a)));

        Smtp.Ontvangen gemeenten = perAdres.get(regio.adres("gemeenten"));
        assertTrue(gemeenten.onderwerp().startsWith("Uitnodiging Venster op de samenwerking " + jaar), gemeenten.onderwerp());
        String link = "https://venster.test/rondes/" + jaar + "/regios/" + regio.code() + "/antwoorden/gemeenten";
        assertTrue(gemeenten.tekst().contains(link), gemeenten.tekst());
        assertTrue(gemeenten.html().contains("href=\"" + link + "\""), gemeenten.html());
        assertTrue(gemeenten.tekst().contains("Hoe tevreden bent u over het proces van de samenwerking in de regio?"));
        assertTrue(gemeenten.tekst().contains("rapportcijfer van 1 tot en met 10"));
        assertTrue(gemeenten.html().contains("name=\"viewport\""), "readable on a phone");
        assertTrue(perAdres.get(regio.adres("zorgkantoor")).tekst().contains("/antwoorden/zorgkantoor"));

        Map<String, Object> ronde = given().auth().oauth2(beheerder()).get(base() + "/rondes/" + jaar).then().extract().jsonPath().getMap("$");
        OffsetDateTime sluit = OffsetDateTime.parse((String) ronde.get("sluit"));
        String ics = gemeenten.ics();
        assertNotNull(ics, "calendar attachment");
        assertTrue(ics.contains("BEGIN:VEVENT"), ics);
        assertTrue(ics.contains("DTEND:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(sluit.withOffsetSameInstant(ZoneOffset.UTC))), ics);

        Smtp.Ontvangen kopie = perAdres.get(regio.ambtelijkAdres());
        assertTrue(kopie.onderwerp().startsWith("Kopie: "), kopie.onderwerp());
        assertTrue(kopie.tekst().contains("in kopie als ambtelijk aanspreekpunt"), kopie.tekst());
        assertTrue(kopie.tekst().contains("Aanspreekpunt gemeenten " + regio.code()), "names the addressee");

        List<Map<String, Object>> lijst = berichten(jaar, "regio=" + regio.code());
        assertEquals(4, lijst.size());
        for (Map<String, Object> bericht : lijst) {
            assertEquals("uitnodiging", bericht.get("reden"));
            assertEquals("verzonden", bericht.get("status"));
            assertEquals(1, bericht.get("pogingen"));
            assertNotNull(bericht.get("verzondenOp"));
        }
        Map<String, Object> aanGemeenten = lijst.stream().filter(b -> b.get("financier").equals("gemeenten") && b.get("kopie").equals(false))
                .findFirst().orElseThrow();
        assertEquals(gemeenten.messageId(), aanGemeenten.get("messageId"), "the recorded Message-ID is the one sent");
    }

    @Test
    void theListIsFilterablePaginatedAndAvailableAsCsv() {
        Regio regio = regio(true);
        int jaar = Scenario.openRonde();
        wachtOp(regio.code(), 4, m -> true);
        // Received before the relay's transaction has recorded the last of them as sent: wait for the record too.
        Eventually.until("all recorded as sent", () -> berichten(jaar, "regio=" + regio.code() + "&status=verzonden").size() == 4);
        String pad = base() + "/rondes/" + jaar + "/berichten";

        given().auth().oauth2(beheerder()).get(pad + "?regio=" + regio.code() + "&financier=gemeenten&pageSize=1").then().statusCode(200)
                .header("X-Total-Count", "2").header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .body("size()", equalTo(1));
        given().auth().oauth2(beheerder()).get(pad + "?regio=" + regio.code() + "&reden=herinnering").then().statusCode(200)
                .header("X-Total-Count", "0");
        String csv = given().auth().oauth2(beheerder()).accept("text/csv").get(pad + "?regio=" + regio.code() + "&status=verzonden")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        String[] regels = csv.split("\r\n");
        assertEquals(5, regels.length, csv);
        // The shared export (Exportformaat, Csv): the Dutch Excel dialect, with a byte order mark and semicolons.
        assertTrue(regels[0].startsWith("\uFEFFid;regio;financier;reden;aanleiding;contactpersoon;ontvanger;"), regels[0]);

        assertProblem(given().auth().oauth2(regio.basis().token("gemeenten")).get(pad).then(), 403);
        assertProblem(given().auth().oauth2(beheerder()).get(pad + "?reden=spam&status=weg").then(), 400)
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("reden", "status"));
        assertProblem(given().auth().oauth2(beheerder()).get(base() + "/rondes/2099/berichten").then(), 404);

        // The same CSV through the export operation a generated client calls.
        String export = base() + "/rondes/" + jaar + "/exports/berichten";
        assertEquals(csv, given().auth().oauth2(beheerder()).get(export + "?formaat=csv&regio=" + regio.code() + "&status=verzonden")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"venster-" + jaar + "-berichten.csv\"")
                .header("X-Total-Count", "4").extract().asString());
        assertProblem(given().auth().oauth2(regio.basis().token("gemeenten")).get(export + "?formaat=csv").then(), 403);
        assertProblem(given().auth().oauth2(beheerder()).get(export + "?formaat=xlsx&reden=spam").then(), 400)
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("formaat", "reden"));
        assertProblem(given().auth().oauth2(beheerder()).get(base() + "/rondes/2099/exports/berichten?formaat=csv").then(), 404);
    }

    @Test
    void remindersGoOnlyToFinanciersThatHaveNotAnsweredOncePerDueMoment() {
        Regio regio = regio(true);
        int jaar = Scenario.nieuwJaar();
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        // Opened 20 days ago by the clock, closing in 10 days: only a 3-day reminder, not due yet.
        given().auth().oauth2(beheerder()).contentType(ContentType.JSON)
                .body(Map.of("jaar", jaar, "opent", nu.minusDays(20).toString(), "sluit", nu.plusDays(10).toString(), "herinneringen", List.of(3)))
                .post(base() + "/rondes").then().statusCode(201).body("herinneringen", equalTo(List.of(3)));
        wachtOp(regio.code(), 4, m -> m.onderwerp().contains("Uitnodiging"));
        indienen(regio.basis().token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(7, 7, 7), null).then().statusCode(201);

        // The beheerder adds a 14-day reminder: its moment (4 days ago) is due at once.
        Map<String, Object> huidig = given().auth().oauth2(beheerder()).get(base() + "/rondes/" + jaar).then().extract().jsonPath().getMap("$");
        Map<String, Object> ronde = new HashMap<>();
        for (String veld : List.of("opent", "sluit", "vragen", "voldoendeGrens", "spreidingsGrens")) {
            ronde.put(veld, huidig.get(veld));
        }
        ronde.put("herinneringen", List.of(3, 14));
        given().auth().oauth2(beheerder()).contentType(ContentType.JSON).body(ronde).put(base() + "/rondes/" + jaar).then().statusCode(200)
                .body("herinneringen", equalTo(List.of(14, 3)));

        List<Smtp.Ontvangen> herinneringen = wachtOp(regio.code(), 2, m -> m.onderwerp().startsWith("Herinnering"));
        assertEquals(java.util.Set.of(regio.adres("zorgverzekeraar"), regio.adres("zorgkantoor")),
                herinneringen.stream().map(Smtp.Ontvangen::aan).collect(Collectors.toSet()), "not to the gemeenten, who answered");
        assertTrue(herinneringen.get(0).tekst().contains("(over 10 dagen)"), herinneringen.get(0).tekst());
        assertNotNull(herinneringen.get(0).ics());

        assertEquals(0, Arc.container().instance(BerichtenService.class).get().herinneringenVersturen(jaar), "the moment was handled");
        List<Map<String, Object>> lijst = berichten(jaar, "regio=" + regio.code() + "&reden=herinnering");
        assertEquals(2, lijst.size());
        lijst.forEach(b -> assertEquals("14-dagen", b.get("aanleiding")));
    }

    @Test
    void aBeheerderCanSendAReminderToOneFinancierSlotAgain() {
        Regio regio = regio(true);
        int jaar = Scenario.openRonde();
        wachtOp(regio.code(), 4, m -> true);
        String pad = base() + "/rondes/" + jaar + "/regios/" + regio.code() + "/herinneringen/";

        given().auth().oauth2(beheerder()).post(pad + "gemeenten").then().statusCode(202)
                .body("size()", equalTo(2)).body("aanleiding", equalTo(List.of("handmatig-1", "handmatig-1")))
                .body("kopie", org.hamcrest.Matchers.containsInAnyOrder(false, true));
        given().auth().oauth2(beheerder()).post(pad + "gemeenten").then().statusCode(202)
                .body("aanleiding[0]", equalTo("handmatig-2"));
        List<Smtp.Ontvangen> herinneringen = wachtOp(regio.code(), 4, m -> m.onderwerp().startsWith("Herinnering"));
        assertEquals(2, herinneringen.stream().filter(m -> m.aan().equals(regio.adres("gemeenten"))).count());
        assertEquals(2, herinneringen.stream().filter(m -> m.aan().equals(regio.adres("gemeenten"))).map(Smtp.Ontvangen::messageId)
                .distinct().count(), "each resend is a message of its own");

        indienen(regio.basis().token("zorgkantoor"), jaar, regio.code(), "zorgkantoor", antwoorden(7, 7, 7), null).then().statusCode(201);
        assertProblem(given().auth().oauth2(beheerder()).post(pad + "zorgkantoor").then(), 409);
        assertProblem(given().auth().oauth2(regio.basis().token("gemeenten")).post(pad + "gemeenten").then(), 403);
        assertProblem(given().auth().oauth2(beheerder()).post(base() + "/rondes/" + jaar + "/regios/ONBEKEND1/herinneringen/gemeenten").then(), 404);
    }

    @Test
    void submissionsAreConfirmedAndTheLastOneUnsealsTheRegionNamingDivergentQuestions() {
        Regio regio = regio(true);
        int jaar = Scenario.openRonde();
        wachtOp(regio.code(), 4, m -> true);

        String etag = indienen(regio.basis().token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(8, 7, 7), null)
                .then().statusCode(201).extract().header("ETag");
        // Sent before the amendment; one still waiting would be replaced (see the next test).
        wachtOp(regio.code(), 1, m -> m.onderwerp().startsWith("Ontvangen"));
        indienen(regio.basis().token("gemeenten"), jaar, regio.code(), "gemeenten", antwoorden(9, 7, 7), etag).then().statusCode(200);
        indienen(regio.basis().token("zorgverzekeraar"), jaar, regio.code(), "zorgverzekeraar", antwoorden(4, 7, 6), null).then().statusCode(201);
        indienen(regio.basis().token("zorgkantoor"), jaar, regio.code(), "zorgkantoor", antwoorden(7, 8, 7), null).then().statusCode(201);

        List<Smtp.Ontvangen> bevestigingen = wachtOp(regio.code(), 4, m -> m.onderwerp().startsWith("Ontvangen"));
        List<Smtp.Ontvangen> aanGemeenten = bevestigingen.stream().filter(m -> m.aan().equals(regio.adres("gemeenten"))).toList();
        assertEquals(2, aanGemeenten.size(), "one per version");
        assertTrue(aanGemeenten.stream().anyMatch(m -> m.onderwerp().contains("(versie 2)") && m.tekst().contains(": 9")));
        assertTrue(aanGemeenten.stream().anyMatch(m -> m.tekst().contains("Toelichting: Goede afstemming")));

        List<Smtp.Ontvangen> ontzegeld = wachtOp(regio.code(), 4, m -> m.onderwerp().contains("alle drie de financiers"));
        assertEquals(4, ontzegeld.size(), "to every aanspreekpunt of the region, once");
        for (Smtp.Ontvangen bericht : ontzegeld) {
            assertTrue(bericht.tekst().contains("- Hoe tevreden bent u over het proces van de samenwerking in de regio?"), bericht.tekst());
            assertTrue(!bericht.tekst().contains("- Hoe tevreden bent u over de gezamenlijke agenda"), "agenda does not diverge");
            assertTrue(bericht.tekst().contains("De bal ligt bij de regio"));
        }
        assertEquals(4, berichten(jaar, "regio=" + regio.code() + "&reden=ontzegeling").size());
    }

    @Test
    void aConfirmationNotYetSentIsReplacedByTheSamePersonsNewerVersion() {
        Regio regio = regio(true);
        int jaar = Scenario.openRonde();
        wachtOp(regio.code(), 4, m -> true);
        // Nothing goes out meanwhile, so versions 1 and 2 are still waiting when the next version comes.
        smtp.stop();
        String token = regio.basis().token("gemeenten");
        String etag = indienen(token, jaar, regio.code(), "gemeenten", antwoorden(8, 7, 7), null).then().statusCode(201).extract().header("ETag");
        etag = indienen(token, jaar, regio.code(), "gemeenten", antwoorden(9, 7, 7), etag).then().statusCode(200).extract().header("ETag");
        indienen(token, jaar, regio.code(), "gemeenten", antwoorden(10, 7, 7), etag).then().statusCode(200);
        indienen(regio.basis().token("zorgkantoor"), jaar, regio.code(), "zorgkantoor", antwoorden(7, 7, 7), null).then().statusCode(201);

        Map<String, String> status = new HashMap<>();
        berichten(jaar, "regio=" + regio.code() + "&reden=bevestiging")
                .forEach(b -> status.put(b.get("financier") + "/" + b.get("aanleiding"), (String) b.get("status")));
        assertEquals(Map.of("gemeenten/versie-1", "vervallen", "gemeenten/versie-2", "vervallen", "gemeenten/versie-3", "wachtend",
                "zorgkantoor/versie-1", "wachtend"), status, "every version recorded; only the same person's own earlier one replaced");

        smtp.start();
        List<Smtp.Ontvangen> bevestigingen = wachtOp(regio.code(), 2, m -> m.onderwerp().startsWith("Ontvangen"));
        relay().verzendTeVerzenden();
        assertEquals(2, Smtp.voor(smtp, regio.code()).stream().filter(m -> m.onderwerp().startsWith("Ontvangen")).count());
        Smtp.Ontvangen aanGemeenten = bevestigingen.stream().filter(m -> m.aan().equals(regio.adres("gemeenten"))).findFirst().orElseThrow();
        assertTrue(aanGemeenten.onderwerp().contains("(versie 3)") && aanGemeenten.tekst().contains(": 10"), aanGemeenten.tekst());
    }

    @Test
    void anSmtpOutageWhileARoundOpensDelaysTheMessagesAndLosesNone() {
        Regio regio = regio(true);
        smtp.stop();
        int jaar = Scenario.openRonde();
        // The round queues messages for every region the suite has made; the relay works through them in due
        // order and stops a pass at the first unreachable server, so watch the round, not this one region.
        Eventually.until("the relay tried while the server was down", () -> uitgesteldWegensStoring(jaar) > 0);
        berichten(jaar, "regio=" + regio.code()).forEach(b -> {
            assertEquals("wachtend", b.get("status"));
            assertEquals(0, b.get("pogingen"), "an outage uses up no attempt");
        });

        smtp.start();
        wachtOp(regio.code(), 4, m -> true);
        Eventually.until("all recorded as sent", () -> berichten(jaar, "regio=" + regio.code() + "&status=verzonden").size() == 4);
        relay().verzendTeVerzenden();
        assertEquals(4, Smtp.voor(smtp, regio.code()).size(), "every message arrived once");
        assertEquals(4, Smtp.voor(smtp, regio.code()).stream().map(Smtp.Ontvangen::messageId).distinct().count());
    }

    @Test
    void aServerThatAcceptsButNeverAnswersIsGivenUpOnWithinTheSendTimeoutAndLosesNothing() throws Exception {
        Regio regio = regio(true);
        smtp.stop();
        // In the SMTP server's place: a socket that takes connections and never says a word. The relay must give
        // up after quarkus.mailer.timeout (2 s here), well inside its transaction's timeout, and keep the message.
        List<java.net.Socket> gehouden = new java.util.concurrent.CopyOnWriteArrayList<>();
        int jaar;
        try (java.net.ServerSocket zwijger = new java.net.ServerSocket()) {
            zwijger.setReuseAddress(true);
            zwijger.bind(new java.net.InetSocketAddress("127.0.0.1", Smtp.POORT));
            Thread aannemer = new Thread(() -> {
                try {
                    while (true) {
                        gehouden.add(zwijger.accept());
                    }
                } catch (java.io.IOException gesloten) {
                    // the test closed the socket
                }
            });
            aannemer.setDaemon(true);
            aannemer.start();
            jaar = Scenario.openRonde();
            Eventually.until("the relay gave up on the silent server", () -> QuarkusTransaction.requiringNew().call(() ->
                    ((Number) Arc.container().instance(EntityManager.class).get().createNativeQuery(
                            "select count(*) from bericht where jaar = :jaar and status = 'wachtend' and pogingen = 0"
                                    + " and laatste_fout = 'SMTP-server niet bereikbaar: geen antwoord binnen de wachttijd'")
                            .setParameter("jaar", jaar).getSingleResult()).longValue() > 0));
            assertTrue(gehouden.size() > 0, "the relay did connect to the silent server");
        } finally {
            for (java.net.Socket socket : gehouden) {
                socket.close();
            }
        }
        smtp.start();
        wachtOp(regio.code(), 4, m -> true);
        Eventually.until("all recorded as sent", () -> berichten(jaar, "regio=" + regio.code() + "&status=verzonden").size() == 4);
        relay().verzendTeVerzenden();
        assertEquals(4, Smtp.voor(smtp, regio.code()).size(), "every message arrived once");
    }

    @Test
    void aCrashBetweenQueueingAndSendingNeitherLosesNorDoublesAMessage() throws Exception {
        Regio regio = regio(true);
        // Queued while the server is away, so none is sent before the "crash" below takes them.
        smtp.stop();
        int jaar = Scenario.openRonde();
        Eventually.until("four queued", () -> berichten(jaar, "regio=" + regio.code() + "&status=wachtend").size() == 4);
        // A relay that has taken this region's messages and dies (its transaction rolls back, as a killed
        // process's does) before it records them as sent.
        CountDownLatch vergrendeld = new CountDownLatch(1);
        CountDownLatch crash = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> gecrasht = threads.submit(() -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        EntityManager em = Arc.container().instance(EntityManager.class).get();
                        em.createNativeQuery("select id from bericht where jaar = :jaar and regio = :regio for update")
                                .setParameter("jaar", jaar).setParameter("regio", regio.code()).getResultList();
                        vergrendeld.countDown();
                        try {
                            crash.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new IllegalStateException("crash");
                    });
                } catch (IllegalStateException verwacht) {
                    // rolled back
                }
            });
            vergrendeld.await();
            smtp.start();
            // Meanwhile two relay passes run side by side: neither sends a message another holds.
            List<Future<Integer>> passes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                passes.add(threads.submit(() -> relay().verzendTeVerzenden()));
            }
            for (Future<Integer> pass : passes) {
                pass.get();
            }
            assertEquals(0, Smtp.voor(smtp, regio.code()).size(), "messages held by the crashed relay are not sent by another");
            crash.countDown();
            gecrasht.get();
        } finally {
            threads.shutdownNow();
        }
        wachtOp(regio.code(), 4, m -> true);
        Eventually.until("all recorded as sent", () -> berichten(jaar, "regio=" + regio.code() + "&status=verzonden").size() == 4);
        relay().verzendTeVerzenden();
        assertEquals(4, Smtp.voor(smtp, regio.code()).size(), "each queued message sent once");
    }

    @Test
    void aContactWithoutAnAddressIsReportedAndReachedOnceOneIsKnown() {
        Regio regio = regio(false);
        RegistryEvents.contactadresAndWait(regio.basis().contactIds().get("gemeenten"), regio.adres("gemeenten"), 1);
        int jaar = Scenario.openRonde();
        wachtOp(regio.code(), 1, m -> true);
        Eventually.until("three not reachable", () -> berichten(jaar, "regio=" + regio.code() + "&status=niet-bereikbaar").size() == 3);

        Map<String, Object> zorgkantoor = given().auth().oauth2(beheerder())
                .get(base() + "/rondes/" + jaar + "/voortgang?regio=" + regio.code() + "&financier=zorgkantoor").then().statusCode(200)
                .extract().jsonPath().getMap("[0]");
        assertEquals(List.of("Aanspreekpunt zorgkantoor " + regio.code()), zorgkantoor.get("nietBereikbaar"));
        Map<String, Object> gemeenten = given().auth().oauth2(beheerder())
                .get(base() + "/rondes/" + jaar + "/voortgang?regio=" + regio.code() + "&financier=gemeenten").then().statusCode(200)
                .extract().jsonPath().getMap("[0]");
        assertEquals(List.of("Ambtelijk gemeenten " + regio.code()), gemeenten.get("nietBereikbaar"));
        assertEquals("Geen e-mailadres bekend in het register",
                berichten(jaar, "regio=" + regio.code() + "&status=niet-bereikbaar").get(0).get("laatsteFout"));

        // The registry learns the address: the waiting invitation goes out after all.
        RegistryEvents.contactadresAndWait(regio.basis().contactIds().get("zorgkantoor"), regio.adres("zorgkantoor"), 2);
        List<Smtp.Ontvangen> ontvangen = wachtOp(regio.code(), 2, m -> true);
        assertTrue(ontvangen.stream().anyMatch(m -> m.aan().equals(regio.adres("zorgkantoor")) && m.onderwerp().contains("Uitnodiging")));
        given().auth().oauth2(beheerder()).get(base() + "/rondes/" + jaar + "/voortgang?regio=" + regio.code() + "&financier=zorgkantoor")
                .then().body("[0].nietBereikbaar", equalTo(List.of()));
    }
}
