package nl.venster.register.rest;

import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.venster.conventions.testing.TestJwtKeys;
import org.junit.jupiter.api.Test;

/** Contacts, role assignments, the one-bestuurlijk-aanspreekpunt rule and who sees e-mail and telephone. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class ContactTest {

    private static final String BASE = Api.BASE;

    @Inject
    DataSource dataSource;

    private static String persoon(String naam, String subject) {
        return Api.beheerder().body(Map.of("naam", naam, "email", subject + "@example.nl", "telefoon", "+31 6 12345678",
                        "organisatie", "Gemeente Test", "subject", subject))
                .post(BASE + "/contactpersonen").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> rol(String persoon, String financier, String rol, String vanaf, String tot) {
        Map<String, Object> body = new HashMap<>(Map.of("contactpersoon", persoon, "financier", financier, "rol", rol, "vanaf", vanaf));
        if (tot != null) {
            body.put("tot", tot);
        }
        return body;
    }

    @Test
    void aSecondBestuurlijkAanspreekpuntForOneFinancierIsRefusedAndReplacingIsOneRequest() {
        String wethouder = persoon("Wethouder Een", "wethouder-" + UUID.randomUUID());
        String opvolger = persoon("Wethouder Twee", "wethouder-" + UUID.randomUUID());
        String huidig = Api.beheerder().body(rol(wethouder, "gemeenten", "bestuurlijk-aanspreekpunt", "2026-01-01", null))
                .post(BASE + "/regios/ZK04/rollen").then().statusCode(201)
                .header("Location", containsString("/regios/ZK04/rollen/")).extract().path("id");

        assertProblem(Api.beheerder().body(rol(opvolger, "gemeenten", "bestuurlijk-aanspreekpunt", "2027-01-01", null))
                .post(BASE + "/regios/ZK04/rollen").then(), 409).body("detail", containsString("Wethouder Een"));
        // Another financier, or a period before the current one, is no conflict.
        Api.beheerder().body(rol(opvolger, "zorgkantoor", "bestuurlijk-aanspreekpunt", "2026-01-01", null))
                .post(BASE + "/regios/ZK04/rollen").then().statusCode(201);
        Api.beheerder().body(rol(opvolger, "gemeenten", "bestuurlijk-aanspreekpunt", "2025-01-01", "2026-01-01"))
                .post(BASE + "/regios/ZK04/rollen").then().statusCode(201);

        Map<String, Object> vervanging = rol(opvolger, "gemeenten", "bestuurlijk-aanspreekpunt", "2027-03-01", null);
        vervanging.put("vervangt", huidig);
        Api.beheerder().body(vervanging).post(BASE + "/regios/ZK04/rollen").then().statusCode(201);

        Api.lezer().get(BASE + "/regios/ZK04/rollen/" + huidig).then().statusCode(200).body("tot", equalTo("2027-03-01"));
        Api.lezer().get(BASE + "/regios/ZK04/rollen?peildatum=2027-03-01&financier=gemeenten&rol=bestuurlijk-aanspreekpunt")
                .then().statusCode(200).body("contactpersoonNaam", equalTo(List.of("Wethouder Twee")));
        Api.lezer().get(BASE + "/regios/ZK04/rollen?peildatum=2027-02-28&financier=gemeenten")
                .then().body("contactpersoonNaam", equalTo(List.of("Wethouder Een")));

        Api.lezer().get(BASE + "/ontbrekende-aanspreekpunten?peildatum=2027-06-01&zorgkantoorregio=ZK04").then().statusCode(200)
                .body("financier", equalTo(List.of("zorgverzekeraar")));
        Api.lezer().get(BASE + "/ontbrekende-aanspreekpunten?peildatum=2024-06-01&zorgkantoorregio=ZK04").then()
                .body("financier", containsInAnyOrder("gemeenten", "zorgverzekeraar", "zorgkantoor"));
        Api.beheerder().get(BASE + "/audit-regels?resourceType=roltoewijzing&resourceId=" + huidig).then()
                .body("actie", hasItem("vervangen"));
    }

    @Test
    void aMalformedIdOrPageSizeIs400NamingTheParameterNot404() {
        assertProblem(Api.beheerder().get(Api.BASE + "/contactpersonen/not-a-uuid").then(), 400)
                .body("invalidParams.name", equalTo(java.util.List.of("id")));
        assertProblem(Api.beheerder().get(Api.BASE + "/regios/ZK01/rollen/123").then(), 400)
                .body("invalidParams.name", equalTo(java.util.List.of("id")));
        assertProblem(Api.beheerder().get(Api.BASE + "/regios?pageSize=abc").then(), 400)
                .body("invalidParams.name", equalTo(java.util.List.of("pageSize")));
        assertProblem(Api.beheerder().get(Api.BASE + "/contactpersonen/" + UUID.randomUUID()).then(), 404);
    }

    @Test
    void invalidAssignmentsAreRefusedListingEveryField() {
        String persoon = persoon("Trekker", "trekker-" + UUID.randomUUID());
        Map<String, Object> fout = rol(persoon, "gemeenten", "ambtelijk-aanspreekpunt", "2026-01-01", "2025-01-01");
        fout.put("thema", "ouderen");
        assertProblem(Api.beheerder().body(fout).post(BASE + "/regios/ZK08/rollen").then(), 400)
                .body("invalidParams.name", containsInAnyOrder("thema", "tot"));
        assertProblem(Api.beheerder().body(Map.of("contactpersoon", persoon, "financier", "bank", "rol", "baas"))
                .post(BASE + "/regios/ZK08/rollen").then(), 400)
                .body("invalidParams.name", containsInAnyOrder("financier", "rol", "vanaf"));
        assertProblem(Api.beheerder().body(rol(UUID.randomUUID().toString(), "gemeenten", "trekker", "2026-01-01", null))
                .post(BASE + "/regios/ZK08/rollen").then(), 400).body("invalidParams.name", hasItem("contactpersoon"));
        assertProblem(Api.beheerder().body(rol(persoon, "gemeenten", "trekker", "2026-01-01", null))
                .post(BASE + "/regios/ZK98/rollen").then(), 404);

        Map<String, Object> trekker = rol(persoon, "gemeenten", "trekker", "2026-01-01", null);
        trekker.put("thema", "ggz");
        Api.beheerder().body(trekker).post(BASE + "/regios/ZK08/rollen").then().statusCode(201).body("thema", equalTo("ggz"));
        assertProblem(Api.beheerder().body(trekker).post(BASE + "/regios/ZK08/rollen").then(), 400)
                .body("invalidParams.name", hasItem("vanaf"));
        assertProblem(Api.lezer().body(trekker).post(BASE + "/regios/ZK08/rollen").then(), 403);
    }

    @Test
    void emailAndTelephoneAreOnlyForBeheerdersAndContactsOfTheSameRegion() {
        String subjectA = "zorgkantoor-" + UUID.randomUUID();
        String subjectB = "verzekeraar-" + UUID.randomUUID();
        String subjectElders = "elders-" + UUID.randomUUID();
        String a = persoon("Persoon A", subjectA);
        String b = persoon("Persoon B", subjectB);
        String elders = persoon("Persoon Elders", subjectElders);
        Api.beheerder().body(rol(a, "zorgkantoor", "ambtelijk-aanspreekpunt", "2020-01-01", null))
                .post(BASE + "/regios/ZK12/rollen").then().statusCode(201);
        Api.beheerder().body(rol(b, "zorgverzekeraar", "regiocoordinator", "2020-01-01", null))
                .post(BASE + "/regios/ZK12/rollen").then().statusCode(201);
        Api.beheerder().body(rol(elders, "zorgverzekeraar", "ambtelijk-aanspreekpunt", "2020-01-01", null))
                .post(BASE + "/regios/ZK13/rollen").then().statusCode(201);

        Api.beheerder().get(BASE + "/contactpersonen/" + a).then().statusCode(200)
                .body("email", equalTo(subjectA + "@example.nl")).body("contactgegevensZichtbaar", equalTo(true));
        Api.aanspreekpunt(subjectB).get(BASE + "/contactpersonen/" + a).then().statusCode(200)
                .body("email", equalTo(subjectA + "@example.nl")).body("telefoon", equalTo("+31 6 12345678"));
        Api.aanspreekpunt(subjectElders).get(BASE + "/contactpersonen/" + a).then().statusCode(200)
                .body("email", nullValue()).body("telefoon", nullValue()).body("naam", equalTo("Persoon A"))
                .body("organisatie", equalTo("Gemeente Test")).body("rollen[0].regio", equalTo("ZK12"));
        Api.lezer().get(BASE + "/contactpersonen?regio=ZK12").then().statusCode(200)
                .body("naam", equalTo(List.of("Persoon A", "Persoon B"))).body("email", equalTo(java.util.Arrays.asList(null, null)));
        Api.aanspreekpunt(subjectElders).get(BASE + "/contactpersonen/" + elders).then().body("email", not(nullValue()));
        Api.lezer().get(BASE + "/contactpersonen?regio=ZK12").then().body(not(containsString("@example.nl")));
    }

    @Test
    void deletingAContactWithoutHistoryRemovesItsRolesAndPublishesRemovalThenTombstone() throws Exception {
        String subject = "weg-" + UUID.randomUUID();
        String id = persoon("Vertrekt", subject);
        // A role that has not begun yet is no history.
        Api.beheerder().body(rol(id, "gemeenten", "trekker", "2099-01-01", null)).post(BASE + "/regios/ZK14/rollen")
                .then().statusCode(201);
        Api.beheerder().body(Map.of("naam", "Vertrekt Echt", "organisatie", "Provincie", "subject", subject))
                .put(BASE + "/contactpersonen/" + id).then().statusCode(200).body("versie", equalTo(3))
                .body("email", nullValue());
        assertProblem(Api.beheerder().body(Map.of("naam", "Dubbel", "subject", subject))
                .post(BASE + "/contactpersonen").then(), 409);

        Api.beheerder().delete(BASE + "/contactpersonen/" + id).then().statusCode(204);
        assertProblem(Api.lezer().get(BASE + "/contactpersonen/" + id).then(), 404);
        Api.lezer().get(BASE + "/regios/ZK14/rollen").then().body("contactpersoon", not(hasItem(id)));
        assertEquals(List.of("nl.venster.register.contactpersoon.gewijzigd", "nl.venster.register.contactpersoon.gewijzigd",
                "nl.venster.register.contactpersoon.gewijzigd", "nl.venster.register.contactpersoon.verwijderd", "tombstone"),
                outboxTypen(id));
        assertProblem(Api.lezer().delete(BASE + "/contactpersonen/" + UUID.randomUUID()).then(), 403);
        assertProblem(Api.beheerder().body(Map.of("naam", "", "email", "geen-mail", "subject", "x"))
                .post(BASE + "/contactpersonen").then(), 400).body("invalidParams.name", containsInAnyOrder("naam", "email"));
    }

    @Test
    void removingAContactWithHistoryEndsTheirRolesErasesEmailAndTelephoneAndKeepsTheHistory() throws Exception {
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String subject = "vertrekt-" + UUID.randomUUID();
        String id = persoon("Wethouder Vertrekt", subject);
        String lopend = Api.beheerder().body(rol(id, "gemeenten", "trekker", vandaag.minusYears(1).toString(), null))
                .post(BASE + "/regios/ZK16/rollen").then().statusCode(201).extract().path("id");
        String vroeger = Api.beheerder().body(rol(id, "gemeenten", "regiocoordinator", vandaag.minusYears(3).toString(),
                vandaag.minusYears(2).toString())).post(BASE + "/regios/ZK16/rollen").then().statusCode(201).extract().path("id");
        Api.beheerder().body(rol(id, "zorgkantoor", "trekker", vandaag.plusYears(1).toString(), null))
                .post(BASE + "/regios/ZK16/rollen").then().statusCode(201);

        Api.beheerder().delete(BASE + "/contactpersonen/" + id).then().statusCode(204);

        Api.beheerder().get(BASE + "/contactpersonen/" + id).then().statusCode(200)
                .body("naam", equalTo("Wethouder Vertrekt")).body("subject", equalTo(subject))
                .body("organisatie", equalTo("Gemeente Test"))
                .body("email", nullValue()).body("telefoon", nullValue())
                .body("vertrokkenOp", equalTo(vandaag.toString()))
                .body("rollen.id", containsInAnyOrder(lopend, vroeger))
                .body("rollen.find { it.id == '" + lopend + "' }.tot", equalTo(vandaag.toString()))
                .body("rollen.find { it.id == '" + vroeger + "' }.tot", equalTo(vandaag.minusYears(2).toString()));
        Api.lezer().get(BASE + "/regios/ZK16/rollen?peildatum=" + vandaag).then().statusCode(200)
                .body("contactpersoon", not(hasItem(id)));
        // The replicas learn of the ended roles through an ordinary snapshot; nothing is removed.
        List<String> typen = outboxTypen(id);
        assertEquals("nl.venster.register.contactpersoon.gewijzigd", typen.get(typen.size() - 1));
        assertFalse(typen.contains("nl.venster.register.contactpersoon.verwijderd"));
        assertFalse(typen.contains("tombstone"));
        String laatste = laatsteOutboxData(id);
        assertFalse(laatste.contains("@example.nl"), laatste);
        Api.beheerder().get(BASE + "/audit-regels?resourceType=contactpersoon&resourceId=" + id).then().statusCode(200)
                .body("[0].actie", equalTo("vertrokken"))
                .body("[0].details.na.emailIngevuld", equalTo(false)).body(not(containsString("@example.nl")));
        // Removing again changes nothing more and still answers 204.
        Api.beheerder().delete(BASE + "/contactpersonen/" + id).then().statusCode(204);
        Api.beheerder().get(BASE + "/contactpersonen/" + id).then().statusCode(200).body("vertrokkenOp", equalTo(vandaag.toString()));
    }

    private String laatsteOutboxData(String sleutel) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select cast(cloud_event as text) from outbox_event where record_key = ?"
                     + " and topic like 'test%.register.contactpersonen' order by position desc limit 1")) {
            select.setString(1, sleutel);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    @Test
    void theAddressGoesOnlyToTheContactadressenTopicAndIsErasedWithThePerson() throws Exception {
        String subject = "adres-" + UUID.randomUUID();
        String id = persoon("Met Adres", subject);
        Api.beheerder().body(Map.of("naam", "Met Adres", "email", "nieuw-" + subject + "@example.nl", "subject", subject))
                .put(BASE + "/contactpersonen/" + id).then().statusCode(200);
        Api.beheerder().delete(BASE + "/contactpersonen/" + id).then().statusCode(204);

        String prefix = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("events.topic-prefix", String.class).orElse("");
        List<String> adressen = outbox(id, prefix + "register.contactadressen");
        assertEquals(3, adressen.size(), "created, changed, removed: " + adressen);
        assertEquals(true, adressen.get(0).contains("\"email\": \"" + subject + "@example.nl\""), adressen.get(0));
        assertEquals(true, adressen.get(1).contains("\"email\": \"nieuw-" + subject + "@example.nl\""), adressen.get(1));
        assertEquals("tombstone", adressen.get(2), "the removal erases the address downstream");
        for (String event : outbox(id, prefix + "register.contactpersonen")) {
            assertEquals(false, event.contains("@example.nl") || event.contains("+31"), "no address or telephone: " + event);
        }
    }

    /** The events of one key on one topic in outbox order: the CloudEvent JSON, or "tombstone". */
    private List<String> outbox(String sleutel, String topic) throws Exception {
        List<String> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select coalesce(cloud_event::text, 'tombstone') from outbox_event where record_key = ? and topic = ? order by position")) {
            select.setString(1, sleutel);
            select.setString(2, topic);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1));
                }
            }
        }
        return events;
    }

    /** The event types of one contact on register.contactpersonen in outbox order ("tombstone" for a tombstone). */
    private List<String> outboxTypen(String sleutel) throws Exception {
        String prefix = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("events.topic-prefix", String.class).orElse("");
        List<String> typen = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select event_type from outbox_event where record_key = ? and topic = ? order by position")) {
            select.setString(1, sleutel);
            select.setString(2, prefix + "register.contactpersonen");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    typen.add(rows.getString(1));
                }
            }
        }
        return typen;
    }
}
