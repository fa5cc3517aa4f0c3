package nl.venster.venster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.venster.conventions.security.Roles;
import nl.venster.conventions.vocabulary.Financier;
import org.junit.jupiter.api.Test;

/** Who may answer, and whose answers are "one's own", without Quarkus: every branch of Toegangsregels. */
class ToegangsregelsTest {

    private static final LocalDate DATUM = LocalDate.of(2026, 3, 1);
    private static final Set<String> AANSPREEKPUNT = Set.of(Roles.AANSPREEKPUNT);

    private static ReplicaRol rol(String regio, String financier, String rol, LocalDate vanaf, LocalDate tot) {
        return new ReplicaRol(UUID.randomUUID(), regio, financier, rol, vanaf, tot);
    }

    private static ReplicaRol rol(String financier, String rol) {
        return rol("ZK01", financier, rol, DATUM.minusYears(1), null);
    }

    private static Optional<String> weigering(Set<String> tokenRollen, List<ReplicaRol> rollen, Financier financier) {
        return Toegangsregels.weigeringAntwoorden(tokenRollen, rollen, "ZK01", financier, DATUM);
    }

    @Test
    void bestuurlijkAndAmbtelijkAanspreekpuntMayAnswerForTheirFinancier() {
        assertEquals(Optional.empty(), weigering(AANSPREEKPUNT, List.of(rol("gemeenten", "bestuurlijk-aanspreekpunt")), Financier.GEMEENTEN));
        assertEquals(Optional.empty(), weigering(Set.of(Roles.AANSPREEKPUNT, Roles.LEZER),
                List.of(rol("zorgkantoor", "ambtelijk-aanspreekpunt")), Financier.ZORGKANTOOR));
    }

    @Test
    void withoutTheAanspreekpuntRoleInTheTokenNobodyMayAnswer() {
        List<ReplicaRol> rollen = List.of(rol("gemeenten", "bestuurlijk-aanspreekpunt"));
        assertEquals(Optional.of(Toegangsregels.ALLEEN_AANSPREEKPUNT), weigering(Set.of(), rollen, Financier.GEMEENTEN));
        assertTrue(weigering(Set.of(Roles.BEHEERDER), rollen, Financier.GEMEENTEN).isPresent(), "not even a beheerder");
    }

    @Test
    void otherRolesOtherFinanciersAndUnknownCodesDoNotCount() {
        assertTrue(weigering(AANSPREEKPUNT, List.of(), Financier.GEMEENTEN).isPresent(), "no role at all");
        assertTrue(weigering(AANSPREEKPUNT, List.of(rol("gemeenten", "regiocoordinator"), rol("gemeenten", "trekker")),
                Financier.GEMEENTEN).isPresent(), "a role that is no aanspreekpunt");
        assertTrue(weigering(AANSPREEKPUNT, List.of(rol("zorgverzekeraar", "bestuurlijk-aanspreekpunt")), Financier.GEMEENTEN).isPresent(),
                "aanspreekpunt of another financier");
        assertTrue(weigering(AANSPREEKPUNT, List.of(rol("gemeenten", "voorzitter")), Financier.GEMEENTEN).isPresent(), "unknown role code");
        assertTrue(weigering(AANSPREEKPUNT, List.of(rol("provincie", "bestuurlijk-aanspreekpunt")), Financier.GEMEENTEN).isPresent(),
                "unknown financier code");
    }

    @Test
    void onlyARoleInThisRegionCounts() {
        assertTrue(weigering(AANSPREEKPUNT, List.of(rol("ZK02", "gemeenten", "bestuurlijk-aanspreekpunt", DATUM.minusYears(1), null)),
                Financier.GEMEENTEN).isPresent());
    }

    @Test
    void onlyARoleValidOnTheDateCounts() {
        assertEquals(Optional.empty(), weigering(AANSPREEKPUNT,
                List.of(rol("ZK01", "gemeenten", "bestuurlijk-aanspreekpunt", DATUM, DATUM.plusDays(1))), Financier.GEMEENTEN), "from its first day");
        assertTrue(weigering(AANSPREEKPUNT, List.of(rol("ZK01", "gemeenten", "bestuurlijk-aanspreekpunt", DATUM.plusDays(1), null)),
                Financier.GEMEENTEN).isPresent(), "not yet valid");
        assertTrue(weigering(AANSPREEKPUNT, List.of(rol("ZK01", "gemeenten", "bestuurlijk-aanspreekpunt", DATUM.minusYears(1), DATUM)),
                Financier.GEMEENTEN).isPresent(), "ended: tot is exclusive");
    }

    @Test
    void ownFinanciersAreThoseWithAnyValidRoleInTheRegion() {
        List<ReplicaRol> rollen = List.of(rol("gemeenten", "trekker"), rol("zorgkantoor", "ambtelijk-aanspreekpunt"),
                rol("ZK02", "zorgverzekeraar", "bestuurlijk-aanspreekpunt", DATUM.minusYears(1), null),
                rol("ZK01", "zorgverzekeraar", "regiocoordinator", DATUM.minusYears(1), DATUM.minusDays(1)),
                rol("provincie", "trekker"));
        assertEquals(Set.of(Financier.GEMEENTEN, Financier.ZORGKANTOOR), Toegangsregels.financiers(rollen, "ZK01", DATUM, false));
        assertEquals(Set.of(Financier.ZORGKANTOOR), Toegangsregels.financiers(rollen, "ZK01", DATUM, true));
        assertEquals(Set.of(), Toegangsregels.financiers(List.of(), "ZK01", DATUM, false));
    }
}
