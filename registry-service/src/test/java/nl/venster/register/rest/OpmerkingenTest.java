package nl.venster.register.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import nl.venster.conventions.testing.TestJwtKeys;
import nl.venster.register.service.Referentiedata;
import org.junit.jupiter.api.Test;

/** The zorgkantoorregio's remarks are Dutch, like every text a user reads, also in a database seeded before. */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
class OpmerkingenTest {

    @Inject
    DataSource dataSource;

    @Inject
    Referentiedata referentiedata;

    @Test
    void opmerkingenZijnNederlands() {
        Api.lezer().get(Api.BASE + "/zorgkantoorregios?pageSize=100").then().statusCode(200)
                .body("opmerking", everyItem(anyOf(nullValue(), not(containsString(" not ")))))
                .body("opmerking", everyItem(anyOf(nullValue(), not(containsString("current holder")))));
        Api.lezer().get(Api.BASE + "/zorgkantoorregios/ZK07").then().statusCode(200)
                .body("opmerking", equalTo("Almere hoort NIET bij ZK07 maar bij ZK21 't Gooi"));
    }

    @Test
    void eenEerderGeladenEngelseOpmerkingWordtBijgewerkt() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update zorgkantoorregio set opmerking = ? where code = 'ZK07'")) {
            s.setString(1, "Almere is NOT in ZK07 but in ZK21 't Gooi");
            s.executeUpdate();
        }
        referentiedata.laad();
        Api.lezer().get(Api.BASE + "/zorgkantoorregios/ZK07").then().statusCode(200)
                .body("opmerking", equalTo("Almere hoort NIET bij ZK07 maar bij ZK21 't Gooi"));
    }
}
