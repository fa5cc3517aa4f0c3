package nl.venster.register.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.venster.conventions.testing.TestJwtKeys;
import org.junit.jupiter.api.Test;

/**
 * Cached region views follow every change, also one this instance did not make (another instance, or a
 * correction in the database): the change counter that the database raises decides, not this process.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class RegioWeergaveCacheTest {

    private static final String BASE = Api.BASE;
    // Far enough ahead that no other test's counts or divisions see this region.
    private static final String PEILDATUM = "2045-06-01";

    @Inject
    DataSource dataSource;

    @Test
    void aRegionAndTheListShowAChangeMadeOutsideThisInstance() throws SQLException {
        Api.beheerder().body(Map.of("code", "CACHE-1", "naam", "Cache voor", "zorgkantoorregio", "ZK03",
                "geldigVanaf", "2045-01-01")).post(BASE + "/regios").then().statusCode(201);
        for (int i = 0; i < 2; i++) {
            Api.lezer().get(BASE + "/regios/CACHE-1?peildatum=" + PEILDATUM).then().statusCode(200).body("naam", equalTo("Cache voor"));
            Api.lezer().get(BASE + "/regios?naam=cache v&peildatum=" + PEILDATUM).then().statusCode(200)
                    .header("X-Total-Count", "1").body("[0].naam", equalTo("Cache voor"));
        }

        execute("update regio set naam = 'Cache na' where code = 'CACHE-1'");

        Api.lezer().get(BASE + "/regios/CACHE-1?peildatum=" + PEILDATUM).then().statusCode(200).body("naam", equalTo("Cache na"));
        Api.lezer().get(BASE + "/regios?naam=cache v&peildatum=" + PEILDATUM).then().statusCode(200).header("X-Total-Count", "0");
        Api.lezer().get(BASE + "/regios?naam=cache n&peildatum=" + PEILDATUM).then().statusCode(200)
                .header("X-Total-Count", "1").body("[0].naam", equalTo("Cache na"));
    }

    @Test
    void aChangeThroughTheApiIsVisibleAtOnce() {
        Api.beheerder().body(Map.of("code", "CACHE-2", "naam", "Eerste naam", "zorgkantoorregio", "ZK03",
                "geldigVanaf", "2045-01-01")).post(BASE + "/regios").then().statusCode(201);
        Api.lezer().get(BASE + "/regios/CACHE-2?peildatum=" + PEILDATUM).then().statusCode(200).body("versie", equalTo(1));

        Api.beheerder().body(Map.of("naam", "Tweede naam", "zorgkantoorregio", "ZK03", "themas", List.of("ouderen", "ggz", "preventie"))).put(BASE + "/regios/CACHE-2")
                .then().statusCode(200);

        Api.lezer().get(BASE + "/regios/CACHE-2?peildatum=" + PEILDATUM).then().statusCode(200)
                .body("naam", equalTo("Tweede naam")).body("versie", equalTo(2));
    }

    @Test
    void cachedPagesKeepTheirOwnItemsAndPagingHeaders() {
        List<String> codes = Api.alles("/regios?peildatum=2020-01-01").stream().map(r -> (String) r.get("code")).toList();
        for (int i = 0; i < 2; i++) {
            Api.lezer().get(BASE + "/regios?peildatum=2020-01-01&page=2&pageSize=2").then().statusCode(200)
                    .contentType("application/json")
                    .header("X-Total-Count", String.valueOf(codes.size()))
                    .header("Link", containsString("page=3&pageSize=2>; rel=\"next\""))
                    .body("code", equalTo(codes.subList(2, 4)));
        }
    }

    @Test
    void everyCommittedChangeToRegionsMembershipsOrGemeentenRaisesTheCounterOnce() throws SQLException {
        long voor = registerVersie();
        execute("update regio set naam = naam where code = (select min(code) from regio)");
        assertEquals(voor + 1, registerVersie());
        execute("update lidmaatschap set tot = tot where id = (select min(id) from lidmaatschap)");
        assertEquals(voor + 2, registerVersie());
        execute("update gemeente set naam = naam where code = (select min(code) from gemeente)");
        assertEquals(voor + 3, registerVersie());
        // Many rows in one transaction: still one step.
        execute("update gemeente set naam = naam");
        assertEquals(voor + 4, registerVersie());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private long registerVersie() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select versie from register_versie");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
