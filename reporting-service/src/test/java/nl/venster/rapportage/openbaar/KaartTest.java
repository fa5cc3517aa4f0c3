package nl.venster.rapportage.openbaar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.venster.rapportage.domain.Lidmaatschap;
import org.junit.jupiter.api.Test;

class KaartTest {

    private static final Kaart KAART = Kaart.gemeenten2025();
    private static final LocalDate DAG = LocalDate.of(2031, 3, 1);

    @Test
    void theShippedBoundariesHoldEveryGemeenteOf2025() {
        assertEquals(342, KAART.aantalGemeenten());
        assertTrue(KAART.heeftVorm("GM0014"));
        assertFalse(KAART.heeftVorm("GM9999"));
    }

    @Test
    void aSplitRegionIsDrawnAsTwoShapesWithABorderBetweenThem() {
        // Stadskanaal and Veendam are neighbours.
        Kaart.Tekening heel = KAART.teken(List.of(new Kaart.Regio("ZK01", "Groningen", "in-orde",
                Set.of("GM0037", "GM0047"))), List.of(), DAG);
        Kaart.Tekening gesplitst = KAART.teken(List.of(
                new Kaart.Regio("ZK01-ZUID", "Zuid", "in-orde", Set.of("GM0037")),
                new Kaart.Regio("ZK01-OOST", "Oost", "verschil", Set.of("GM0047"))), List.of(), DAG);
        assertEquals(1, heel.regios().size());
        assertEquals(2, gesplitst.regios().size());
        assertTrue(gesplitst.regios().stream().allMatch(Kaart.RegioVorm::getekend));
        assertTrue(gesplitst.grenzen().length() > heel.grenzen().length(), "the split adds the border between the parts");
        assertTrue(heel.regios().get(0).pad().startsWith("M"));
        assertTrue(heel.viewBox().startsWith("0 0 500 "));
        // The gemeenten outside the round's regions are drawn as background, the region's are not.
        assertNotEquals(KAART.teken(List.of(), List.of(), DAG).overig(), heel.overig());
    }

    @Test
    void aGemeenteFromAHerindelingTakesTheShapesOfItsPredecessors() {
        LocalDate herindeling = LocalDate.of(2030, 1, 1);
        List<Lidmaatschap> leden = List.of(
                new Lidmaatschap("GM0037", "Stadskanaal", LocalDate.of(2020, 1, 1), herindeling),
                new Lidmaatschap("GM0047", "Veendam", LocalDate.of(2020, 1, 1), herindeling),
                new Lidmaatschap("GM9999", "Nieuwe gemeente", herindeling, null),
                new Lidmaatschap("GM0014", "Groningen", LocalDate.of(2020, 1, 1), null));
        Kaart.Tekening na = KAART.teken(List.of(new Kaart.Regio("ZK01", "Groningen", "in-orde", Set.of("GM0014", "GM9999"))),
                leden, DAG);
        Kaart.Tekening voor = KAART.teken(List.of(new Kaart.Regio("ZK01", "Groningen", "in-orde",
                Set.of("GM0014", "GM0037", "GM0047"))), List.of(), DAG);
        assertEquals(voor.regios().get(0).pad(), na.regios().get(0).pad());
        assertEquals(List.of(), na.regios().get(0).zonderVorm());
        assertEquals(voor.grenzen(), na.grenzen());
    }

    @Test
    void aGemeenteWithoutShapeOrPredecessorsIsReported() {
        Kaart.Tekening tekening = KAART.teken(List.of(new Kaart.Regio("X1", "Nergens", "in-orde", Set.of("GM9998"))), List.of(), DAG);
        assertFalse(tekening.regios().get(0).getekend());
        assertEquals(List.of("GM9998"), tekening.regios().get(0).zonderVorm());
    }

    @Test
    void coordinatesHaveOneDecimal() {
        assertEquals("12.3", Kaart.getal(12.34));
        assertEquals("12", Kaart.getal(11.96));
        assertEquals("-0.5", Kaart.getal(-0.49));
    }
}
