package nl.venster.register.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgendaRegelsTest {

    private static Agenda agenda(String status, String vanaf, String tot, String vastgesteldOp, String afgelopenOp) {
        Agenda a = new Agenda();
        a.id = UUID.randomUUID();
        a.regio = "ZK01";
        a.status = status;
        a.looptijdVanaf = LocalDate.parse(vanaf);
        a.looptijdTot = LocalDate.parse(tot);
        a.vastgesteldOp = vastgesteldOp == null ? null : LocalDate.parse(vastgesteldOp);
        a.afgelopenOp = afgelopenOp == null ? null : LocalDate.parse(afgelopenOp);
        return a;
    }

    @Test
    void inForceFromAdoptionWithinTheLooptijdUntilItsExclusiveEnd() {
        Agenda a = agenda("vastgesteld", "2019-01-01", "2022-01-01", "2019-12-17", null);
        assertFalse(AgendaRegels.vanKrachtOp(a, LocalDate.parse("2019-06-01")), "not yet adopted");
        assertTrue(AgendaRegels.vanKrachtOp(a, LocalDate.parse("2019-12-17")));
        assertTrue(AgendaRegels.vanKrachtOp(a, LocalDate.parse("2021-12-31")));
        assertFalse(AgendaRegels.vanKrachtOp(a, LocalDate.parse("2022-01-01")));
        assertFalse(AgendaRegels.vanKrachtOp(agenda("concept", "2019-01-01", "2022-01-01", null, null), LocalDate.parse("2020-01-01")));
    }

    @Test
    void anEarlyEndShortensThePeriodALateOneDoesNot() {
        assertEquals(LocalDate.parse("2021-01-01"), agenda("afgelopen", "2019-01-01", "2022-01-01", "2019-02-01", "2021-01-01").periode().tot());
        assertEquals(LocalDate.parse("2022-01-01"), agenda("afgelopen", "2019-01-01", "2022-01-01", "2019-02-01", "2022-03-01").periode().tot());
        Agenda vroeg = agenda("afgelopen", "2019-01-01", "2022-01-01", "2019-02-01", "2021-01-01");
        assertTrue(AgendaRegels.vanKrachtOp(vroeg, LocalDate.parse("2020-12-31")), "an ended agenda still counts for its past");
        assertFalse(AgendaRegels.vanKrachtOp(vroeg, LocalDate.parse("2021-01-01")));
    }

    @Test
    void onlyAdoptedAgendasCountForTheOverlapRule() {
        Agenda nieuw = agenda("concept", "2021-01-01", "2024-01-01", null, null);
        Agenda concept = agenda("concept", "2020-01-01", "2023-01-01", null, null);
        Agenda vroeger = agenda("afgelopen", "2019-01-01", "2022-01-01", "2019-02-01", "2021-01-01");
        assertTrue(AgendaRegels.overlappend(nieuw, nieuw.periode(), List.of(concept, vroeger, nieuw)).isEmpty());
        Agenda lopend = agenda("vastgesteld", "2019-01-01", "2022-01-01", "2019-02-01", null);
        assertEquals(lopend, AgendaRegels.overlappend(nieuw, nieuw.periode(), List.of(concept, lopend)).orElseThrow());
        assertEquals(lopend, AgendaRegels.vanKracht(List.of(concept, lopend), LocalDate.parse("2020-05-01")).orElseThrow());
    }
}
