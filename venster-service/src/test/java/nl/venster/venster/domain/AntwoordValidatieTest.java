package nl.venster.venster.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.conventions.vocabulary.Schaal;
import org.junit.jupiter.api.Test;

class AntwoordValidatieTest {

    private static final List<Vraag> VRAGEN = List.of(
            new Vraag("proces", "Proces?", Schaal.RAPPORTCIJFER),
            new Vraag("eens", "Eens?", Schaal.JA_NEE));

    @Test
    void aCompleteAnswerOnTheScalesIsValid() {
        assertTrue(AntwoordValidatie.problemen(VRAGEN, List.of(
                new AntwoordValidatie.Invoer("eens", 0), new AntwoordValidatie.Invoer("proces", 10))).isEmpty());
    }

    @Test
    void everyProblemIsListed() {
        List<Weigering.OngeldigVeld> problemen = AntwoordValidatie.problemen(VRAGEN, List.of(
                new AntwoordValidatie.Invoer("proces", 0),
                new AntwoordValidatie.Invoer("proces", 5),
                new AntwoordValidatie.Invoer("onbekend", 5)));
        assertEquals(List.of("antwoorden[0].score", "antwoorden[1].vraag", "antwoorden[2].vraag", "antwoorden"),
                problemen.stream().map(Weigering.OngeldigVeld::naam).toList());
        assertEquals("vraag eens is niet beantwoord", problemen.get(3).reden());
    }

    @Test
    void jaNeeAcceptsOnlyZeroAndOne() {
        assertFalse(AntwoordValidatie.problemen(VRAGEN, List.of(
                new AntwoordValidatie.Invoer("proces", 1), new AntwoordValidatie.Invoer("eens", 2))).isEmpty());
        assertFalse(Schaal.RAPPORTCIJFER.accepts(11));
        assertTrue(Schaal.RAPPORTCIJFER.accepts(1));
    }

    @Test
    void answersAreStoredInTheRoundsQuestionOrder() {
        assertEquals(List.of("proces", "eens"), AntwoordValidatie.inVraagvolgorde(VRAGEN, List.of("eens", "proces"), code -> code));
    }

    @Test
    void sealedUntilAllThreeAnsweredOrClosed() {
        Verzegeling open = Verzegeling.voor(RondeStatus.OPEN, Set.of(Financier.GEMEENTEN, Financier.ZORGKANTOOR));
        assertTrue(open.zichtbaar(Financier.GEMEENTEN, Set.of(Financier.GEMEENTEN)));
        assertFalse(open.zichtbaar(Financier.ZORGKANTOOR, Set.of(Financier.GEMEENTEN)));
        assertFalse(open.zichtbaar(Financier.ZORGKANTOOR, Set.of()));
        assertTrue(Verzegeling.voor(RondeStatus.OPEN, Set.of(Financier.values())).zichtbaar(Financier.ZORGKANTOOR, Set.of()));
        assertTrue(Verzegeling.voor(RondeStatus.GESLOTEN, Set.of()).ontzegeld());
    }

    @Test
    void theClockMovesRoundsOnlyForward() {
        OffsetDateTime nu = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        Ronde ronde = new Ronde();
        ronde.status = RondeStatus.CONCEPT;
        ronde.opent = nu.plusHours(1);
        ronde.sluit = nu.plusDays(1);
        assertEquals(RondeStatus.CONCEPT, ronde.statusVolgensKlok(nu));
        assertEquals(RondeStatus.OPEN, ronde.statusVolgensKlok(nu.plusHours(1)));
        assertEquals(RondeStatus.GESLOTEN, ronde.statusVolgensKlok(nu.plusDays(1)));
        ronde.status = RondeStatus.GESLOTEN;
        assertEquals(RondeStatus.GESLOTEN, ronde.statusVolgensKlok(nu), "a beheerder's early close stands");
    }

    @Test
    void regionsAndRolesHaveExclusiveEndDates() {
        ReplicaRol rol = new ReplicaRol(null, "ZK01", "gemeenten", "bestuurlijk-aanspreekpunt",
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 1));
        assertTrue(rol.geldigOp(java.time.LocalDate.of(2026, 1, 1)));
        assertTrue(rol.geldigOp(java.time.LocalDate.of(2026, 2, 28)));
        assertFalse(rol.geldigOp(java.time.LocalDate.of(2026, 3, 1)));
        assertFalse(rol.geldigOp(java.time.LocalDate.of(2025, 12, 31)));
    }
}
