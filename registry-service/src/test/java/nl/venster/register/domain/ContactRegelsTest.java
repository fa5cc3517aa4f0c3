package nl.venster.register.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.domain.Weigering;
import nl.venster.register.domain.ContactRegels.Aanroeper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContactRegelsTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);
    private static final String BESTUURLIJK = "bestuurlijk-aanspreekpunt";
    private static final String AMBTELIJK = "ambtelijk-aanspreekpunt";
    private static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BERT = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private static Contactpersoon persoon(UUID id, String naam, String subject) {
        Contactpersoon persoon = new Contactpersoon();
        persoon.id = id;
        persoon.naam = naam;
        persoon.subject = subject;
        persoon.email = naam.toLowerCase() + "@example.org";
        persoon.telefoon = "030 123 45 67";
        return persoon;
    }

    private static Roltoewijzing rol(UUID persoon, String regio, String financier, String rol, String vanaf, String tot) {
        Roltoewijzing toewijzing = new Roltoewijzing();
        toewijzing.id = UUID.randomUUID();
        toewijzing.contactpersoon = persoon;
        toewijzing.regio = regio;
        toewijzing.financier = financier;
        toewijzing.rol = rol;
        toewijzing.vanaf = LocalDate.parse(vanaf);
        toewijzing.tot = tot == null ? null : LocalDate.parse(tot);
        return toewijzing;
    }

    private static Regio regio(String code, String zorgkantoorregio, String vanaf, String tot) {
        Regio regio = new Regio();
        regio.code = code;
        regio.naam = "Regio " + code;
        regio.zorgkantoorregio = zorgkantoorregio;
        regio.themas = List.of("ouderen", "ggz", "preventie", "jeugd");
        regio.geldigVanaf = LocalDate.parse(vanaf);
        regio.geldigTot = tot == null ? null : LocalDate.parse(tot);
        return regio;
    }

    /** The invalid fields as "naam: reden", in order. */
    private static List<String> velden(InputValidation validation) {
        try {
            validation.throwIfInvalid();
            return List.of();
        } catch (Weigering w) {
            assertEquals(Weigering.Soort.ONGELDIG, w.soort());
            return w.velden().stream().map(v -> v.naam() + ": " + v.reden()).toList();
        }
    }

    @Nested
    class Contactpersonen {

        @Test
        void searchMatchesAnyCaseAnywhereInTheNameAndSortsByNameThenId() {
            Contactpersoon anna = persoon(ANNA, "anna de Vries", "a");
            Contactpersoon bert = persoon(BERT, "Bert Vriesema", "b");
            Contactpersoon annaTwee = persoon(UUID.fromString("00000000-0000-0000-0000-000000000001"), "Anna de Vries", "a2");
            Contactpersoon cor = persoon(UUID.randomUUID(), "Cor Jansen", "c");
            List<Contactpersoon> alle = List.of(cor, bert, anna, annaTwee);

            assertEquals(List.of(annaTwee, anna, bert), ContactRegels.zoek(alle, "VRIES", null));
            assertEquals(List.of(annaTwee, anna, bert, cor), ContactRegels.zoek(alle, null, null));
            assertEquals(List.of(bert), ContactRegels.zoek(alle, "vries", Set.of(BERT, cor.id)));
            assertEquals(List.of(), ContactRegels.zoek(alle, null, Set.of()));
        }

        @Test
        void holdersAreThoseWithARoleValidOnTheDate() {
            List<Roltoewijzing> rollen = List.of(rol(ANNA, "ZK01", "gemeenten", AMBTELIJK, "2026-01-01", null),
                    rol(BERT, "ZK01", "gemeenten", AMBTELIJK, "2025-01-01", "2026-01-01"));
            assertEquals(Set.of(ANNA), ContactRegels.houdersOp(rollen, VANDAAG));
            assertEquals(Set.of(BERT), ContactRegels.houdersOp(rollen, LocalDate.of(2025, 6, 1)));
        }

        @Test
        void aSubjectBelongsToOnePerson() {
            Contactpersoon anna = persoon(ANNA, "Anna", "sub-a");
            ContactRegels.weigerBezetSubject(Optional.empty(), null);
            ContactRegels.weigerBezetSubject(Optional.of(anna), ANNA);
            Weigering bezet = assertThrows(Weigering.class, () -> ContactRegels.weigerBezetSubject(Optional.of(anna), null));
            assertEquals(Weigering.Soort.CONFLICT, bezet.soort());
            assertThrows(Weigering.class, () -> ContactRegels.weigerBezetSubject(Optional.of(anna), BERT));
        }

        @Test
        void whoLeavesLosesEmailAndTelephoneAndKeepsTheFirstDayOfLeaving() {
            Contactpersoon anna = persoon(ANNA, "Anna", "sub-a");
            ContactRegels.vertrek(anna, VANDAAG);
            assertNull(anna.email);
            assertNull(anna.telefoon);
            assertEquals("Anna", anna.naam);
            assertEquals("sub-a", anna.subject);
            assertEquals(VANDAAG, anna.vertrokkenOp);

            ContactRegels.vertrek(anna, VANDAAG.plusDays(3));
            assertEquals(VANDAAG, anna.vertrokkenOp);
        }
    }

    @Nested
    class Contactgegevens {

        private final Contactpersoon anna = persoon(ANNA, "Anna", "sub-a");

        private Supplier<List<Roltoewijzing>> nietGelezen() {
            return () -> {
                throw new AssertionError("the roles are not needed for this answer");
            };
        }

        @Test
        void aBeheerderAndThePersonThemselfAlwaysSeeThem() {
            assertTrue(ContactRegels.magContactgegevensZien(new Aanroeper("iemand", true, Set.of()), anna, nietGelezen(), VANDAAG));
            assertTrue(ContactRegels.magContactgegevensZien(new Aanroeper("sub-a", false, Set.of()), anna, nietGelezen(), VANDAAG));
        }

        @Test
        void aContactSeesThemOnlyWithARoleInARegionWhereThePersonHasACurrentOrFutureRole() {
            Supplier<List<Roltoewijzing>> rollen = () -> List.of(
                    rol(ANNA, "ZK01", "gemeenten", AMBTELIJK, "2024-01-01", null),
                    rol(ANNA, "ZK02", "gemeenten", AMBTELIJK, "2027-01-01", null),
                    rol(ANNA, "ZK03", "gemeenten", AMBTELIJK, "2020-01-01", "2026-12-01"));
            assertTrue(ContactRegels.magContactgegevensZien(new Aanroeper("sub-b", false, Set.of("ZK01")), anna, rollen, VANDAAG));
            assertTrue(ContactRegels.magContactgegevensZien(new Aanroeper("sub-b", false, Set.of("ZK02")), anna, rollen, VANDAAG));
            // Her role in ZK03 ended today.
            assertFalse(ContactRegels.magContactgegevensZien(new Aanroeper("sub-b", false, Set.of("ZK03")), anna, rollen, VANDAAG));
            assertFalse(ContactRegels.magContactgegevensZien(new Aanroeper("sub-b", false, Set.of()), anna, rollen, VANDAAG));
        }

        @Test
        void theRegionsOfARoleHolderAreThoseOfTheirCurrentAndFutureRoles() {
            List<Roltoewijzing> rollen = List.of(
                    rol(BERT, "ZK01", "gemeenten", AMBTELIJK, "2024-01-01", "2026-12-02"),
                    rol(BERT, "ZK02", "zorgkantoor", BESTUURLIJK, "2027-01-01", null),
                    rol(BERT, "ZK03", "gemeenten", AMBTELIJK, "2020-01-01", "2026-12-01"));
            assertEquals(Set.of("ZK01", "ZK02"), ContactRegels.regiosMetRol(rollen, VANDAAG));
            assertTrue(ContactRegels.nietVerlopen(rollen.get(1), VANDAAG));
            assertFalse(ContactRegels.nietVerlopen(rollen.get(2), VANDAAG));
        }
    }

    @Nested
    class Roltoewijzingen {

        private final Regio zk01 = regio("ZK01", "ZK01", "2020-01-01", null);

        @Test
        void theListFiltersByDateFinancierAndRole() {
            Roltoewijzing a = rol(ANNA, "ZK01", "gemeenten", BESTUURLIJK, "2024-01-01", null);
            Roltoewijzing b = rol(BERT, "ZK01", "zorgkantoor", AMBTELIJK, "2020-01-01", "2022-01-01");
            List<Roltoewijzing> rollen = List.of(a, b);
            assertEquals(rollen, ContactRegels.filter(rollen, null, null, null));
            assertEquals(List.of(a), ContactRegels.filter(rollen, VANDAAG, null, null));
            assertEquals(List.of(b), ContactRegels.filter(rollen, null, "zorgkantoor", null));
            assertEquals(List.of(a), ContactRegels.filter(rollen, null, null, BESTUURLIJK));
            assertEquals(List.of(), ContactRegels.filter(rollen, VANDAAG, "zorgkantoor", null));
        }

        @Test
        void aValidProposalPasses() {
            InputValidation validation = new InputValidation();
            Roltoewijzing trekker = rol(ANNA, "ZK01", "gemeenten", "trekker", "2026-01-01", "2027-01-01");
            trekker.thema = "jeugd";
            ContactRegels.valideer(zk01, trekker, true, validation);
            ContactRegels.valideer(zk01, rol(ANNA, "ZK01", "gemeenten", AMBTELIJK, "2020-01-01", null), true, validation);
            assertEquals(List.of(), velden(validation));
        }

        @Test
        void everyInvalidFieldOfAProposalIsNamed() {
            Roltoewijzing voorstel = rol(ANNA, "ZK01", "gemeenten", AMBTELIJK, "2019-06-01", "2019-06-01");
            voorstel.thema = "ruimte";
            InputValidation validation = new InputValidation();
            ContactRegels.valideer(zk01, voorstel, false, validation);
            assertEquals(List.of(
                    "contactpersoon: onbekende contactpersoon",
                    "thema: alleen een trekker heeft een thema",
                    "thema: geen thema van deze regio (ouderen, ggz, preventie, jeugd)",
                    "tot: moet na vanaf liggen",
                    "vanaf: valt buiten de geldigheid van de regio"), velden(validation));
        }

        @Test
        void inAnEndingRegionARoleStartsBeforeAndEndsAtTheLatestWithIt() {
            Regio eindigend = regio("ZK02", "ZK02", "2020-01-01", "2027-01-01");
            InputValidation zonderEinde = new InputValidation();
            ContactRegels.valideer(eindigend, rol(ANNA, "ZK02", "gemeenten", AMBTELIJK, "2026-01-01", null), true, zonderEinde);
            assertEquals(List.of("tot: de regio eindigt op 2027-01-01; de rol eindigt uiterlijk dan"), velden(zonderEinde));

            InputValidation teLaat = new InputValidation();
            ContactRegels.valideer(eindigend, rol(ANNA, "ZK02", "gemeenten", AMBTELIJK, "2026-01-01", "2027-01-02"), true, teLaat);
            assertEquals(List.of("tot: de regio eindigt op 2027-01-01; de rol eindigt uiterlijk dan"), velden(teLaat));

            InputValidation naEinde = new InputValidation();
            ContactRegels.valideer(eindigend, rol(ANNA, "ZK02", "gemeenten", AMBTELIJK, "2027-01-01", "2027-02-01"), true, naEinde);
            assertEquals(List.of("vanaf: valt buiten de geldigheid van de regio",
                    "tot: de regio eindigt op 2027-01-01; de rol eindigt uiterlijk dan"), velden(naEinde));

            InputValidation opTijd = new InputValidation();
            ContactRegels.valideer(eindigend, rol(ANNA, "ZK02", "gemeenten", AMBTELIJK, "2026-01-01", "2027-01-01"), true, opTijd);
            assertEquals(List.of(), velden(opTijd));
        }

        @Test
        void onlyAnEarlierRunningAssignmentOfTheSameRoleFinancierAndRegionCanBeReplaced() {
            Roltoewijzing voorstel = rol(BERT, "ZK01", "gemeenten", BESTUURLIJK, "2026-06-01", null);
            Roltoewijzing lopend = rol(ANNA, "ZK01", "gemeenten", BESTUURLIJK, "2024-01-01", null);
            Roltoewijzing lopendTotLater = rol(ANNA, "ZK01", "gemeenten", BESTUURLIJK, "2024-01-01", "2026-06-02");
            assertEquals(List.of(), vervanging(lopend, voorstel));
            assertEquals(List.of(), vervanging(lopendTotLater, voorstel));

            String weigering = "vervangt: geen toewijzing van dezelfde rol en financier in deze regio die op vanaf nog loopt "
                    + "en eerder begon";
            assertEquals(List.of(weigering), vervanging(null, voorstel));
            assertEquals(List.of(weigering), vervanging(rol(ANNA, "ZK02", "gemeenten", BESTUURLIJK, "2024-01-01", null), voorstel));
            assertEquals(List.of(weigering), vervanging(rol(ANNA, "ZK01", "zorgkantoor", BESTUURLIJK, "2024-01-01", null), voorstel));
            assertEquals(List.of(weigering), vervanging(rol(ANNA, "ZK01", "gemeenten", AMBTELIJK, "2024-01-01", null), voorstel));
            assertEquals(List.of(weigering), vervanging(rol(ANNA, "ZK01", "gemeenten", BESTUURLIJK, "2026-06-01", null), voorstel));
            assertEquals(List.of(weigering), vervanging(rol(ANNA, "ZK01", "gemeenten", BESTUURLIJK, "2024-01-01", "2026-06-01"), voorstel));
        }

        private List<String> vervanging(Roltoewijzing vervangen, Roltoewijzing voorstel) {
            InputValidation validation = new InputValidation();
            ContactRegels.valideerVervanging(vervangen, voorstel, validation);
            return velden(validation);
        }

        @Test
        void aChangedAssignmentReplacesNothing() {
            InputValidation zonder = new InputValidation();
            ContactRegels.valideerWijziging(null, zonder);
            assertEquals(List.of(), velden(zonder));
            InputValidation met = new InputValidation();
            ContactRegels.valideerWijziging(UUID.randomUUID(), met);
            assertEquals(List.of("vervangt: alleen bij een nieuwe toewijzing"), velden(met));
        }

        @Test
        void theSamePersonInTheSameRoleTwiceAtOnceIsInvalid() {
            Roltoewijzing bestaand = rol(ANNA, "ZK01", "gemeenten", AMBTELIJK, "2024-01-01", "2027-01-01");
            Roltoewijzing nieuw = rol(ANNA, "ZK01", "gemeenten", AMBTELIJK, "2026-06-01", null);
            Weigering weigering = assertThrows(Weigering.class,
                    () -> ContactRegels.controleerOverlap(nieuw, List.of(bestaand, nieuw), new InputValidation()));
            assertEquals(Weigering.Soort.ONGELDIG, weigering.soort());
            assertEquals("vanaf", weigering.velden().get(0).naam());
            assertEquals("overlapt met toewijzing " + bestaand.id + " van dezelfde persoon in dezelfde rol (vanaf 2024-01-01 tot "
                    + "2027-01-01)", weigering.velden().get(0).reden());
        }

        @Test
        void whatWasCollectedBeforeIsRefusedWithIt() {
            InputValidation validation = new InputValidation().add("tot", "moet na vanaf liggen");
            Roltoewijzing nieuw = rol(ANNA, "ZK01", "gemeenten", AMBTELIJK, "2026-06-01", null);
            Weigering weigering = assertThrows(Weigering.class, () -> ContactRegels.controleerOverlap(nieuw, List.of(), validation));
            assertEquals(1, weigering.velden().size());
        }

        @Test
        void othersTheSamePersonInAnotherThemeAndEarlierOrLaterPeriodsDoNotOverlap() {
            Roltoewijzing nieuw = rol(ANNA, "ZK01", "gemeenten", "trekker", "2026-01-01", "2027-01-01");
            nieuw.thema = "jeugd";
            Roltoewijzing andereThema = rol(ANNA, "ZK01", "gemeenten", "trekker", "2026-01-01", null);
            andereThema.thema = "ggz";
            Roltoewijzing ander = rol(BERT, "ZK01", "gemeenten", "trekker", "2026-01-01", null);
            ander.thema = "jeugd";
            Roltoewijzing eerder = rol(ANNA, "ZK01", "gemeenten", "trekker", "2024-01-01", "2026-01-01");
            eerder.thema = "jeugd";
            Roltoewijzing later = rol(ANNA, "ZK01", "gemeenten", "trekker", "2027-01-01", null);
            later.thema = "jeugd";
            Roltoewijzing andereFinancier = rol(ANNA, "ZK01", "zorgkantoor", "trekker", "2026-01-01", null);
            andereFinancier.thema = "jeugd";
            Roltoewijzing andereRegio = rol(ANNA, "ZK02", "gemeenten", "trekker", "2026-01-01", null);
            andereRegio.thema = "jeugd";
            assertEquals(Optional.empty(), ContactRegels.controleerOverlap(nieuw,
                    List.of(nieuw, andereThema, ander, eerder, later, andereFinancier, andereRegio), new InputValidation()));
        }

        @Test
        void aSecondBestuurlijkAanspreekpuntInTheSamePeriodIsReturnedForTheConflict() {
            Roltoewijzing bestaand = rol(ANNA, "ZK01", "gemeenten", BESTUURLIJK, "2024-01-01", null);
            Roltoewijzing nieuw = rol(BERT, "ZK01", "gemeenten", BESTUURLIJK, "2026-06-01", null);
            assertEquals(Optional.of(bestaand), ContactRegels.controleerOverlap(nieuw, List.of(bestaand), new InputValidation()));

            Weigering conflict = ContactRegels.tweedeAanspreekpunt(nieuw, bestaand, "Anna");
            assertEquals(Weigering.Soort.CONFLICT, conflict.soort());
            assertEquals("Regio ZK01 heeft voor gemeenten al een bestuurlijk aanspreekpunt in deze periode: Anna (toewijzing "
                    + bestaand.id + ", vanaf 2024-01-01). Gebruik vervangt om het over te dragen.", conflict.getMessage());
        }

        @Test
        void aSecondAmbtelijkAanspreekpuntIsNoConflict() {
            Roltoewijzing bestaand = rol(ANNA, "ZK01", "gemeenten", AMBTELIJK, "2024-01-01", null);
            Roltoewijzing nieuw = rol(BERT, "ZK01", "gemeenten", AMBTELIJK, "2026-06-01", null);
            assertEquals(Optional.empty(), ContactRegels.controleerOverlap(nieuw, List.of(bestaand), new InputValidation()));
        }
    }

    @Nested
    class OntbrekendeAanspreekpunten {

        private final Regio zk01 = regio("ZK01", "ZK01", "2020-01-01", null);
        private final Regio zk02 = regio("ZK02-NOORD", "ZK02", "2020-01-01", null);
        private final List<Roltoewijzing> rollen = List.of(
                rol(ANNA, "ZK01", "gemeenten", BESTUURLIJK, "2024-01-01", null),
                rol(ANNA, "ZK01", "zorgverzekeraar", AMBTELIJK, "2024-01-01", null),
                rol(BERT, "ZK01", "zorgkantoor", BESTUURLIJK, "2020-01-01", "2026-01-01"),
                rol(BERT, "ZK02-NOORD", "zorgverzekeraar", BESTUURLIJK, "2027-01-01", null));

        private List<String> ontbrekend(String zorgkantoorregio, String financier) {
            return ContactRegels.ontbrekendeAanspreekpunten(rollen, List.of(zk01, zk02), VANDAAG, zorgkantoorregio, financier)
                    .stream().map(o -> o.regio() + "/" + o.financier()).toList();
        }

        @Test
        void everyFinancierOfEveryActiveRegionWithoutABestuurlijkAanspreekpuntOnTheDate() {
            assertEquals(List.of("ZK01/zorgverzekeraar", "ZK01/zorgkantoor",
                    "ZK02-NOORD/gemeenten", "ZK02-NOORD/zorgverzekeraar", "ZK02-NOORD/zorgkantoor"), ontbrekend(null, null));
            OntbrekendAanspreekpunt eerste = ContactRegels.ontbrekendeAanspreekpunten(rollen, List.of(zk01), VANDAAG, null, null).get(0);
            assertEquals(new OntbrekendAanspreekpunt("ZK01", "Regio ZK01", "ZK01", "zorgverzekeraar", VANDAAG), eerste);
        }

        @Test
        void filteredByZorgkantoorregioAndFinancier() {
            assertEquals(List.of("ZK02-NOORD/gemeenten", "ZK02-NOORD/zorgverzekeraar", "ZK02-NOORD/zorgkantoor"),
                    ontbrekend("ZK02", null));
            assertEquals(List.of("ZK01/zorgkantoor", "ZK02-NOORD/zorgkantoor"), ontbrekend(null, "zorgkantoor"));
            assertEquals(List.of(), ontbrekend("ZK01", "gemeenten"));
        }
    }
}
