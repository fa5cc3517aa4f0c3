package nl.venster.rapportage.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.rapportage.domain.ModelEvent;
import org.junit.jupiter.api.Test;

class HerbouwTellingTest {

    private static ModelEvent.AntwoordsetIngediend set(String regio, Financier financier, long versie) {
        return new ModelEvent.AntwoordsetIngediend(UUID.randomUUID(), "nl.venster.antwoordset.ingediend", versie, 2026, regio,
                financier, OffsetDateTime.parse("2026-02-01T10:00:00Z"), List.of());
    }

    @Test
    void perSetAlleenDeNieuwsteToegepasteVersieEnDeUitkomstAlsOfElkEventApartWerdToegepast() {
        HerbouwTelling telling = new HerbouwTelling();
        var v1 = set("R1", Financier.GEMEENTEN, 1);
        var v3 = set("R1", Financier.GEMEENTEN, 3);
        var v2 = set("R1", Financier.GEMEENTEN, 2);
        var ander = set("R1", Financier.ZORGKANTOOR, 1);
        var zelfdeVersie = set("R1", Financier.ZORGKANTOOR, 1);
        var andereRegio = set("R2", Financier.GEMEENTEN, 1);

        var teSchrijven = telling.nieuwsteToegepast(List.of(v1, v3, v2, ander, zelfdeVersie, andereRegio));

        assertEquals(List.of(v3, ander, andereRegio), teSchrijven);
        assertEquals(4, telling.aantal(Toepassing.TOEGEPAST));
        assertEquals(2, telling.aantal(Toepassing.VEROUDERD));
        assertEquals(0, telling.aantal(Toepassing.DUBBEL));
    }

    @Test
    void eenLatereBatchZietDeVersiesVanEerdereBatches() {
        HerbouwTelling telling = new HerbouwTelling();
        var v2 = set("R1", Financier.GEMEENTEN, 2);
        telling.nieuwsteToegepast(List.of(v2));
        var v1 = set("R1", Financier.GEMEENTEN, 1);
        var v4 = set("R1", Financier.GEMEENTEN, 4);

        var teSchrijven = telling.nieuwsteToegepast(List.of(v1, v4));

        assertEquals(List.of(v4), teSchrijven);
        assertEquals(2, telling.aantal(Toepassing.TOEGEPAST));
        assertEquals(1, telling.aantal(Toepassing.VEROUDERD));
    }

    @Test
    void eenHerhaaldEventTeltEerstAlsVerouderdEnDaarnaAlsDubbel() {
        HerbouwTelling telling = new HerbouwTelling();
        var v1 = set("R1", Financier.GEMEENTEN, 1);
        var herhaling = new ModelEvent.AntwoordsetIngediend(v1.eventId(), v1.type(), 1, 2026, "R1", Financier.GEMEENTEN,
                v1.ingediendOp(), List.of());

        assertEquals(List.of(v1), telling.nieuwsteToegepast(List.of(v1, herhaling)));
        telling.telDubbel(1);

        assertEquals(1, telling.aantal(Toepassing.TOEGEPAST));
        assertEquals(0, telling.aantal(Toepassing.VEROUDERD));
        assertEquals(1, telling.aantal(Toepassing.DUBBEL));
    }
}
