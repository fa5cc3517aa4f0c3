package nl.venster.register.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.Rolsoort;

/**
 * The rules of contactpersonen and their roltoewijzingen (DESIGN.md §1 rule 2 and §4), as plain functions: the
 * caller (ContactService) reads and locks the rows, keeps the transaction and writes the outcome.
 */
public final class ContactRegels {

    private ContactRegels() {
    }

    /** Who asks: their token subject, whether they are beheerder, and the regions where they hold a role now or later. */
    public record Aanroeper(String subject, boolean beheerder, Set<String> regios) {
    }

    // --- contactpersonen

    /** Contacts whose name contains {@code naam} (any case), and with {@code inRegio} only those; by name, then id. */
    public static List<Contactpersoon> zoek(Collection<Contactpersoon> alle, String naam, Set<UUID> inRegio) {
        String zoek = naam == null ? null : naam.toLowerCase(Locale.ROOT);
        return alle.stream()
                .filter(c -> zoek == null || c.naam.toLowerCase(Locale.ROOT).contains(zoek))
                .filter(c -> inRegio == null || inRegio.contains(c.id))
                .sorted(Comparator.comparing((Contactpersoon c) -> c.naam.toLowerCase(Locale.ROOT)).thenComparing(c -> c.id))
                .toList();
    }

    /** The holders of the given roles that are valid on the date. */
    public static Set<UUID> houdersOp(Collection<Roltoewijzing> rollen, LocalDate peildatum) {
        return rollen.stream().filter(r -> r.geldigOp(peildatum)).map(r -> r.contactpersoon).collect(Collectors.toSet());
    }

    /** A subject belongs to one contactpersoon: 409 when another one ({@code houder}, not {@code behalve}) has it. */
    public static void weigerBezetSubject(Optional<Contactpersoon> houder, UUID behalve) {
        if (houder.filter(c -> !c.id.equals(behalve)).isPresent()) {
            throw Weigering.conflict("Er is al een contactpersoon met dit subject.");
        }
    }

    /**
     * People leave, history stays (DESIGN.md §4): a person who leaves keeps name, subject and history; e-mail and
     * telephone are erased and the first day of leaving is kept.
     */
    public static void vertrek(Contactpersoon persoon, LocalDate vandaag) {
        persoon.email = null;
        persoon.telefoon = null;
        if (persoon.vertrokkenOp == null) {
            persoon.vertrokkenOp = vandaag;
        }
    }

    /**
     * E-mail and telephone are for beheerders, the person themself, and contacts who hold a role (current or
     * future) in a region where this person also holds one. The person's roles are read only when that last
     * question arises.
     */
    public static boolean magContactgegevensZien(Aanroeper aanroeper, Contactpersoon persoon,
                                                 Supplier<List<Roltoewijzing>> rollenVanPersoon, LocalDate vandaag) {
        if (aanroeper.beheerder() || persoon.subject.equals(aanroeper.subject())) {
            return true;
        }
        return rollenVanPersoon.get().stream().filter(r -> nietVerlopen(r, vandaag))
                .anyMatch(r -> aanroeper.regios().contains(r.regio));
    }

    /** The regions where these roles (of one person) run now or later. */
    public static Set<String> regiosMetRol(Collection<Roltoewijzing> rollen, LocalDate vandaag) {
        return rollen.stream().filter(r -> nietVerlopen(r, vandaag)).map(r -> r.regio).collect(Collectors.toSet());
    }

    /** A role that has not ended by today: current or future. */
    public static boolean nietVerlopen(Roltoewijzing rol, LocalDate vandaag) {
        return rol.tot == null || rol.tot.isAfter(vandaag);
    }

    // --- roltoewijzingen

    /** A region's roles, filtered: valid on the peildatum (none: all), of the financier and of the role (none: any). */
    public static List<Roltoewijzing> filter(Collection<Roltoewijzing> rollen, LocalDate peildatum, String financier, String rol) {
        return rollen.stream()
                .filter(r -> peildatum == null || r.geldigOp(peildatum))
                .filter(r -> financier == null || r.financier.equals(financier))
                .filter(r -> rol == null || r.rol.equals(rol))
                .toList();
    }

    /**
     * Invalid input of a proposed assignment in the region (400, collected): an unknown person, a theme for
     * anyone but a trekker or one the region lacks, an end not after the start, a start outside the region's
     * validity, and an end after the region's (roles end with their region).
     */
    public static void valideer(Regio regio, Roltoewijzing voorstel, boolean persoonBekend, InputValidation validation) {
        validation.require(persoonBekend, "contactpersoon", "onbekende contactpersoon");
        boolean trekker = Rolsoort.TREKKER.code().equals(voorstel.rol);
        validation.require(voorstel.thema == null || trekker, "thema", "alleen een trekker heeft een thema");
        validation.require(voorstel.thema == null || regio.themas.contains(voorstel.thema), "thema",
                "geen thema van deze regio (" + String.join(", ", regio.themas) + ")");
        validation.require(voorstel.tot == null || voorstel.tot.isAfter(voorstel.vanaf), "tot", "moet na vanaf liggen");
        validation.require(!voorstel.vanaf.isBefore(regio.geldigVanaf)
                        && (regio.geldigTot == null || voorstel.vanaf.isBefore(regio.geldigTot)), "vanaf",
                "valt buiten de geldigheid van de regio");
        validation.require(regio.geldigTot == null || (voorstel.tot != null && !voorstel.tot.isAfter(regio.geldigTot)), "tot",
                "de regio eindigt op " + regio.geldigTot + "; de rol eindigt uiterlijk dan");
    }

    /**
     * A new assignment may replace ({@code vervangt}) one of the same role and financier in the same region that
     * began earlier and still runs on the new one's start; {@code vervangen} is null when no assignment has that id.
     */
    public static void valideerVervanging(Roltoewijzing vervangen, Roltoewijzing voorstel, InputValidation validation) {
        boolean vervangbaar = vervangen != null && vervangen.regio.equals(voorstel.regio)
                && vervangen.financier.equals(voorstel.financier) && vervangen.rol.equals(voorstel.rol)
                && vervangen.vanaf.isBefore(voorstel.vanaf) && (vervangen.tot == null || vervangen.tot.isAfter(voorstel.vanaf));
        validation.require(vervangbaar, "vervangt", "geen toewijzing van dezelfde rol en financier in deze regio die op "
                + "vanaf nog loopt en eerder begon");
    }

    /** Replacing is for new assignments only; a change of an assignment names none. */
    public static void valideerWijziging(UUID vervangt, InputValidation validation) {
        validation.require(vervangt == null, "vervangt", "alleen bij een nieuwe toewijzing");
    }

    /**
     * Checks an assignment against the other assignments of its region: overlapping validity of the same person in
     * the same role (and theme) is invalid input (400, thrown with what was collected before); a second bestuurlijk
     * aanspreekpunt for the region and financier on any date is a conflict, returned so that the caller can name
     * its holder in the 409 ({@link #tweedeAanspreekpunt}).
     */
    public static Optional<Roltoewijzing> controleerOverlap(Roltoewijzing nieuw, Collection<Roltoewijzing> rollenInRegio,
                                                            InputValidation validation) {
        List<Roltoewijzing> overige = rollenInRegio.stream()
                .filter(r -> !r.id.equals(nieuw.id) && r.regio.equals(nieuw.regio) && r.financier.equals(nieuw.financier)
                        && r.rol.equals(nieuw.rol))
                .filter(r -> Geldigheid.overlappen(r.vanaf, r.tot, nieuw.vanaf, nieuw.tot))
                .toList();
        overige.stream().filter(r -> r.contactpersoon.equals(nieuw.contactpersoon) && Objects.equals(r.thema, nieuw.thema))
                .findFirst().ifPresent(r -> validation.add("vanaf",
                        "overlapt met toewijzing " + r.id + " van dezelfde persoon in dezelfde rol (" + periode(r) + ")"));
        validation.throwIfInvalid();
        if (!nieuw.rol.equals(Rolsoort.BESTUURLIJK_AANSPREEKPUNT.code())) {
            return Optional.empty();
        }
        return overige.stream().findFirst();
    }

    /** The 409 for a second bestuurlijk aanspreekpunt, naming the one there is. */
    public static Weigering tweedeAanspreekpunt(Roltoewijzing nieuw, Roltoewijzing bestaand, String naamVanHouder) {
        return Weigering.conflict("Regio " + nieuw.regio + " heeft voor " + nieuw.financier
                + " al een bestuurlijk aanspreekpunt in deze periode: " + naamVanHouder
                + " (toewijzing " + bestaand.id + ", " + periode(bestaand) + "). Gebruik vervangt om het over te dragen.");
    }

    /**
     * The regions active on the date (in the given order) with the financiers that have no bestuurlijk aanspreekpunt
     * then, optionally only of one zorgkantoorregio or one financier.
     */
    public static List<OntbrekendAanspreekpunt> ontbrekendeAanspreekpunten(Collection<Roltoewijzing> alleRollen,
            List<Regio> actieveRegios, LocalDate peildatum, String zorgkantoorregio, String financier) {
        Set<String> bezet = alleRollen.stream()
                .filter(r -> r.rol.equals(Rolsoort.BESTUURLIJK_AANSPREEKPUNT.code()) && r.geldigOp(peildatum))
                .map(r -> r.regio + "/" + r.financier).collect(Collectors.toSet());
        List<OntbrekendAanspreekpunt> ontbrekend = new ArrayList<>();
        for (Regio regio : actieveRegios) {
            if (zorgkantoorregio != null && !regio.zorgkantoorregio.equals(zorgkantoorregio)) {
                continue;
            }
            for (Financier f : Financier.values()) {
                if ((financier == null || f.code().equals(financier)) && !bezet.contains(regio.code + "/" + f.code())) {
                    ontbrekend.add(new OntbrekendAanspreekpunt(regio.code, regio.naam, regio.zorgkantoorregio, f.code(), peildatum));
                }
            }
        }
        return ontbrekend;
    }

    private static String periode(Roltoewijzing r) {
        return "vanaf " + r.vanaf + (r.tot == null ? "" : " tot " + r.tot);
    }
}
