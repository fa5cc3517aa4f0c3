package nl.venster.register.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.conventions.vocabulary.Rolsoort;
import nl.venster.register.domain.Contactpersoon;
import nl.venster.register.domain.Geldigheid;
import nl.venster.register.domain.Kalender;
import nl.venster.register.domain.OntbrekendAanspreekpunt;
import nl.venster.register.domain.Regio;
import nl.venster.register.domain.RolBeeindiging;
import nl.venster.register.domain.Roltoewijzing;
import nl.venster.register.messaging.RegisterEvents;
import nl.venster.register.repository.ContactpersoonRepository;
import nl.venster.register.repository.RegioRepository;
import nl.venster.register.repository.RoltoewijzingRepository;
import nl.venster.register.service.ContactOpdrachten.Contactgegevens;
import nl.venster.register.service.ContactOpdrachten.Rolgegevens;

/** Contacts and their role assignments per region (DESIGN.md §1 rule 2). */
@ApplicationScoped
public class ContactService {

    private final ContactpersoonRepository contactpersonen;
    private final RoltoewijzingRepository rollen;
    private final RegioRepository regios;
    private final RegisterEvents events;
    private final AuditLog audit;
    private final Clock clock;

    public ContactService(ContactpersoonRepository contactpersonen, RoltoewijzingRepository rollen, RegioRepository regios,
                          RegisterEvents events, AuditLog audit, Clock clock) {
        this.contactpersonen = contactpersonen;
        this.rollen = rollen;
        this.regios = regios;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    // --- contacts

    public Contactpersoon contactpersoon(UUID id) {
        return contactpersonen.findByIdOptional(id)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen contactpersoon met id " + id + "."));
    }

    /** Contacts by name; with {@code regio}, only those with a role there on the date. Sorted by name, then id. */
    public List<Contactpersoon> contactpersonen(String naam, String regio, LocalDate peildatum) {
        String zoek = naam == null ? null : naam.toLowerCase(Locale.ROOT);
        Set<UUID> inRegio = regio == null ? null : rollen.vanRegio(regio).stream()
                .filter(r -> r.geldigOp(peildatum)).map(r -> r.contactpersoon).collect(Collectors.toSet());
        return contactpersonen.listAll().stream()
                .filter(c -> zoek == null || c.naam.toLowerCase(Locale.ROOT).contains(zoek))
                .filter(c -> inRegio == null || inRegio.contains(c.id))
                .sorted(Comparator.comparing((Contactpersoon c) -> c.naam.toLowerCase(Locale.ROOT)).thenComparing(c -> c.id))
                .toList();
    }

    public List<Roltoewijzing> rollenVan(UUID contactpersoon) {
        return rollen.vanContactpersoon(contactpersoon);
    }

    @Transactional
    public Contactpersoon maak(Contactgegevens invoer) {
        weigerBezetSubject(invoer.subject(), null);
        Contactpersoon persoon = new Contactpersoon();
        persoon.id = UUID.randomUUID();
        neemOver(persoon, invoer);
        persoon.versie = 1;
        contactpersonen.persist(persoon);
        events.contactpersoonGewijzigd(persoon);
        audit.record("aangemaakt", "contactpersoon", persoon.id.toString(), auditGegevens(persoon));
        return persoon;
    }

    @Transactional
    public Contactpersoon wijzig(UUID id, Contactgegevens invoer) {
        Contactpersoon persoon = contactpersonen.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen contactpersoon met id " + id + "."));
        weigerBezetSubject(invoer.subject(), id);
        Map<String, Object> voor = auditGegevens(persoon);
        neemOver(persoon, invoer);
        persoon.versie++;
        events.contactpersoonGewijzigd(persoon);
        audit.record("gewijzigd", "contactpersoon", id.toString(), Map.of("voor", voor, "na", auditGegevens(persoon)));
        return persoon;
    }

    /**
     * People leave, history stays (DESIGN.md §4): a person with history (a role that began before today) keeps
     * name, subject and that history; their running roles end today, future ones disappear, and e-mail and
     * telephone are erased. Only a person without history is removed, with a removal event and a tombstone.
     *
     * @return whether the person was removed outright
     */
    @Transactional
    public boolean verwijder(UUID id) {
        Contactpersoon persoon = contactpersonen.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen contactpersoon met id " + id + "."));
        LocalDate vandaag = Kalender.vandaag(clock);
        RolBeeindiging.Plan plan = RolBeeindiging.op(rollen.vanContactpersoon(id), vandaag);
        if (!plan.heeftHistorie()) {
            long rolAantal = rollen.delete("contactpersoon", id);
            contactpersonen.delete(persoon);
            events.contactpersoonVerwijderd(id, persoon.versie + 1);
            audit.record("verwijderd", "contactpersoon", id.toString(), Map.of("naam", persoon.naam, "rollen", rolAantal));
            return true;
        }
        Map<String, Object> voor = auditGegevens(persoon);
        voerUit(plan, vandaag, "vertrokken");
        persoon.email = null;
        persoon.telefoon = null;
        if (persoon.vertrokkenOp == null) {
            persoon.vertrokkenOp = vandaag;
        }
        publiceer(persoon);
        audit.record("vertrokken", "contactpersoon", id.toString(), Map.of("voor", voor, "na", auditGegevens(persoon),
                "beeindigdeRollen", plan.teBeeindigen().size(), "verwijderdeToekomstigeRollen", plan.teVerwijderen().size()));
        return false;
    }

    /**
     * Roles end with their region (DESIGN.md §4): called in the transaction that ends the region, publishes every
     * holder whose roles changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beeindigRollenVanRegio(String regio, LocalDate einde) {
        RolBeeindiging.Plan plan = RolBeeindiging.op(rollen.vanRegio(regio), einde);
        Set<UUID> houders = new TreeSet<>();
        plan.teBeeindigen().forEach(r -> houders.add(r.contactpersoon));
        plan.teVerwijderen().forEach(r -> houders.add(r.contactpersoon));
        voerUit(plan, einde, "beeindigd-met-regio");
        houders.forEach(id -> publiceer(contactpersoon(id)));
    }

    private void voerUit(RolBeeindiging.Plan plan, LocalDate datum, String reden) {
        for (Roltoewijzing rol : plan.teBeeindigen()) {
            Map<String, Object> voor = auditGegevens(rol);
            rol.tot = datum;
            audit.record(reden, "roltoewijzing", rol.id.toString(), Map.of("voor", voor, "na", auditGegevens(rol)));
        }
        for (Roltoewijzing rol : plan.teVerwijderen()) {
            audit.record(reden, "roltoewijzing", rol.id.toString(), Map.of("verwijderd", auditGegevens(rol)));
            rollen.delete(rol);
        }
    }

    /**
     * E-mail and telephone are for beheerders, the person themself, and contacts who hold a role (current or
     * future) in a region where this person also holds one.
     */
    public boolean magContactgegevensZien(Contactpersoon persoon, String aanroeper, boolean beheerder, Set<String> regiosVanAanroeper) {
        if (beheerder || persoon.subject.equals(aanroeper)) {
            return true;
        }
        return rollen.vanContactpersoon(persoon.id).stream().filter(this::nietVerlopen)
                .anyMatch(r -> regiosVanAanroeper.contains(r.regio));
    }

    /** The regions where the caller (by token subject) holds a role now or later. */
    public Set<String> regiosVan(String subject) {
        return contactpersonen.metSubject(subject)
                .map(c -> rollen.vanContactpersoon(c.id).stream().filter(this::nietVerlopen)
                        .map(r -> r.regio).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    // --- role assignments

    public List<Roltoewijzing> rollenInRegio(String regio, LocalDate peildatum, String financier, String rol) {
        regio(regio);
        return rollen.vanRegio(regio).stream()
                .filter(r -> peildatum == null || r.geldigOp(peildatum))
                .filter(r -> financier == null || r.financier.equals(financier))
                .filter(r -> rol == null || r.rol.equals(rol))
                .toList();
    }

    public Roltoewijzing rol(String regio, UUID id) {
        return rollen.findByIdOptional(id).filter(r -> r.regio.equals(regio))
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen roltoewijzing " + id + " in regio " + regio + "."));
    }

    @Transactional
    public Roltoewijzing wijsToe(String regioCode, Rolgegevens invoer) {
        Regio regio = vergrendelRegio(regioCode);
        InputValidation validation = new InputValidation();
        Contactpersoon persoon = valideer(regio, invoer, validation);
        Roltoewijzing vervangen = null;
        if (invoer.vervangt() != null) {
            vervangen = rollen.findByIdOptional(invoer.vervangt()).orElse(null);
            boolean vervangbaar = vervangen != null && vervangen.regio.equals(regioCode)
                    && vervangen.financier.equals(invoer.financier()) && vervangen.rol.equals(invoer.rol())
                    && vervangen.vanaf.isBefore(invoer.vanaf()) && (vervangen.tot == null || vervangen.tot.isAfter(invoer.vanaf()));
            validation.require(vervangbaar, "vervangt", "geen toewijzing van dezelfde rol en financier in deze regio die op "
                    + "vanaf nog loopt en eerder begon");
        }
        validation.throwIfInvalid();
        Map<String, Object> vervangenVoor = null;
        if (vervangen != null) {
            vervangenVoor = auditGegevens(vervangen);
            vervangen.tot = invoer.vanaf();
        }
        Roltoewijzing toewijzing = new Roltoewijzing();
        toewijzing.id = UUID.randomUUID();
        neemOver(toewijzing, regioCode, invoer);
        controleerRegels(toewijzing, validation);
        rollen.persist(toewijzing);
        publiceer(persoon);
        audit.record("toegewezen", "roltoewijzing", toewijzing.id.toString(), auditGegevens(toewijzing));
        if (vervangen != null) {
            audit.record("vervangen", "roltoewijzing", vervangen.id.toString(),
                    Map.of("voor", vervangenVoor, "na", auditGegevens(vervangen), "door", toewijzing.id.toString()));
            if (!vervangen.contactpersoon.equals(persoon.id)) {
                publiceer(contactpersoon(vervangen.contactpersoon));
            }
        }
        return toewijzing;
    }

    /** Replaces the assignment's data (e.g. sets its end date); moving it to another person ends the one and starts the other. */
    @Transactional
    public Roltoewijzing wijzigRol(String regioCode, UUID id, Rolgegevens invoer) {
        Regio regio = vergrendelRegio(regioCode);
        Roltoewijzing toewijzing = rol(regioCode, id);
        InputValidation validation = new InputValidation();
        Contactpersoon persoon = valideer(regio, invoer, validation);
        validation.require(invoer.vervangt() == null, "vervangt", "alleen bij een nieuwe toewijzing");
        validation.throwIfInvalid();
        Map<String, Object> voor = auditGegevens(toewijzing);
        UUID vorigePersoon = toewijzing.contactpersoon;
        neemOver(toewijzing, regioCode, invoer);
        controleerRegels(toewijzing, validation);
        publiceer(persoon);
        if (!vorigePersoon.equals(persoon.id)) {
            publiceer(contactpersoon(vorigePersoon));
        }
        audit.record("gewijzigd", "roltoewijzing", id.toString(), Map.of("voor", voor, "na", auditGegevens(toewijzing)));
        return toewijzing;
    }

    @Transactional
    public void verwijderRol(String regioCode, UUID id) {
        vergrendelRegio(regioCode);
        Roltoewijzing toewijzing = rol(regioCode, id);
        Map<String, Object> gegevens = auditGegevens(toewijzing);
        rollen.delete(toewijzing);
        publiceer(contactpersoon(toewijzing.contactpersoon));
        audit.record("verwijderd", "roltoewijzing", id.toString(), gegevens);
    }

    /** Regions active on the date and financiers without a bestuurlijk aanspreekpunt then, by region code. */
    public List<OntbrekendAanspreekpunt> ontbrekendeAanspreekpunten(LocalDate peildatum, String zorgkantoorregio,
                                                                    String financier) {
        Set<String> bezet = rollen.alle().stream()
                .filter(r -> r.rol.equals(Rolsoort.BESTUURLIJK_AANSPREEKPUNT.code()) && r.geldigOp(peildatum))
                .map(r -> r.regio + "/" + r.financier).collect(Collectors.toSet());
        List<OntbrekendAanspreekpunt> ontbrekend = new ArrayList<>();
        for (Regio regio : regios.actiefOp(peildatum)) {
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

    private Contactpersoon valideer(Regio regio, Rolgegevens invoer, InputValidation validation) {
        Contactpersoon persoon = contactpersonen.findById(invoer.contactpersoon());
        validation.require(persoon != null, "contactpersoon", "onbekende contactpersoon");
        boolean trekker = Rolsoort.TREKKER.code().equals(invoer.rol());
        validation.require(invoer.thema() == null || trekker, "thema", "alleen een trekker heeft een thema");
        validation.require(invoer.thema() == null || regio.themas.contains(invoer.thema()), "thema",
                "geen thema van deze regio (" + String.join(", ", regio.themas) + ")");
        validation.require(invoer.tot() == null || invoer.tot().isAfter(invoer.vanaf()), "tot", "moet na vanaf liggen");
        validation.require(!invoer.vanaf().isBefore(regio.geldigVanaf)
                        && (regio.geldigTot == null || invoer.vanaf().isBefore(regio.geldigTot)), "vanaf",
                "valt buiten de geldigheid van de regio");
        // Roles end with their region.
        validation.require(regio.geldigTot == null || (invoer.tot() != null && !invoer.tot().isAfter(regio.geldigTot)), "tot",
                "de regio eindigt op " + regio.geldigTot + "; de rol eindigt uiterlijk dan");
        return persoon;
    }

    /**
     * Overlapping validity of the same person in the same role is invalid input (400); a second bestuurlijk
     * aanspreekpunt for the region and financier on any date is a conflict (409). The region row is locked.
     */
    private void controleerRegels(Roltoewijzing nieuw, InputValidation validation) {
        rollen.flush();
        List<Roltoewijzing> overige = rollen.vanRegio(nieuw.regio).stream()
                .filter(r -> !r.id.equals(nieuw.id) && r.financier.equals(nieuw.financier) && r.rol.equals(nieuw.rol))
                .filter(r -> Geldigheid.overlappen(r.vanaf, r.tot, nieuw.vanaf, nieuw.tot))
                .toList();
        overige.stream().filter(r -> r.contactpersoon.equals(nieuw.contactpersoon) && Objects.equals(r.thema, nieuw.thema))
                .findFirst().ifPresent(r -> validation.add("vanaf",
                        "overlapt met toewijzing " + r.id + " van dezelfde persoon in dezelfde rol (" + periode(r) + ")"));
        validation.throwIfInvalid();
        if (nieuw.rol.equals(Rolsoort.BESTUURLIJK_AANSPREEKPUNT.code())) {
            overige.stream().findFirst().ifPresent(r -> {
                throw Weigering.conflict("Regio " + nieuw.regio + " heeft voor " + nieuw.financier
                        + " al een bestuurlijk aanspreekpunt in deze periode: " + contactpersoon(r.contactpersoon).naam
                        + " (toewijzing " + r.id + ", " + periode(r) + "). Gebruik vervangt om het over te dragen.");
            });
        }
    }

    private Regio vergrendelRegio(String code) {
        return regios.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen regio met code " + code + "."));
    }

    private Regio regio(String code) {
        return regios.findByIdOptional(code)
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen regio met code " + code + "."));
    }

    private void publiceer(Contactpersoon persoon) {
        persoon.versie++;
        events.contactpersoonGewijzigd(persoon);
    }

    private void weigerBezetSubject(String subject, UUID behalve) {
        contactpersonen.metSubject(subject).filter(c -> !c.id.equals(behalve)).ifPresent(c -> {
            throw Weigering.conflict("Er is al een contactpersoon met dit subject.");
        });
    }

    private static void neemOver(Contactpersoon persoon, Contactgegevens invoer) {
        persoon.naam = invoer.naam();
        persoon.email = invoer.email();
        persoon.telefoon = invoer.telefoon();
        persoon.organisatie = invoer.organisatie();
        persoon.subject = invoer.subject();
    }

    private static void neemOver(Roltoewijzing toewijzing, String regio, Rolgegevens invoer) {
        toewijzing.contactpersoon = invoer.contactpersoon();
        toewijzing.regio = regio;
        toewijzing.financier = invoer.financier();
        toewijzing.rol = invoer.rol();
        toewijzing.thema = invoer.thema();
        toewijzing.vanaf = invoer.vanaf();
        toewijzing.tot = invoer.tot();
    }

    private boolean nietVerlopen(Roltoewijzing rol) {
        return rol.tot == null || rol.tot.isAfter(Kalender.vandaag(clock));
    }

    private static String periode(Roltoewijzing r) {
        return "vanaf " + r.vanaf + (r.tot == null ? "" : " tot " + r.tot);
    }

    /** What the audit trail keeps of a person: no e-mail or telephone values, only whether they are set. */
    private static Map<String, Object> auditGegevens(Contactpersoon p) {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("naam", p.naam);
        gegevens.put("organisatie", p.organisatie);
        gegevens.put("subject", p.subject);
        gegevens.put("emailIngevuld", p.email != null);
        gegevens.put("telefoonIngevuld", p.telefoon != null);
        return gegevens;
    }

    private static Map<String, Object> auditGegevens(Roltoewijzing r) {
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("contactpersoon", r.contactpersoon.toString());
        gegevens.put("regio", r.regio);
        gegevens.put("financier", r.financier);
        gegevens.put("rol", r.rol);
        gegevens.put("thema", r.thema);
        gegevens.put("vanaf", r.vanaf.toString());
        gegevens.put("tot", r.tot == null ? null : r.tot.toString());
        return gegevens;
    }
}
