package nl.venster.register.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.venster.register.domain.Dekkingscontrole.GemeenteGeldigheid;
import nl.venster.register.domain.Dekkingscontrole.Lid;
import nl.venster.register.domain.Dekkingscontrole.Probleem;
import nl.venster.register.domain.Dekkingscontrole.Soort;
import org.junit.jupiter.api.Test;

class DekkingscontroleTest {

    private static final LocalDate D2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate D2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate D2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate D2026 = LocalDate.of(2026, 1, 1);

    private static GemeenteGeldigheid gemeente(String code, LocalDate vanaf, LocalDate tot) {
        return new GemeenteGeldigheid(code, "Gemeente " + code, vanaf, tot);
    }

    private static List<Probleem> vanaf(LocalDate van, List<GemeenteGeldigheid> gemeenten, List<Lid> leden) {
        return Dekkingscontrole.controleer(gemeenten, leden, van, null);
    }

    @Test
    void oneOpenMembershipPerGemeenteIsCovered() {
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0001", D2020, null), gemeente("GM0002", D2020, null)),
                List.of(new Lid("GM0001", "A", D2020, null), new Lid("GM0002", "B", D2020, null)));
        assertTrue(problemen.isEmpty());
    }

    @Test
    void gemeenteWithoutMembershipIsInNoRegionForItsWholeExistence() {
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0001", D2020, D2024)), List.of());
        assertEquals(List.of(new Probleem("GM0001", "Gemeente GM0001", Soort.GEEN_REGIO, List.of(), D2020, D2024)), problemen);
    }

    @Test
    void consecutiveMembershipsWithExclusiveEndLeaveNoGapAndNoOverlap() {
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0001", D2020, null)),
                List.of(new Lid("GM0001", "A", D2020, D2022), new Lid("GM0001", "B", D2022, null)));
        assertTrue(problemen.isEmpty());
    }

    @Test
    void gapBetweenMembershipsIsReportedWithItsPeriod() {
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0001", D2020, null)),
                List.of(new Lid("GM0001", "A", D2020, D2022), new Lid("GM0001", "B", D2024, null)));
        assertEquals(List.of(new Probleem("GM0001", "Gemeente GM0001", Soort.GEEN_REGIO, List.of(), D2022, D2024)), problemen);
    }

    @Test
    void overlapIsReportedWithBothRegions() {
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0001", D2020, null)),
                List.of(new Lid("GM0001", "B", D2020, D2024), new Lid("GM0001", "A", D2022, null)));
        assertEquals(List.of(new Probleem("GM0001", "Gemeente GM0001", Soort.MEERDERE_REGIOS, List.of("A", "B"), D2022, D2024)),
                problemen);
    }

    @Test
    void membershipEndingBeforeTheGemeenteEndsLeavesItOrphanedUntilItsEnd() {
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0001", D2020, D2026)),
                List.of(new Lid("GM0001", "A", D2020, D2022)));
        assertEquals(List.of(new Probleem("GM0001", "Gemeente GM0001", Soort.GEEN_REGIO, List.of(), D2022, D2026)), problemen);
    }

    @Test
    void openEndedOrphanHasNoEnd() {
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0001", D2020, null)),
                List.of(new Lid("GM0001", "A", D2020, D2022)));
        assertEquals(1, problemen.size());
        assertEquals(D2022, problemen.get(0).vanaf());
        assertEquals(null, problemen.get(0).tot());
    }

    @Test
    void onlyDatesFromTheCheckedDateOnCount() {
        List<Lid> leden = List.of(new Lid("GM0001", "A", D2022, null));
        assertTrue(vanaf(D2022, List.of(gemeente("GM0001", D2020, null)), leden).isEmpty());
        assertEquals(List.of(new Probleem("GM0001", "Gemeente GM0001", Soort.GEEN_REGIO, List.of(), D2020, D2022)),
                vanaf(D2020, List.of(gemeente("GM0001", D2020, null)), leden));
    }

    @Test
    void endedOrNotYetExistingGemeentenNeedNoRegion() {
        List<GemeenteGeldigheid> gemeenten = List.of(gemeente("GM0001", D2020, D2022), gemeente("GM0002", D2026, null));
        assertTrue(vanaf(D2022, gemeenten, List.of(new Lid("GM0002", "A", D2026, null))).isEmpty());
        assertTrue(Dekkingscontrole.controleerOp(gemeenten, List.of(), D2024).isEmpty());
    }

    @Test
    void membershipsOutsideTheGemeentesExistenceDoNotCountAsOverlap() {
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0001", D2020, D2022)),
                List.of(new Lid("GM0001", "A", D2020, null), new Lid("GM0001", "B", D2022, null)));
        assertTrue(problemen.isEmpty());
    }

    @Test
    void adjacentPeriodsWithTheSameProblemAreMerged() {
        // Boundaries of unrelated memberships must not split one continuous problem into pieces.
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0001", D2020, null)),
                List.of(new Lid("GM0001", "A", D2020, null), new Lid("GM0001", "B", D2022, D2024),
                        new Lid("GM0001", "B", D2024, null)));
        assertEquals(List.of(new Probleem("GM0001", "Gemeente GM0001", Soort.MEERDERE_REGIOS, List.of("A", "B"), D2022, null)),
                problemen);
    }

    @Test
    void differentProblemsFollowEachOtherSeparately() {
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0001", D2020, null)),
                List.of(new Lid("GM0001", "A", D2022, null), new Lid("GM0001", "B", D2024, null)));
        assertEquals(List.of(
                new Probleem("GM0001", "Gemeente GM0001", Soort.GEEN_REGIO, List.of(), D2020, D2022),
                new Probleem("GM0001", "Gemeente GM0001", Soort.MEERDERE_REGIOS, List.of("A", "B"), D2024, null)), problemen);
    }

    @Test
    void threeRegionsAtOnceAreAllNamed() {
        List<Probleem> problemen = Dekkingscontrole.controleerOp(List.of(gemeente("GM0001", D2020, null)),
                List.of(new Lid("GM0001", "C", D2020, null), new Lid("GM0001", "A", D2020, null), new Lid("GM0001", "B", D2020, null)),
                D2022);
        assertEquals(List.of("A", "B", "C"), problemen.get(0).regios());
        assertEquals(D2022, problemen.get(0).vanaf());
        assertEquals(D2022.plusDays(1), problemen.get(0).tot());
    }

    @Test
    void singleDateCheckSeesOnlyThatDate() {
        List<GemeenteGeldigheid> gemeenten = List.of(gemeente("GM0001", D2020, null));
        List<Lid> leden = List.of(new Lid("GM0001", "A", D2020, D2022), new Lid("GM0001", "B", D2024, null));
        assertTrue(Dekkingscontrole.controleerOp(gemeenten, leden, D2022.minusDays(1)).isEmpty());
        assertEquals(1, Dekkingscontrole.controleerOp(gemeenten, leden, D2022).size());
        assertTrue(Dekkingscontrole.controleerOp(gemeenten, leden, D2024).isEmpty());
    }

    @Test
    void problemsOfSeveralGemeentenAreSortedByCodeAndIgnoreOtherGemeentenMemberships() {
        List<Probleem> problemen = vanaf(D2020, List.of(gemeente("GM0002", D2020, null), gemeente("GM0001", D2020, null),
                        gemeente("GM0003", D2020, null)),
                List.of(new Lid("GM0003", "A", D2020, null), new Lid("GM9999", "A", D2020, null)));
        assertEquals(List.of("GM0001", "GM0002"), Dekkingscontrole.gemeentecodes(problemen));
    }

    @Test
    void emptyCheckWindowFindsNothing() {
        List<GemeenteGeldigheid> gemeenten = List.of(gemeente("GM0001", D2022, D2024));
        assertTrue(Dekkingscontrole.controleer(gemeenten, List.of(), D2020, D2022).isEmpty());
        assertTrue(Dekkingscontrole.controleer(gemeenten, List.of(), D2024, null).isEmpty());
        assertEquals(1, Dekkingscontrole.controleer(gemeenten, List.of(), D2020, D2022.plusDays(1)).size());
    }
}
