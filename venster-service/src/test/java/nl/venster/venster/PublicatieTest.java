package nl.venster.venster;

import static io.restassured.RestAssured.given;
import static nl.venster.conventions.testing.ProblemAssertions.assertProblem;
import static nl.venster.venster.support.Scenario.base;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.venster.conventions.testing.EventReader;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.conventions.testing.TestTokens;
import nl.venster.venster.support.Scenario;
import org.junit.jupiter.api.Test;

/** Publication of a closed round, and its withdrawal with a reason: both by a beheerder, audited and published. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class PublicatieTest {

    private static final String REDEN = "De scores van een regio bleken verwisseld; na correctie opnieuw.";

    @Test
    void aClosedRoundIsPublishedAndWithdrawnWithAReason() {
        Instant start = Instant.now().minusSeconds(1);
        int jaar = Scenario.openRonde();
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON).body(Map.of("status", "gepubliceerd"))
                .put(base() + "/rondes/" + jaar + "/status").then(), 409)
                .body("detail", equalTo("De ronde is open: alleen een gesloten ronde kan worden gepubliceerd."));
        Scenario.zetStatus(jaar, "gesloten");
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON).body(Map.of("reden", REDEN))
                .post(base() + "/rondes/" + jaar + "/intrekkingen").then(), 409);
        assertProblem(given().auth().oauth2(TestTokens.lezer("lezer-1")).contentType(ContentType.JSON).body(Map.of("status", "gepubliceerd"))
                .put(base() + "/rondes/" + jaar + "/status").then(), 403);

        Scenario.zetStatus(jaar, "gepubliceerd");
        given().auth().oauth2(TestTokens.lezer("lezer-1")).get(base() + "/rondes/" + jaar).then().statusCode(200)
                .body("status", equalTo("gepubliceerd"));
        // Back only through a withdrawal with a reason, never by a plain status change.
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON).body(Map.of("status", "gesloten"))
                .put(base() + "/rondes/" + jaar + "/status").then(), 409);
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON).body(Map.of("reden", " "))
                .post(base() + "/rondes/" + jaar + "/intrekkingen").then(), 400)
                .body("invalidParams[0].name", equalTo("reden"));
        assertProblem(given().auth().oauth2(TestTokens.aanspreekpunt("ap-1")).contentType(ContentType.JSON).body(Map.of("reden", REDEN))
                .post(base() + "/rondes/" + jaar + "/intrekkingen").then(), 403);
        // Nothing changes about a published round's questionnaire either.
        assertProblem(given().auth().oauth2(Scenario.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("opent", "2030-01-01T00:00:00Z", "sluit", "2030-02-01T00:00:00Z",
                        "vragen", List.of(Map.of("code", "proces", "tekst", "Proces?", "schaal", "rapportcijfer")),
                        "voldoendeGrens", 6, "spreidingsGrens", 3))
                .put(base() + "/rondes/" + jaar).then(), 409);

        String intrekker = Scenario.beheerderSubject();
        given().auth().oauth2(TestTokens.beheerder(intrekker)).contentType(ContentType.JSON).body(Map.of("reden", REDEN))
                .post(base() + "/rondes/" + jaar + "/intrekkingen").then().statusCode(200)
                .body("status", equalTo("gesloten"));
        assertEquals(List.of(REDEN + "|" + intrekker), strings(
                "select details->>'reden' || '|' || subject from audit_log where resource_type = 'ronde' and action = 'publicatie-ingetrokken' and resource_id = ?",
                Integer.toString(jaar)));
        assertEquals(List.of("gepubliceerd"), strings(
                "select action from audit_log where resource_type = 'ronde' and action = 'gepubliceerd' and resource_id = ?",
                Integer.toString(jaar)));

        // Publishing again after a correction is allowed.
        Scenario.zetStatus(jaar, "gepubliceerd");
        // The scenario's round opened an hour ago, so it is open from its creation (its status is the clock's).
        List<EventReader.Event> events = EventReader.read("venster.rondes", "ronde/" + jaar, 5, start);
        assertEquals(List.of("open", "gesloten", "gepubliceerd", "gesloten", "gepubliceerd"),
                events.stream().map(e -> e.data().get("status").asText()).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), events.stream().map(EventReader.Event::sequence).toList());
    }

    private static List<String> strings(String sql, String parameter) {
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<String> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
