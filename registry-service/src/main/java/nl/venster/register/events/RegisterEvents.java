package nl.venster.register.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.venster.conventions.events.EventTypes;
import nl.venster.conventions.events.Outbox;
import nl.venster.conventions.events.Topics;
import nl.venster.register.domain.Contactpersoon;
import nl.venster.register.domain.Regio;
import nl.venster.register.repository.GemeenteRepository;
import nl.venster.register.repository.LidmaatschapRepository;
import nl.venster.register.repository.RoltoewijzingRepository;

/** Publishes the registry's snapshots (openapi/asyncapi.yaml) through the outbox, in the change's transaction. */
@ApplicationScoped
public class RegisterEvents {

    public static final String TOPIC_REGIOS = Topics.REGIOS;
    public static final String TOPIC_CONTACTPERSONEN = Topics.CONTACTPERSONEN;
    /** Only the e-mail address, for the venster-service's messages; no other consumer needs it (see asyncapi). */
    public static final String TOPIC_CONTACTADRESSEN = Topics.CONTACTADRESSEN;
    public static final String CONTACTADRES_GEWIJZIGD = EventTypes.CONTACTADRES_GEWIJZIGD;
    public static final String REGIO_GEWIJZIGD = EventTypes.REGIO_GEWIJZIGD;
    public static final String CONTACTPERSOON_GEWIJZIGD = EventTypes.CONTACTPERSOON_GEWIJZIGD;
    public static final String CONTACTPERSOON_VERWIJDERD = EventTypes.CONTACTPERSOON_VERWIJDERD;

    private final Outbox outbox;
    private final LidmaatschapRepository lidmaatschappen;
    private final GemeenteRepository gemeenten;
    private final RoltoewijzingRepository rollen;

    public RegisterEvents(Outbox outbox, LidmaatschapRepository lidmaatschappen, GemeenteRepository gemeenten,
                          RoltoewijzingRepository rollen) {
        this.outbox = outbox;
        this.lidmaatschappen = lidmaatschappen;
        this.gemeenten = gemeenten;
        this.rollen = rollen;
    }

    public record Lid(String gemeentecode, String gemeentenaam, LocalDate vanaf, LocalDate tot) {
    }

    public record RegioSnapshot(String code, String naam, String zorgkantoorregio, String voortouwZorgverzekeraar,
                                List<String> themas, LocalDate geldigVanaf, LocalDate geldigTot, List<Lid> leden,
                                long versie) {
    }

    public record Rol(UUID id, String regio, String financier, String rol, String thema, LocalDate vanaf, LocalDate tot) {
    }

    /** E-mail and telephone are left out on purpose: they are never published (data minimisation). */
    public record ContactpersoonSnapshot(UUID id, String naam, String organisatie, String subject, List<Rol> rollen,
                                         long versie) {
    }

    public record ContactpersoonVerwijderd(UUID id, long versie) {
    }

    /** The person's e-mail address (null when none is known), for the venster-service's messages only. */
    public record Contactadres(UUID id, String email, long versie) {
    }

    /** Publishes the region's state after the change; the caller has already raised its {@code versie}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void regioGewijzigd(Regio regio) {
        lidmaatschappen.flush();
        Map<String, String> namen = gemeenten.alle().stream().collect(Collectors.toMap(g -> g.code, g -> g.naam));
        List<Lid> leden = lidmaatschappen.vanRegio(regio.code).stream()
                .map(l -> new Lid(l.gemeente, namen.get(l.gemeente), l.vanaf, l.tot))
                .sorted(Comparator.comparing(Lid::gemeentecode).thenComparing(Lid::vanaf))
                .toList();
        RegioSnapshot snapshot = new RegioSnapshot(regio.code, regio.naam, regio.zorgkantoorregio,
                regio.voortouwZorgverzekeraar, List.copyOf(regio.themas), regio.geldigVanaf, regio.geldigTot, leden, regio.versie);
        outbox.publish(TOPIC_REGIOS, regio.code, REGIO_GEWIJZIGD, "regio/" + regio.code, regio.versie, snapshot);
    }

    /** Publishes the person with every role assignment; the caller has already raised its {@code versie}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contactpersoonGewijzigd(Contactpersoon persoon) {
        rollen.flush();
        List<Rol> rolLijst = rollen.vanContactpersoon(persoon.id).stream()
                .map(r -> new Rol(r.id, r.regio, r.financier, r.rol, r.thema, r.vanaf, r.tot)).toList();
        outbox.publish(TOPIC_CONTACTPERSONEN, persoon.id.toString(), CONTACTPERSOON_GEWIJZIGD,
                "contactpersoon/" + persoon.id, persoon.versie,
                new ContactpersoonSnapshot(persoon.id, persoon.naam, persoon.organisatie, persoon.subject, rolLijst, persoon.versie));
        outbox.publish(TOPIC_CONTACTADRESSEN, persoon.id.toString(), CONTACTADRES_GEWIJZIGD, "contactpersoon/" + persoon.id,
                persoon.versie, new Contactadres(persoon.id, persoon.email, persoon.versie));
    }

    /** A removal event carrying the final version, then a tombstone so compaction forgets the key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contactpersoonVerwijderd(UUID id, long versie) {
        outbox.publish(TOPIC_CONTACTPERSONEN, id.toString(), CONTACTPERSOON_VERWIJDERD, "contactpersoon/" + id, versie,
                new ContactpersoonVerwijderd(id, versie));
        outbox.tombstone(TOPIC_CONTACTPERSONEN, id.toString());
        // The address is erased downstream too: the tombstone removes it from the venster-service and the log.
        outbox.tombstone(TOPIC_CONTACTADRESSEN, id.toString());
    }

}
