package nl.venster.venster.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.venster.domain.Ladder;
import nl.venster.venster.domain.Opvolging;
import nl.venster.venster.domain.Ronde;
import nl.venster.venster.domain.Tijd;
import nl.venster.venster.events.VensterEvents;
import nl.venster.venster.repository.OpvolgingRepository;

/** Follow-ups of a region's result: append-only, numbered per round and region. */
@ApplicationScoped
public class OpvolgingService {

    private final RondeService rondes;
    private final OpvolgingRepository opvolgingen;
    private final Toegang toegang;
    private final VensterEvents events;
    private final AuditLog audit;
    private final Clock clock;
    private final AgendaReplicaService agendas;

    public OpvolgingService(RondeService rondes, OpvolgingRepository opvolgingen, Toegang toegang, VensterEvents events,
                            AuditLog audit, Clock clock, AgendaReplicaService agendas) {
        this.rondes = rondes;
        this.opvolgingen = opvolgingen;
        this.toegang = toegang;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.agendas = agendas;
    }

    @Transactional
    public OpvolgingGegevens vastleggen(int jaar, String regio, NieuweOpvolging invoer) {
        // The round row lock serialises follow-ups, so volgnummers have no gaps or duplicates.
        Ronde ronde = rondes.bestaandVoorWijziging(jaar);
        rondes.vereisRegioVanRonde(ronde, regio);
        toegang.vereisRegiocontactOfBeheerder(regio);
        if (invoer.soort().alleenBeheerder() && !toegang.isBeheerder()) {
            throw Weigering.verboden("Alleen een beheerder legt vast dat een vraagstuk bij VWS is geagendeerd.");
        }
        if (invoer.afspraak() != null) {
            InputValidation validation = new InputValidation();
            validation.require(invoer.soort() == OpvolgingSoort.ACTIE_AFGESPROKEN, "afspraak", "alleen bij actie-afgesproken");
            validation.require(agendas.regioVanAfspraak(invoer.afspraak()).filter(regio::equals).isPresent(), "afspraak",
                    "geen afspraak uit de samenwerkingsagenda van regio " + regio);
            validation.throwIfInvalid();
        }
        rondes.bijKlokZetten(ronde);
        if (ronde.status == RondeStatus.CONCEPT) {
            throw Weigering.conflict("De ronde " + jaar + " is nog niet open; er is nog niets op te volgen.");
        }
        Ladder.weigering(invoer.soort(), opvolgingen.soorten(jaar, regio)).ifPresent(reden -> {
            throw Weigering.conflict(reden);
        });
        Opvolging opvolging = new Opvolging();
        opvolging.id = UUID.randomUUID();
        opvolging.jaar = jaar;
        opvolging.regio = regio;
        opvolging.volgnummer = opvolgingen.lastVolgnummer(jaar, regio) + 1;
        opvolging.soort = invoer.soort();
        opvolging.toelichting = invoer.toelichting();
        opvolging.vastgelegdOp = Tijd.nu(clock);
        opvolging.vastgelegdDoor = toegang.subject();
        opvolging.afspraak = invoer.afspraak();
        opvolgingen.persist(opvolging);
        events.opvolgingVastgelegd(opvolging);
        OpvolgingGegevens gegevens = OpvolgingGegevens.van(opvolging);
        audit.record("vastgelegd", "opvolging", jaar + "/" + regio + "/" + opvolging.volgnummer, gegevens);
        return gegevens;
    }

    @Transactional
    public List<OpvolgingGegevens> page(int jaar, String regio, int offset, int size) {
        rondes.vereisRegioVanRonde(rondes.bestaand(jaar), regio);
        toegang.vereisRegiocontactOfBeheerder(regio);
        return opvolgingen.page(jaar, regio, offset, size).stream().map(OpvolgingGegevens::van).toList();
    }

    public long count(int jaar, String regio) {
        return opvolgingen.countFor(jaar, regio);
    }
}
