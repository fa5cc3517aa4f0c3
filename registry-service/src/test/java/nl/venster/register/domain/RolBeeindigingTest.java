package nl.venster.register.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RolBeeindigingTest {

    private static final LocalDate EINDE = LocalDate.of(2026, 12, 1);

    private static Roltoewijzing rol(String vanaf, String tot) {
        Roltoewijzing rol = new Roltoewijzing();
        rol.id = UUID.randomUUID();
        rol.vanaf = LocalDate.parse(vanaf);
        rol.tot = tot == null ? null : LocalDate.parse(tot);
        return rol;
    }

    @Test
    void runningRolesEndOnTheDateFutureOnesDisappearAndEndedOnesStay() {
        Roltoewijzing lopend = rol("2024-01-01", null);
        Roltoewijzing lopendMetEinde = rol("2024-01-01", "2027-06-01");
        Roltoewijzing voorbij = rol("2020-01-01", "2022-01-01");
        Roltoewijzing eindigtOpDeDatum = rol("2025-01-01", "2026-12-01");
        Roltoewijzing toekomstig = rol("2027-01-01", null);
        Roltoewijzing begintOpDeDatum = rol("2026-12-01", null);

        RolBeeindiging.Plan plan = RolBeeindiging.op(
                List.of(lopend, lopendMetEinde, voorbij, eindigtOpDeDatum, toekomstig, begintOpDeDatum), EINDE);

        assertEquals(List.of(lopend, lopendMetEinde), plan.teBeeindigen());
        assertEquals(List.of(toekomstig, begintOpDeDatum), plan.teVerwijderen());
        assertEquals(List.of(lopend, lopendMetEinde, voorbij, eindigtOpDeDatum), plan.historie());
        assertTrue(plan.heeftHistorie());
    }

    @Test
    void onlyRolesThatNeverTookEffectMeanNoHistory() {
        RolBeeindiging.Plan plan = RolBeeindiging.op(List.of(rol("2026-12-01", null), rol("2030-01-01", "2031-01-01")), EINDE);
        assertFalse(plan.heeftHistorie());
        assertEquals(2, plan.teVerwijderen().size());
        assertTrue(RolBeeindiging.op(List.of(), EINDE).isLeeg());
    }
}
