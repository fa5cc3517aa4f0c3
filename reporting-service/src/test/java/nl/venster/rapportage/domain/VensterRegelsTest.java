package nl.venster.rapportage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.conventions.vocabulary.Schaal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** DESIGN.md §4, rule by rule. */
class VensterRegelsTest {

    private static final Drempels STANDAARD = new Drempels(6, 3);
    private static final List<Vraag> DRIE_VRAGEN = List.of(
            new Vraag("proces", "Proces?", Schaal.RAPPORTCIJFER),
            new Vraag("agenda", "Agenda?", Schaal.RAPPORTCIJFER),
            new Vraag("resultaten", "Resultaten?", Schaal.RAPPORTCIJFER));

    @Nested
    class Tevreden {
        @ParameterizedTest
        @CsvSource({"1,false", "5,false", "6,true", "7,true", "10,true"})
        void rapportcijferIsTevredenVanafDeVoldoendeGrens(int score, boolean tevreden) {
            assertEquals(tevreden, VensterRegels.tevreden(Schaal.RAPPORTCIJFER, score, STANDAARD));
        }

        @ParameterizedTest
        @CsvSource({"7,false", "8,true"})
        void deVoldoendeGrensKomtUitDeRonde(int score, boolean tevreden) {
            assertEquals(tevreden, VensterRegels.tevreden(Schaal.RAPPORTCIJFER, score, new Drempels(8, 3)));
        }

        @Test
        void jaIsTevredenEnNeeNiet() {
            assertTrue(VensterRegels.tevreden(Schaal.JA_NEE, 1, STANDAARD));
            assertFalse(VensterRegels.tevreden(Schaal.JA_NEE, 0, STANDAARD));
            // The voldoendeGrens plays no part on a ja-nee scale.
            assertTrue(VensterRegels.tevreden(Schaal.JA_NEE, 1, new Drempels(8, 3)));
        }
    }

    @Nested
    class DivergentiePerVraag {
        @Test
        void allenTevredenDichtBijElkaarIsGeenVerschil() {
            Divergentie d = VensterRegels.divergentie(Schaal.RAPPORTCIJFER, List.of(7, 8, 9), STANDAARD);
            assertFalse(d.divergent());
            assertEquals(2, d.spreiding());
            assertEquals(List.of(), d.redenen());
            assertFalse(d.allenOntevreden());
        }

        @Test
        void gemengdTevredenIsVerschil() {
            Divergentie d = VensterRegels.divergentie(Schaal.RAPPORTCIJFER, List.of(5, 6, 7), STANDAARD);
            assertTrue(d.divergent());
            assertEquals(List.of(Divergentie.Reden.GEMENGD_TEVREDEN), d.redenen());
        }

        @Test
        void spreidingOpDeGrensIsVerschilOokAlsIedereenTevredenIs() {
            Divergentie d = VensterRegels.divergentie(Schaal.RAPPORTCIJFER, List.of(6, 8, 9), STANDAARD);
            assertTrue(d.divergent());
            assertEquals(List.of(Divergentie.Reden.SPREIDING), d.redenen());
            assertEquals(3, d.spreiding());
        }

        @Test
        void spreidingNetOnderDeGrensIsGeenVerschil() {
            assertFalse(VensterRegels.divergentie(Schaal.RAPPORTCIJFER, List.of(1, 3, 3), STANDAARD).divergent());
        }

        @Test
        void spreidingBijAllenOntevreden() {
            Divergentie d = VensterRegels.divergentie(Schaal.RAPPORTCIJFER, List.of(1, 3, 4), STANDAARD);
            assertTrue(d.allenOntevreden());
            assertEquals(List.of(Divergentie.Reden.SPREIDING), d.redenen());
        }

        @Test
        void beideRedenenWordenGenoemd() {
            Divergentie d = VensterRegels.divergentie(Schaal.RAPPORTCIJFER, List.of(2, 9, 9), STANDAARD);
            assertEquals(List.of(Divergentie.Reden.GEMENGD_TEVREDEN, Divergentie.Reden.SPREIDING), d.redenen());
            assertEquals(7, d.spreiding());
        }

        @Test
        void deSpreidingsGrensKomtUitDeRonde() {
            assertFalse(VensterRegels.divergentie(Schaal.RAPPORTCIJFER, List.of(6, 8, 9), new Drempels(6, 4)).divergent());
            assertTrue(VensterRegels.divergentie(Schaal.RAPPORTCIJFER, List.of(7, 7, 8), new Drempels(6, 1)).divergent());
        }

        @Test
        void jaNeeGemengdIsVerschilEenstemmigNiet() {
            assertTrue(VensterRegels.divergentie(Schaal.JA_NEE, List.of(1, 0, 1), STANDAARD).gemengdTevreden());
            assertFalse(VensterRegels.divergentie(Schaal.JA_NEE, List.of(1, 1, 1), STANDAARD).divergent());
            Divergentie allemaalNee = VensterRegels.divergentie(Schaal.JA_NEE, List.of(0, 0, 0), STANDAARD);
            assertFalse(allemaalNee.divergent());
            assertTrue(allemaalNee.allenOntevreden());
        }

        @Test
        void zonderScoresIsErNietsTeBeoordelen() {
            assertThrows(IllegalArgumentException.class, () -> VensterRegels.divergentie(Schaal.RAPPORTCIJFER, List.of(), STANDAARD));
        }
    }

    @Nested
    class Status {
        @Test
        void onvolledigZolangDeRondeOpenIsEnIemandOntbreekt() {
            assertEquals(RegioStatus.ONVOLLEDIG, beoordeel(RondeStatus.OPEN, antwoorden(7, 7, null)).status());
            assertEquals(RegioStatus.ONVOLLEDIG, beoordeel(RondeStatus.OPEN, Map.of()).status());
            assertEquals(RegioStatus.ONVOLLEDIG, beoordeel(RondeStatus.CONCEPT, Map.of()).status());
        }

        @Test
        void nietIngevuldAlsDeRondeGeslotenIsEnIemandOntbreekt() {
            RegioBeoordeling b = beoordeel(RondeStatus.GESLOTEN, antwoorden(2, 9, null));
            assertEquals(RegioStatus.NIET_INGEVULD, b.status());
            assertEquals(Map.of(), b.divergentiePerVraag(), "divergence only for complete answers");
        }

        @Test
        void verschilAlsEenVraagDivergeert() {
            RegioBeoordeling b = beoordeel(RondeStatus.OPEN, antwoorden(7, 7, 7, Map.of("agenda", new int[] {4, 8, 8})));
            assertEquals(RegioStatus.VERSCHIL, b.status());
            assertEquals(List.of("agenda"), b.divergenteVragen());
        }

        @Test
        void ontevredenAlsIedereenOntevredenIsZonderVerschil() {
            RegioBeoordeling b = beoordeel(RondeStatus.GESLOTEN, antwoorden(7, 7, 7, Map.of("resultaten", new int[] {4, 5, 4})));
            assertEquals(RegioStatus.ONTEVREDEN, b.status());
            assertEquals(List.of(), b.divergenteVragen());
        }

        @Test
        void verschilGaatVoorOntevreden() {
            RegioBeoordeling b = beoordeel(RondeStatus.OPEN,
                    antwoorden(7, 7, 7, Map.of("resultaten", new int[] {4, 5, 4}, "proces", new int[] {5, 8, 8})));
            assertEquals(RegioStatus.VERSCHIL, b.status());
        }

        @Test
        void inOrdeAlsIedereenTevredenIsEnDichtBijElkaar() {
            assertEquals(RegioStatus.IN_ORDE, beoordeel(RondeStatus.OPEN, antwoorden(7, 8, 6)).status());
            assertEquals(RegioStatus.IN_ORDE, beoordeel(RondeStatus.GESLOTEN, antwoorden(7, 8, 6)).status());
        }

        @Test
        void eenVraagDieNietIedereenBeantwoorddeTeltNietMee() {
            Map<Financier, Map<String, Integer>> antwoorden = antwoorden(7, 7, 7);
            antwoorden.put(Financier.ZORGKANTOOR, Map.of("proces", 7, "agenda", 7));
            RegioBeoordeling b = beoordeel(RondeStatus.OPEN, antwoorden);
            assertEquals(List.of("proces", "agenda"), List.copyOf(b.divergentiePerVraag().keySet()));
            assertEquals(RegioStatus.IN_ORDE, b.status());
        }
    }

    @Nested
    class Escalatieniveau {
        @Test
        void geenBijInOrdeEnOnvolledig() {
            assertEquals(Escalatie.GEEN, VensterRegels.escalatie(RegioStatus.IN_ORDE, List.of()));
            assertEquals(Escalatie.GEEN, VensterRegels.escalatie(RegioStatus.ONVOLLEDIG, List.of()));
        }

        @ParameterizedTest
        @EnumSource(value = RegioStatus.class, names = {"VERSCHIL", "ONTEVREDEN", "NIET_INGEVULD"})
        void deBalLigtBijDeRegio(RegioStatus status) {
            assertEquals(Escalatie.REGIO, VensterRegels.escalatie(status, List.of()));
            assertEquals(Escalatie.REGIO, VensterRegels.escalatie(status, List.of(OpvolgingSoort.BESPROKEN, OpvolgingSoort.ACTIE_AFGESPROKEN)));
        }

        @Test
        void elkeTredeVanDeLadder() {
            assertEquals(Escalatie.VNG_ZN, VensterRegels.escalatie(RegioStatus.VERSCHIL, List.of(OpvolgingSoort.HULPVRAAG_VNG_ZN)));
            assertEquals(Escalatie.VWS, VensterRegels.escalatie(RegioStatus.VERSCHIL,
                    List.of(OpvolgingSoort.HULPVRAAG_VNG_ZN, OpvolgingSoort.GEAGENDEERD_VWS)));
            assertEquals(Escalatie.AFGEROND, VensterRegels.escalatie(RegioStatus.VERSCHIL,
                    List.of(OpvolgingSoort.HULPVRAAG_VNG_ZN, OpvolgingSoort.GEAGENDEERD_VWS, OpvolgingSoort.AFGEROND)));
        }

        @Test
        void deHoogsteTredeTeltOngeachtDeVolgorde() {
            assertEquals(Escalatie.AFGEROND, VensterRegels.escalatie(RegioStatus.ONTEVREDEN,
                    List.of(OpvolgingSoort.AFGEROND, OpvolgingSoort.BESPROKEN, OpvolgingSoort.HULPVRAAG_VNG_ZN)));
            assertEquals(Escalatie.VWS, VensterRegels.escalatie(RegioStatus.NIET_INGEVULD,
                    List.of(OpvolgingSoort.GEAGENDEERD_VWS, OpvolgingSoort.HULPVRAAG_VNG_ZN)));
        }

        @Test
        void eenHulpvraagTeltOokBijEenRegioInOrde() {
            assertEquals(Escalatie.VNG_ZN, VensterRegels.escalatie(RegioStatus.IN_ORDE, List.of(OpvolgingSoort.HULPVRAAG_VNG_ZN)));
        }

        @Test
        void deBeoordelingGebruiktDeOpvolgingen() {
            RegioBeoordeling b = VensterRegels.beoordeel(RondeStatus.GESLOTEN, DRIE_VRAGEN, STANDAARD, antwoorden(2, 9, 9),
                    List.of(OpvolgingSoort.HULPVRAAG_VNG_ZN), Optional.empty(), false);
            assertEquals(Escalatie.VNG_ZN, b.escalatie());
        }
    }

    @Nested
    class Signaal {
        @ParameterizedTest
        @EnumSource(value = RegioStatus.class, names = {"VERSCHIL", "ONTEVREDEN", "NIET_INGEVULD"})
        void tweeRondesOpRijZonderOpvolging(RegioStatus vorige) {
            for (RegioStatus huidig : List.of(RegioStatus.VERSCHIL, RegioStatus.ONTEVREDEN, RegioStatus.NIET_INGEVULD)) {
                assertTrue(VensterRegels.signaal(Optional.of(vorige), false, huidig), vorige + " then " + huidig);
            }
        }

        @Test
        void geenSignaalMetOpvolgingInDeVorigeRonde() {
            assertFalse(VensterRegels.signaal(Optional.of(RegioStatus.VERSCHIL), true, RegioStatus.VERSCHIL));
        }

        @ParameterizedTest
        @EnumSource(value = RegioStatus.class, names = {"IN_ORDE", "ONVOLLEDIG"})
        void geenSignaalAlsEenVanBeideRondesGeenAandachtVraagt(RegioStatus rustig) {
            assertFalse(VensterRegels.signaal(Optional.of(rustig), false, RegioStatus.VERSCHIL));
            assertFalse(VensterRegels.signaal(Optional.of(RegioStatus.VERSCHIL), false, rustig));
        }

        @Test
        void geenSignaalZonderVorigeRonde() {
            assertFalse(VensterRegels.signaal(Optional.empty(), false, RegioStatus.VERSCHIL));
        }

        @Test
        void deBeoordelingGeeftHetSignaal() {
            RegioBeoordeling b = VensterRegels.beoordeel(RondeStatus.GESLOTEN, DRIE_VRAGEN, STANDAARD, antwoorden(2, 9, 9),
                    List.of(), Optional.of(RegioStatus.ONTEVREDEN), false);
            assertTrue(b.signaal());
        }
    }

    private static RegioBeoordeling beoordeel(RondeStatus ronde, Map<Financier, Map<String, Integer>> antwoorden) {
        return VensterRegels.beoordeel(ronde, DRIE_VRAGEN, STANDAARD, antwoorden, List.of(), Optional.empty(), false);
    }

    /** Every question gets the financier's score; null leaves the financier out. */
    private static Map<Financier, Map<String, Integer>> antwoorden(Integer gemeenten, Integer zorgverzekeraar, Integer zorgkantoor) {
        return antwoorden(gemeenten, zorgverzekeraar, zorgkantoor, Map.of());
    }

    /** As above, with per-question overrides {gemeenten, zorgverzekeraar, zorgkantoor}. */
    private static Map<Financier, Map<String, Integer>> antwoorden(Integer gemeenten, Integer zorgverzekeraar, Integer zorgkantoor,
                                                                  Map<String, int[]> perVraag) {
        Map<Financier, Map<String, Integer>> result = new EnumMap<>(Financier.class);
        Integer[] standaard = {gemeenten, zorgverzekeraar, zorgkantoor};
        Financier[] financiers = Financier.values();
        for (int i = 0; i < financiers.length; i++) {
            if (standaard[i] == null) {
                continue;
            }
            Map<String, Integer> scores = new java.util.LinkedHashMap<>();
            for (Vraag vraag : DRIE_VRAGEN) {
                int[] override = perVraag.get(vraag.code());
                scores.put(vraag.code(), override != null ? override[i] : standaard[i]);
            }
            result.put(financiers[i], scores);
        }
        return result;
    }
}
