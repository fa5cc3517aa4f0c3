package nl.venster.venster.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.venster.conventions.testing.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;

/** Test data: a region of its own with an aanspreekpunt per financier, and rounds of their own. */
public final class Scenario {

    public static final List<String> FINANCIERS = List.of("gemeenten", "zorgverzekeraar", "zorgkantoor");
    // Rounds are keyed by year and shared by every test of the run: each test takes years of its own.
    private static final AtomicInteger JAREN = new AtomicInteger(2020);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Scenario() {
    }

    public static String base() {
        return ConfigProvider.getConfig().getValue("api.base-path", String.class);
    }

    public static int nieuwJaar() {
        int jaar = JAREN.getAndIncrement();
        if (jaar > 2100) {
            throw new IllegalStateException("no years left for test rounds");
        }
        return jaar;
    }

    /** A region code no other test (or earlier run) uses. */
    public static String nieuweRegiocode() {
        String tekens = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 8; i++) {
            code.append(tekens.charAt(RANDOM.nextInt(tekens.length())));
        }
        return code.toString();
    }

    /** A region in the replica with one bestuurlijk aanspreekpunt per financier; subjects per financier. */
    public record Regio(String code, Map<String, String> aanspreekpunten, Map<String, UUID> contactIds) {

        public String token(String financier) {
            return TestTokens.aanspreekpunt(aanspreekpunten.get(financier));
        }
    }

    public static Regio regioMetAanspreekpunten() {
        String code = nieuweRegiocode();
        RegistryEvents.regioAndWait(code, "Regio " + code, LocalDate.of(2019, 1, 1), null, 1);
        Map<String, String> subjects = new java.util.LinkedHashMap<>();
        Map<String, UUID> ids = new java.util.LinkedHashMap<>();
        for (String financier : FINANCIERS) {
            UUID id = UUID.randomUUID();
            String subject = "ap-" + financier + "-" + code.toLowerCase();
            RegistryEvents.contactpersoonAndWait(id, "Aanspreekpunt " + financier + " " + code, subject, 1,
                    List.of(RegistryEvents.aanspreekpunt(code, financier)));
            subjects.put(financier, subject);
            ids.put(financier, id);
        }
        return new Regio(code, subjects, ids);
    }

    public static String beheerder() {
        return TestTokens.beheerder(beheerderSubject());
    }

    public static String beheerderSubject() {
        return "beheerder-" + UUID.randomUUID();
    }

    /** A concept round whose opening time is still far away, so the clock leaves it alone. */
    public static int conceptRonde() {
        int jaar = nieuwJaar();
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        given().auth().oauth2(beheerder()).contentType(ContentType.JSON)
                .body(Map.of("jaar", jaar, "opent", nu.plusDays(30).toString(), "sluit", nu.plusDays(60).toString()))
                .post(base() + "/rondes").then().statusCode(201);
        return jaar;
    }

    /** A round that is open now (opened by a beheerder; the clock agrees). */
    public static int openRonde() {
        int jaar = nieuwJaar();
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        given().auth().oauth2(beheerder()).contentType(ContentType.JSON)
                .body(Map.of("jaar", jaar, "opent", nu.minusHours(1).toString(), "sluit", nu.plusDays(30).toString()))
                .post(base() + "/rondes").then().statusCode(201);
        zetStatus(jaar, "open");
        return jaar;
    }

    public static void zetStatus(int jaar, String status) {
        given().auth().oauth2(beheerder()).contentType(ContentType.JSON).body(Map.of("status", status))
                .put(base() + "/rondes/" + jaar + "/status").then().statusCode(200);
    }

    public static String antwoordenPad(int jaar, String regio) {
        return base() + "/rondes/" + jaar + "/regios/" + regio + "/antwoorden";
    }

    /** A complete, valid answer set for the default questionnaire. */
    public static Map<String, Object> antwoorden(int proces, int agenda, int resultaten) {
        return Map.of("antwoorden", List.of(
                Map.of("vraag", "proces", "score", proces, "toelichting", "Goede afstemming"),
                Map.of("vraag", "agenda", "score", agenda),
                Map.of("vraag", "resultaten", "score", resultaten)));
    }

    public static Response indienen(String token, int jaar, String regio, String financier, Object body, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put(antwoordenPad(jaar, regio) + "/" + financier);
    }
}
