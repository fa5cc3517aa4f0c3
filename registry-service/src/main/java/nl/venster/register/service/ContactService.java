package nl.venster.register.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.register.domain.ContactRegels;
import nl.venster.register.domain.Contactpersoon;
import nl.venster.register.domain.Kalender;
import nl.venster.register.domain.OntbrekendAanspreekpunt;
import nl.venster.register.domain.Regio;
import nl.venster.register.domain.RolBeeindiging;
import nl.venster.register.domain.Roltoewijzing;
import nl.venster.register.events.RegisterEvents;
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
        Set<UUID> inRegio = regio == null ? null : ContactRegels.houdersOp(rollen.vanRegio(regio), peildatum);
        return ContactRegels.zoek(contactpersonen.listAll(), naam, inRegio);
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
        ContactRegels.vertrek(persoon, vandaag);
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

    /** Whether the caller sees the person's e-mail and telephone ({@link ContactRegels#magContactgegevensZien}). */
    public boolean magContactgegevensZien(Contactpersoon persoon, String aanroeper, boolean beheerder, Set<String> regiosVanAanroeper) {
        return ContactRegels.magContactgegevensZien(new ContactRegels.Aanroeper(aanroeper, beheerder, regiosVanAanroeper),
                persoon, () -> rollen.vanContactpersoon(persoon.id), Kalender.vandaag(clock));
    }

    /** The regions where the caller (by token subject) holds a role now or later. */
    public Set<String> regiosVan(String subject) {
        LocalDate vandaag = Kalender.vandaag(clock);
        return contactpersonen.metSubject(subject)
                .map(c -> ContactRegels.regiosMetRol(rollen.vanContactpersoon(c.id), vandaag))
                .orElse(Set.of());
    }

    // --- role assignments

    public List<Roltoewijzing> rollenInRegio(String regio, LocalDate peildatum, String financier, String rol) {
        regio(regio);
        return ContactRegels.filter(rollen.vanRegio(regio), peildatum, financier, rol);
    }

    public Roltoewijzing rol(String regio, UUID id) {
        return rollen.findByIdOptional(id).filter(r -> r.regio.equals(regio))
                .orElseThrow(() -> Weigering.nietGevonden("Er is geen roltoewijzing " + id + " in regio " + regio + "."));
    }

    @Transactional
    public Roltoewijzing wijsToe(String regioCode, Rolgegevens invoer) {
        Regio regio = vergrendelRegio(regioCode);
        Roltoewijzing toewijzing = new Roltoewijzing();
        toewijzing.id = UUID.randomUUID();
        neemOver(toewijzing, regioCode, invoer);
        InputValidation validation = new InputValidation();
        Contactpersoon persoon = valideer(regio, toewijzing, validation);
        Roltoewijzing vervangen = null;
        if (invoer.vervangt() != null) {
            vervangen = rollen.findByIdOptional(invoer.vervangt()).orElse(null);
            ContactRegels.valideerVervanging(vervangen, toewijzing, validation);
        }
        validation.throwIfInvalid();
        Map<String, Object> vervangenVoor = null;
        if (vervangen != null) {
            vervangenVoor = auditGegevens(vervangen);
            vervangen.tot = invoer.vanaf();
        }
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
        Roltoewijzing voorstel = new Roltoewijzing();
        voorstel.id = id;
        neemOver(voorstel, regioCode, invoer);
        InputValidation validation = new InputValidation();
        Contactpersoon persoon = valideer(regio, voorstel, validation);
        ContactRegels.valideerWijziging(invoer.vervangt(), validation);
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
        return ContactRegels.ontbrekendeAanspreekpunten(rollen.alle(), regios.actiefOp(peildatum), peildatum,
                zorgkantoorregio, financier);
    }

    private Contactpersoon valideer(Regio regio, Roltoewijzing voorstel, InputValidation validation) {
        Contactpersoon persoon = contactpersonen.findById(voorstel.contactpersoon);
        ContactRegels.valideer(regio, voorstel, persoon != null, validation);
        return persoon;
    }

    /**
     * Overlapping validity of the same person in the same role is invalid input (400); a second bestuurlijk
     * aanspreekpunt for the region and financier on any date is a conflict (409). The region row is locked.
     */
    private void controleerRegels(Roltoewijzing nieuw, InputValidation validation) {
        rollen.flush();
        ContactRegels.controleerOverlap(nieuw, rollen.vanRegio(nieuw.regio), validation).ifPresent(bestaand -> {
            throw ContactRegels.tweedeAanspreekpunt(nieuw, bestaand, contactpersoon(bestaand.contactpersoon).naam);
        });
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
        ContactRegels.weigerBezetSubject(contactpersonen.metSubject(subject), behalve);
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
