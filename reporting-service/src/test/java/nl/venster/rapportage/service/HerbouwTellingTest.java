package nl.venster.rapportage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.venster.conventions.vocabulary.Financier;
import org.junit.jupiter.api.Test;

class HerbouwTellingTest {

    private static Gebeurtenis.AntwoordsetIngediend set(UUID id, String regio, Financier financier, long versie) {
        return new Gebeurtenis.AntwoordsetIngediend(id, "nl.venster.antwoordset.ingediend", versie, 2026, regio, financier,
                OffsetDateTime.parse("2026-02-01T10:00:00Z"), List.of());
    }

    @Test
    void perSetAlleenDeNieuwsteToegepasteVersieEnDeUitkomstAlsOfElkeGebeurtenisApartWerdToegepast() {
        HerbouwTelling telling = new HerbouwTelling();
        var v1 = set(UUID.randomUUID(), "R1", Financier.GEMEENTEN, 1);
        var v3 = set(UUID.randomUUID(), "R1", Financier.GEMEENTEN, 3);
        var v2 = set(UUID.randomUUID(), "R1", Financier.GEMEENTEN, 2);
        var ander = set(UUID.randomUUID(), "R1", Financier.ZORGKANTOOR, 1);
        var zelfdeVersie = set(UUID.randomUUID(), "R1", Financier.ZORGKANTOOR, 1);

        var teSchrijven = telling.nieuwsteToegepast(List.of(v1, v3, v2, ander, zelfdeVersie),
                Set.of(v1.eventId(), v3.eventId(), v2.eventId(), ander.eventId(), zelfdeVersie.eventId()));

        assertEquals(List.of(v3, ander), teSchrijven);
        assertEquals(3, telling.aantal(Toepassing.TOEGEPAST));
        assertEquals(2, telling.aantal(Toepassing.VEROUDERD));
        assertEquals(0, telling.aantal(Toepassing.DUBBEL));
    }

    @Test
    void eenAlVerwerktIdEnEenTweedeKopieInDezelfdeBatchZijnDubbel() {
        HerbouwTelling telling = new HerbouwTelling();
        var eerder = set(UUID.randomUUID(), "R1", Financier.GEMEENTEN, 1);
        var nieuw = set(UUID.randomUUID(), "R1", Financier.GEMEENTEN, 2);

        var teSchrijven = telling.nieuwsteToegepast(List.of(eerder, nieuw, nieuw), Set.of(nieuw.eventId()));

        assertEquals(List.of(nieuw), teSchrijven);
        assertEquals(1, telling.aantal(Toepassing.TOEGEPAST));
        assertEquals(2, telling.aantal(Toepassing.DUBBEL));
    }

    @Test
    void eenLatereBatchZietDeVersiesVanEerdereBatches() {
        HerbouwTelling telling = new HerbouwTelling();
        var v2 = set(UUID.randomUUID(), "R1", Financier.GEMEENTEN, 2);
        telling.nieuwsteToegepast(List.of(v2), Set.of(v2.eventId()));
        var v1 = set(UUID.randomUUID(), "R1", Financier.GEMEENTEN, 1);
        var v4 = set(UUID.randomUUID(), "R1", Financier.GEMEENTEN, 4);

        var teSchrijven = telling.nieuwsteToegepast(List.of(v1, v4), Set.of(v1.eventId(), v4.eventId()));

        assertEquals(List.of(v4), teSchrijven);
        assertEquals(2, telling.aantal(Toepassing.TOEGEPAST));
        assertEquals(1, telling.aantal(Toepassing.VEROUDERD));
    }
}
