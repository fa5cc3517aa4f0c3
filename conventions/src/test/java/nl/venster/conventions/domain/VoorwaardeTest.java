package nl.venster.conventions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VoorwaardeTest {

    @Test
    void deEtagIsHetVersienummerTussenAanhalingstekens() {
        assertEquals("\"7\"", Voorwaarde.etag(7));
    }

    @Test
    void ifMatchPastBijDeVersieInEenLijstOfMetEenSter() {
        assertTrue(Voorwaarde.past("\"3\"", 3));
        assertTrue(Voorwaarde.past("\"1\", \"3\"", 3));
        assertTrue(Voorwaarde.past("*", 3));
        assertFalse(Voorwaarde.past("\"2\"", 3));
        assertFalse(Voorwaarde.past("3", 3), "een ongequote tag is geen sterke ETag");
        assertFalse(Voorwaarde.past("W/\"3\"", 3), "een zwakke ETag past niet bij een sterke vergelijking");
    }

    @Test
    void zonderIfMatchIsDeVersieVereistEnEenAndereVersieVerouderd() {
        assertEquals(Weigering.Soort.VERSIE_VEREIST, assertThrows(Weigering.class, () -> Voorwaarde.controleer(null, 3, "de agenda")).soort());
        assertEquals(Weigering.Soort.VERSIE_VEREIST, assertThrows(Weigering.class, () -> Voorwaarde.controleer(" ", 3, "de agenda")).soort());
        Weigering verouderd = assertThrows(Weigering.class, () -> Voorwaarde.controleer("\"2\"", 3, "de agenda"));
        assertEquals(Weigering.Soort.VERSIE_VEROUDERD, verouderd.soort());
        assertTrue(verouderd.getMessage().startsWith("De agenda is intussen gewijzigd"), verouderd.getMessage());
        Voorwaarde.controleer("\"3\"", 3, "de agenda");
    }
}
