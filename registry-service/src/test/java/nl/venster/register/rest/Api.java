package nl.venster.register.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.testing.TestTokens;

/** Requests against the running registry with real tokens. */
final class Api {

    static final String BASE = "/api/register/v1";

    private Api() {
    }

    static RequestSpecification beheerder() {
        return given().auth().oauth2(TestTokens.beheerder("beheerder-test")).contentType(ContentType.JSON);
    }

    static RequestSpecification lezer() {
        return given().auth().oauth2(TestTokens.lezer("lezer-test")).contentType(ContentType.JSON);
    }

    static RequestSpecification aanspreekpunt(String subject) {
        return given().auth().oauth2(TestTokens.aanspreekpunt(subject)).contentType(ContentType.JSON);
    }

    /** Every item of a paginated collection, following pages of 100. */
    static List<Map<String, Object>> alles(String pad) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<Map<String, Object>> pagina = lezer().queryParam("page", page).queryParam("pageSize", 100)
                    .get(BASE + pad).then().statusCode(200).extract().jsonPath().getList("$");
            items.addAll(pagina);
            if (pagina.size() < 100) {
                return items;
            }
        }
    }

    static List<String> gemeentecodes(String zorgkantoorregio, String peildatum) {
        return alles("/gemeenten?zorgkantoorregio=" + zorgkantoorregio + "&peildatum=" + peildatum).stream()
                .map(g -> (String) g.get("code")).toList();
    }
}
