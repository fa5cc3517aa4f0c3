package nl.venster.register.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.venster.register.domain.Herindelingsvergelijking.BeeindigdeGemeente;
import nl.venster.register.domain.Herindelingsvergelijking.Bestaand;
import nl.venster.register.domain.Herindelingsvergelijking.NieuweGemeente;
import nl.venster.register.domain.Herindelingsvergelijking.Regel;
import nl.venster.register.domain.Herindelingsvergelijking.Resultaat;
import org.junit.jupiter.api.Test;

class HerindelingsvergelijkingTest {

    /** Two zorgkantoorregio's: ZK01 with one region, ZK02 split into two. */
    private static final List<Bestaand> BESTAAND = List.of(
            new Bestaand("GM0001", "Aa", "ZK01", "R1"),
            new Bestaand("GM0002", "Bee", "ZK01", "R1"),
            new Bestaand("GM0003", "Cee", "ZK01", "R1"),
            new Bestaand("GM0004", "Dee", "ZK02", "R2-NOORD"),
            new Bestaand("GM0005", "Ee", "ZK02", "R2-NOORD"),
            new Bestaand("GM0006", "Ef", "ZK02", "R2-ZUID"));
    private static final Map<String, String> REGIOS = Map.of("R1", "ZK01", "R2-NOORD", "ZK02", "R2-ZUID", "ZK02");
    private static final Set<String> OOIT = Set.of("GM0001", "GM0002", "GM0003", "GM0004", "GM0005", "GM0006", "GM0099");

    private static List<Regel> lijstZonder(String... weg) {
        List<Regel> lijst = new ArrayList<>();
        for (Bestaand b : BESTAAND) {
            if (!List.of(weg).contains(b.gemeentecode())) {
                lijst.add(new Regel(b.gemeentecode(), b.gemeentenaam(), b.zorgkantoorregio(), null, null));
            }
        }
        return lijst;
    }

    private static Resultaat vergelijk(List<Regel> lijst) {
        return Herindelingsvergelijking.vergelijk(lijst, BESTAAND, OOIT, REGIOS);
    }

    @Test
    void unchangedListHasNoDifferences() {
        Resultaat r = vergelijk(lijstZonder());
        assertTrue(r.nieuw().isEmpty() && r.beeindigd().isEmpty() && r.hernoemd().isEmpty() && r.fouten().isEmpty());
    }

    @Test
    void mergerWithinOneZorgkantoorregioFindsPredecessorsTheirRegionAndSuccessor() {
        List<Regel> lijst = lijstZonder("GM0001", "GM0002");
        lijst.add(new Regel("GM1900", "Aabee", "ZK01", null, null));
        Resultaat r = vergelijk(lijst);
        assertEquals(List.of(new NieuweGemeente("GM1900", "Aabee", "ZK01", List.of("GM0001", "GM0002"), "R1", false)), r.nieuw());
        assertEquals(List.of(new BeeindigdeGemeente("GM0001", "Aa", "R1", "GM1900"),
                new BeeindigdeGemeente("GM0002", "Bee", "R1", "GM1900")), r.beeindigd());
        assertTrue(r.besluitNodig().isEmpty());
    }

    @Test
    void predecessorsInOneSubRegionGiveThatRegionEvenWhenTheZorgkantoorregioIsSplit() {
        List<Regel> lijst = lijstZonder("GM0004", "GM0005");
        lijst.add(new Regel("GM1901", "Dee-Ee", "ZK02", null, null));
        assertEquals("R2-NOORD", vergelijk(lijst).nieuw().get(0).regio());
    }

    @Test
    void predecessorsInDifferentRegionsOfASplitZorgkantoorregioNeedADecision() {
        List<Regel> lijst = lijstZonder("GM0005", "GM0006");
        lijst.add(new Regel("GM1902", "Ee-Ef", "ZK02", null, null));
        Resultaat r = vergelijk(lijst);
        assertNull(r.nieuw().get(0).regio());
        assertEquals(List.of("GM1902"), r.besluitNodig());
    }

    @Test
    void explicitRegionDecides() {
        List<Regel> lijst = lijstZonder("GM0005", "GM0006");
        lijst.add(new Regel("GM1902", "Ee-Ef", "ZK02", "R2-ZUID", null));
        Resultaat r = vergelijk(lijst);
        assertEquals("R2-ZUID", r.nieuw().get(0).regio());
        assertFalse(r.nieuw().get(0).besluitNodig());
        assertTrue(r.fouten().isEmpty());
    }

    @Test
    void newGemeenteWithoutPredecessorsTakesTheOnlyRegionOfItsZorgkantoorregio() {
        List<Regel> lijst = lijstZonder();
        lijst.add(new Regel("GM1903", "Nieuwland", "ZK01", null, null));
        Resultaat r = vergelijk(lijst);
        assertEquals(List.of(), r.nieuw().get(0).voorgangers());
        assertEquals("R1", r.nieuw().get(0).regio());
    }

    @Test
    void twoNewGemeentenInOneZorgkantoorregioGetNoGuessedPredecessors() {
        List<Regel> lijst = lijstZonder("GM0001", "GM0002", "GM0003");
        lijst.add(new Regel("GM1904", "West", "ZK01", null, null));
        lijst.add(new Regel("GM1905", "Oost", "ZK01", null, null));
        Resultaat r = vergelijk(lijst);
        assertTrue(r.nieuw().stream().allMatch(n -> n.voorgangers().isEmpty() && "R1".equals(n.regio())));
        assertTrue(r.beeindigd().stream().allMatch(b -> b.opvolger() == null));
    }

    @Test
    void explicitPredecessorsAreClaimedFirstAndTheRuleTakesTheRest() {
        List<Regel> lijst = lijstZonder("GM0001", "GM0002", "GM0003");
        lijst.add(new Regel("GM1904", "West", "ZK01", null, List.of("GM0001")));
        lijst.add(new Regel("GM1905", "Oost", "ZK01", null, null));
        Resultaat r = vergelijk(lijst);
        assertEquals(List.of("GM0001"), r.nieuw().get(0).voorgangers());
        assertEquals(List.of("GM0002", "GM0003"), r.nieuw().get(1).voorgangers());
        assertEquals("GM1904", r.beeindigd().get(0).opvolger());
    }

    @Test
    void absorptionIntoAnExistingGemeenteEndsWithoutSuccessor() {
        Resultaat r = vergelijk(lijstZonder("GM0003"));
        assertEquals(List.of(new BeeindigdeGemeente("GM0003", "Cee", "R1", null)), r.beeindigd());
        assertTrue(r.nieuw().isEmpty());
    }

    @Test
    void renamesAndZorgkantoorregioChangesAreListed() {
        List<Regel> lijst = new ArrayList<>(lijstZonder("GM0001", "GM0004"));
        lijst.add(new Regel("GM0001", "Aa en Hunze", "ZK01", null, null));
        lijst.add(new Regel("GM0004", "Dee", "ZK01", null, null));
        Resultaat r = vergelijk(lijst);
        assertEquals(List.of(new Herindelingsvergelijking.HernoemdeGemeente("GM0001", "Aa", "Aa en Hunze")), r.hernoemd());
        assertEquals(List.of(new Herindelingsvergelijking.GewijzigdeZorgkantoorregio("GM0004", "ZK02", "ZK01")),
                r.andereZorgkantoorregio());
    }

    @Test
    void inconsistentDecisionsAreErrorsNamingTheField() {
        List<Regel> lijst = lijstZonder("GM0001");
        lijst.add(new Regel("GM0099", "Terug", "ZK01", null, null));
        lijst.add(new Regel("GM1906", "Een", "ZK01", "ONBEKEND", List.of("GM0001", "GM0002")));
        lijst.add(new Regel("GM1907", "Twee", "ZK01", null, List.of("GM0001")));
        Resultaat r = vergelijk(lijst);
        List<String> velden = r.fouten().stream().map(Herindelingsvergelijking.Fout::veld).toList();
        assertEquals(List.of("gemeenten[5].gemeentecode", "gemeenten[6].voorgangers", "gemeenten[7].voorgangers",
                "gemeenten[6].regio"), velden);
    }
}
