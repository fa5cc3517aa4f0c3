package nl.venster.venster.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.conventions.domain.Weigering;
import nl.venster.conventions.domain.InputValidation;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.venster.config.VensterConfig;
import nl.venster.venster.domain.Indeling;
import nl.venster.venster.config.BerichtenConfig;
import nl.venster.venster.domain.Ronde;
import nl.venster.venster.domain.RondeRegio;
import nl.venster.venster.domain.StandaardVragenlijst;
import nl.venster.venster.domain.Tijd;
import nl.venster.venster.domain.Vraag;
import nl.venster.venster.events.VensterEvents;
import nl.venster.venster.repository.ReplicaRegioRepository;
import nl.venster.venster.repository.RondeRegioRepository;
import nl.venster.venster.repository.RondeRepository;

/** Rounds: questionnaire and thresholds fixed once open; state only forward, by the clock or a beheerder. */
@ApplicationScoped
public class RondeService {

    private static final String RESOURCE = "ronde";

    private final RondeRepository rondes;
    private final VensterEvents events;
    private final AuditLog audit;
    private final Clock clock;
    private final Event<RondeKlok.Achter> klokAchter;
    private final RondeRegioRepository rondeRegios;
    private final ReplicaRegioRepository replicaRegios;
    private final VensterConfig config;
    private final BerichtenService berichten;
    private final BerichtenConfig berichtenConfig;

    public RondeService(RondeRepository rondes, VensterEvents events, AuditLog audit, Clock clock, Event<RondeKlok.Achter> klokAchter,
                        RondeRegioRepository rondeRegios, ReplicaRegioRepository replicaRegios, VensterConfig config,
                        BerichtenService berichten, BerichtenConfig berichtenConfig) {
        this.berichten = berichten;
        this.berichtenConfig = berichtenConfig;
        this.rondes = rondes;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.klokAchter = klokAchter;
        this.rondeRegios = rondeRegios;
        this.replicaRegios = replicaRegios;
        this.config = config;
    }

    /** The round with the status the clock gives it now, also before the scheduler has stored that status. */
    public RondeGegevens get(int jaar) {
        return volgensKlok(bestaand(jaar));
    }

    public List<RondeGegevens> page(int offset, int size) {
        return rondes.page(offset, size).stream().map(this::volgensKlok).toList();
    }

    /**
     * The round's regions with their gemeenten: its fixed division once it has opened; for a concept round the
     * division as it would be fixed if the round opened now.
     */
    @Transactional
    public List<Indeling.Regio> indeling(int jaar) {
        Ronde ronde = bestaand(jaar);
        List<RondeRegio> vast = rondeRegios.vanRonde(jaar);
        return vast.isEmpty() ? Indeling.op(replicaRegios.existing(), peildatum(ronde)) : vast.stream().map(RondeRegio::alsRegio).toList();
    }

    /**
     * Refuses (404) a region that is not part of the round: the same answer for answers, their versions and
     * follow-ups. Before the round has opened, a region belongs to it when it exists on the opening day.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void vereisRegioVanRonde(Ronde ronde, String regio) {
        if (rondeRegios.bevat(ronde.jaar, regio)) {
            return;
        }
        boolean hoortErbij = !rondeRegios.heeftIndeling(ronde.jaar)
                && replicaRegios.findByIdOptional(regio).map(r -> r.geldigOp(peildatum(ronde))).orElse(false);
        if (!hoortErbij) {
            throw Weigering.nietGevonden("Regio " + regio + " hoort niet bij ronde " + ronde.jaar + ". Een ronde omvat de regio's"
                    + " van de indeling op de dag dat zij opent; latere wijzigingen van de indeling gelden vanaf de volgende ronde.");
        }
    }

    public long count() {
        return rondes.count();
    }

    @Transactional
    public RondeGegevens aanmaken(NieuweRonde invoer) {
        InputValidation validation = new InputValidation();
        Ronde bron = null;
        if (invoer.kopieVan() != null) {
            bron = rondes.findByIdOptional(invoer.kopieVan()).orElse(null);
            validation.require(bron != null, "kopieVan", "er is geen ronde van dit jaar");
        }
        valideer(invoer.opent(), invoer.sluit(), invoer.vragen(), validation);
        validation.throwIfInvalid();
        if (rondes.findByIdOptional(invoer.jaar()).isPresent()) {
            throw Weigering.conflict("Er is al een ronde voor " + invoer.jaar() + ".");
        }
        Ronde ronde = new Ronde();
        ronde.jaar = invoer.jaar();
        ronde.status = RondeStatus.CONCEPT;
        ronde.opent = Tijd.utc(invoer.opent());
        ronde.sluit = Tijd.utc(invoer.sluit());
        ronde.vragen = invoer.vragen() != null ? vragen(invoer.vragen())
                : bron != null ? kopie(bron.vragen) : new ArrayList<>(StandaardVragenlijst.vragen());
        ronde.voldoendeGrens = invoer.voldoendeGrens() != null ? invoer.voldoendeGrens()
                : bron != null ? bron.voldoendeGrens : StandaardVragenlijst.VOLDOENDE_GRENS;
        ronde.spreidingsGrens = invoer.spreidingsGrens() != null ? invoer.spreidingsGrens()
                : bron != null ? bron.spreidingsGrens : StandaardVragenlijst.SPREIDINGS_GRENS;
        ronde.herinneringen = new java.util.TreeSet<>(invoer.herinneringen() != null ? invoer.herinneringen()
                : bron != null ? bron.herinneringen : berichtenConfig.herinneringen());
        ronde.versie = 1;
        // A round whose opening time has already passed is open from the start, in the answer and the event.
        ronde.status = ronde.statusVolgensKlok(Tijd.nu(clock));
        rondes.persist(ronde);
        return vastleggenEnBerichten(ronde, "aangemaakt", RondeStatus.CONCEPT);
    }

    @Transactional
    public RondeGegevens wijzigen(int jaar, RondeWijziging invoer) {
        InputValidation validation = new InputValidation();
        valideer(invoer.opent(), invoer.sluit(), invoer.vragen(), validation);
        validation.throwIfInvalid();
        Ronde ronde = rondes.findForUpdate(jaar).orElseThrow(() -> nietGevonden(jaar));
        bijKlokZetten(ronde);
        List<Vraag> vragen = vragen(invoer.vragen());
        OffsetDateTime opent = Tijd.utc(invoer.opent());
        boolean vragenlijstGewijzigd = !zelfdeVragen(ronde.vragen, vragen) || ronde.voldoendeGrens != invoer.voldoendeGrens()
                || ronde.spreidingsGrens != invoer.spreidingsGrens() || !opent.isEqual(ronde.opent);
        if (ronde.status.afgesloten()) {
            throw Weigering.conflict("De ronde " + jaar + " is " + ronde.status.code() + " en kan niet meer veranderen.");
        }
        if (ronde.status == RondeStatus.OPEN && vragenlijstGewijzigd) {
            throw Weigering.conflict("De ronde " + jaar + " is open: vragen, grenzen en openingstijd liggen vast;"
                    + " alleen de sluitingstijd kan nog veranderen.");
        }
        ronde.opent = opent;
        ronde.sluit = Tijd.utc(invoer.sluit());
        ronde.vragen.clear();
        ronde.vragen.addAll(vragen);
        ronde.voldoendeGrens = invoer.voldoendeGrens();
        ronde.spreidingsGrens = invoer.spreidingsGrens();
        // Moving the opening or closing time into the past takes effect in this answer already.
        RondeStatus voor = ronde.status;
        ronde.status = ronde.statusVolgensKlok(Tijd.nu(clock));
        if (invoer.herinneringen() != null) {
            ronde.herinneringen.clear();
            ronde.herinneringen.addAll(invoer.herinneringen());
        }
        ronde.versie++;
        return vastleggenEnBerichten(ronde, "gewijzigd", voor);
    }

    /** A beheerder moves the round forward by hand, e.g. opens it early or closes it after a deadline extension. */
    @Transactional
    public RondeGegevens statusWijzigen(int jaar, RondeStatus nieuw) {
        Ronde ronde = rondes.findForUpdate(jaar).orElseThrow(() -> nietGevonden(jaar));
        bijKlokZetten(ronde);
        if (nieuw == ronde.status) {
            return RondeGegevens.van(ronde);
        }
        if (nieuw.isBefore(ronde.status)) {
            throw Weigering.conflict("De ronde is " + ronde.status.code() + " en kan niet terug naar " + nieuw.code() + "."
                    + (ronde.status == RondeStatus.GEPUBLICEERD ? " Een publicatie trekt een beheerder in met een reden (intrekkingen)." : ""));
        }
        // Only final results become public: publishing skips no step.
        if (nieuw == RondeStatus.GEPUBLICEERD && ronde.status != RondeStatus.GESLOTEN) {
            throw Weigering.conflict("De ronde is " + ronde.status.code() + ": alleen een gesloten ronde kan worden gepubliceerd.");
        }
        RondeStatus voor = ronde.status;
        ronde.status = nieuw;
        ronde.versie++;
        return vastleggenEnBerichten(ronde, nieuw == RondeStatus.GEPUBLICEERD ? "gepubliceerd" : "status-gewijzigd", voor);
    }

    /**
     * A beheerder withdraws a publication, e.g. when results turn out to be wrong or were published by mistake:
     * the round is gesloten again and disappears from the public pages; the reason is kept in the audit trail.
     * Publishing again later is an ordinary status change.
     */
    @Transactional
    public RondeGegevens publicatieIntrekken(int jaar, String reden) {
        Ronde ronde = rondes.findForUpdate(jaar).orElseThrow(() -> nietGevonden(jaar));
        if (ronde.status != RondeStatus.GEPUBLICEERD) {
            throw Weigering.conflict("De ronde " + jaar + " is " + ronde.status.code() + ", niet gepubliceerd: er is niets in te trekken.");
        }
        ronde.status = RondeStatus.GESLOTEN;
        ronde.versie++;
        events.rondeGewijzigd(ronde, vasteIndeling(ronde));
        RondeGegevens gegevens = RondeGegevens.van(ronde);
        audit.record("publicatie-ingetrokken", RESOURCE, Integer.toString(ronde.jaar), new Intrekking(reden, gegevens));
        return gegevens;
    }

    /** What the audit trail keeps of a withdrawal: the reason and the round after it. */
    public record Intrekking(String reden, RondeGegevens ronde) {
    }

    /**
     * Applies the clock to a locked round inside the caller's transaction (publishing the change), so a
     * request never acts on a round whose closing time has passed before the scheduler noticed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bijKlokZetten(Ronde ronde) {
        RondeStatus volgensKlok = ronde.statusVolgensKlok(Tijd.nu(clock));
        if (volgensKlok != ronde.status) {
            RondeStatus voor = ronde.status;
            ronde.status = volgensKlok;
            ronde.versie++;
            vastleggenEnBerichten(ronde, "status-gewijzigd", voor);
        }
    }

    /** The scheduler's pass: every round whose opening or closing time has passed, each in its own transaction. */
    public List<Integer> rondesBijKlokZetten() {
        List<Integer> gewijzigd = new ArrayList<>();
        for (Integer jaar : rondes.dueForTransition(Tijd.nu(clock))) {
            if (bijKlokZettenApart(jaar)) {
                gewijzigd.add(jaar);
            }
        }
        return gewijzigd;
    }

    private boolean bijKlokZettenApart(int jaar) {
        return Boolean.TRUE.equals(QuarkusTransaction.requiringNew().call(() -> {
            Ronde ronde = rondes.findForUpdate(jaar).orElseThrow();
            long versie = ronde.versie;
            bijKlokZetten(ronde);
            return ronde.versie != versie;
        }));
    }

    /**
     * The round for a submission, under the round's shared lock (read after the lock, so it is the state no
     * change of the round can alter before this transaction ends). The caller decides on {@link Ronde#statusVolgensKlok}, so a
     * transition the clock has made due but nobody stored yet changes nothing for it; storing that transition
     * needs the exclusive lock, which this transaction cannot take while it holds the shared one (two
     * submissions upgrading at once would deadlock), so the clock is asked to run as soon as it has ended.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Ronde voorInzending(int jaar) {
        rondes.vergrendelGedeeld(jaar);
        Ronde ronde = rondes.findByIdOptional(jaar).orElseThrow(() -> nietGevonden(jaar));
        if (ronde.statusVolgensKlok(Tijd.nu(clock)) != ronde.status) {
            klokAchter.fire(new RondeKlok.Achter(jaar));
        }
        return ronde;
    }

    Optional<Ronde> zoek(int jaar) {
        return rondes.findByIdOptional(jaar);
    }

    Ronde bestaand(int jaar) {
        return rondes.findByIdOptional(jaar).orElseThrow(() -> nietGevonden(jaar));
    }

    Ronde bestaandVoorWijziging(int jaar) {
        return rondes.findForUpdate(jaar).orElseThrow(() -> nietGevonden(jaar));
    }

    /**
     * Records the change and, when the status moved, queues its messages in the same transaction: after the
     * division is fixed, so an opening round invites exactly the regions that belong to it.
     */
    private RondeGegevens vastleggenEnBerichten(Ronde ronde, String actie, RondeStatus voor) {
        RondeGegevens gegevens = vastleggen(ronde, actie);
        if (ronde.status != voor) {
            berichten.statusGewijzigd(ronde);
        }
        return gegevens;
    }

    private RondeGegevens vastleggen(Ronde ronde, String actie) {
        List<Indeling.Regio> indeling = ronde.status == RondeStatus.CONCEPT ? null : vasteIndeling(ronde);
        events.rondeGewijzigd(ronde, indeling);
        RondeGegevens gegevens = RondeGegevens.van(ronde);
        audit.record(actie, RESOURCE, Integer.toString(ronde.jaar), gegevens);
        return gegevens;
    }

    /** The division of a round that has opened, fixed the first time it is asked for (when the round opens). */
    private List<Indeling.Regio> vasteIndeling(Ronde ronde) {
        List<RondeRegio> vast = rondeRegios.vanRonde(ronde.jaar);
        if (!vast.isEmpty()) {
            return vast.stream().map(RondeRegio::alsRegio).toList();
        }
        List<Indeling.Regio> indeling = Indeling.op(replicaRegios.existing(), peildatum(ronde));
        indeling.forEach(regio -> rondeRegios.persist(RondeRegio.van(ronde.jaar, regio)));
        audit.record("indeling-vastgelegd", RESOURCE, Integer.toString(ronde.jaar),
                Map.of("peildatum", peildatum(ronde), "regios", indeling.stream().map(Indeling.Regio::code).toList()));
        return indeling;
    }

    private LocalDate peildatum(Ronde ronde) {
        return Indeling.peildatum(ronde.opent, LocalDate.now(clock.withZone(config.tijdzone())), config.tijdzone());
    }

    private RondeGegevens volgensKlok(Ronde ronde) {
        return RondeGegevens.van(ronde).metStatus(ronde.statusVolgensKlok(Tijd.nu(clock)));
    }

    private static void valideer(OffsetDateTime opent, OffsetDateTime sluit, List<VraagGegevens> vragen, InputValidation validation) {
        if (opent != null && sluit != null) {
            validation.require(opent.isBefore(sluit), "sluit", "moet na opent liggen");
        }
        if (vragen != null) {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < vragen.size(); i++) {
                VraagGegevens vraag = vragen.get(i);
                if (vraag != null && vraag.code() != null && !codes.add(vraag.code())) {
                    validation.add("vragen[" + i + "].code", "komt meer dan eens voor");
                }
            }
        }
    }

    private static List<Vraag> vragen(List<VraagGegevens> vragen) {
        return new ArrayList<>(vragen.stream().map(VraagGegevens::alsVraag).toList());
    }

    private static List<Vraag> kopie(List<Vraag> vragen) {
        return new ArrayList<>(vragen.stream().map(vraag -> new Vraag(vraag.code, vraag.tekst, vraag.schaal)).toList());
    }

    private static boolean zelfdeVragen(List<Vraag> huidig, List<Vraag> nieuw) {
        if (huidig.size() != nieuw.size()) {
            return false;
        }
        for (int i = 0; i < huidig.size(); i++) {
            Vraag a = huidig.get(i);
            Vraag b = nieuw.get(i);
            if (!Objects.equals(a.code, b.code) || !Objects.equals(a.tekst, b.tekst) || a.schaal != b.schaal) {
                return false;
            }
        }
        return true;
    }

    private static Weigering nietGevonden(int jaar) {
        return Weigering.nietGevonden("Er is geen ronde voor " + jaar + ".");
    }
}
