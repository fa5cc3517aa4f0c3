package nl.venster.rapportage.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.rapportage.config.RapportageConfig;
import nl.venster.rapportage.domain.ModelEvent;
import nl.venster.rapportage.repository.HerbouwSchrijver;
import nl.venster.rapportage.repository.ModelVersieRepository;
import nl.venster.rapportage.repository.RegioStatusRepository;
import nl.venster.rapportage.repository.RondeRepository;
import org.jboss.logging.Logger;

/**
 * Rebuilds the read model from the topics: in ONE transaction it clears the model (and the record of
 * processed event ids), re-applies every event from the beginning of each topic up to the offsets at the
 * start, and recomputes every round. Readers keep seeing the old model until the commit. The model lock
 * holds the live consumers back meanwhile; afterwards they see the re-read events as duplicates and go on
 * with what came later. Invalid events were already dead-lettered by the live consumer and are only
 * counted here.
 *
 * <p>Answer sets, the bulk of the stream, are applied per polled batch: each set keeps the highest version
 * seen (the same outcome per event as one-by-one application, see {@link HerbouwTelling}), the batch's
 * event ids and newest event per set are staged with one statement each, and at the end set-based
 * statements store the highest staged version per set and record the ids as processed. The other, few, events take the live path's
 * {@link ModelBijwerker#slaFeitOp}. Statuses are computed once per round at the end. Memory stays bounded
 * by the batch size plus one version number per answer set.
 */
@ApplicationScoped
public class Herbouw {

    private static final Logger LOG = Logger.getLogger(Herbouw.class);

    private final EventBron bron;
    private final ModelBijwerker bijwerker;
    private final StatusHerberekening herberekening;
    private final HerbouwSchrijver schrijver;
    private final RegioStatusRepository statussen;
    private final RondeRepository rondes;
    private final ModelVersieRepository modelVersie;
    private final AuditLog auditLog;
    private final RapportageConfig config;

    public Herbouw(EventBron bron, ModelBijwerker bijwerker,
                   StatusHerberekening herberekening, HerbouwSchrijver schrijver, RegioStatusRepository statussen,
                   RondeRepository rondes, ModelVersieRepository modelVersie, AuditLog auditLog, RapportageConfig config) {
        this.bron = bron;
        this.bijwerker = bijwerker;
        this.herberekening = herberekening;
        this.schrijver = schrijver;
        this.statussen = statussen;
        this.rondes = rondes;
        this.modelVersie = modelVersie;
        this.auditLog = auditLog;
        this.config = config;
    }

    /** Counts per outcome (toegepast, dubbel, verouderd, ongeldig) and the model's size afterwards. */
    public Map<String, Long> herbouw() {
        long start = System.nanoTime();
        Map<String, Long> resultaat = QuarkusTransaction.requiringNew()
                .timeout((int) config.herbouw().maximaleDuur().toSeconds())
                .call(this::herbouwInTransactie);
        resultaat.put("duurMs", (System.nanoTime() - start) / 1_000_000);
        LOG.infof("Read model rebuilt from the topics: %s", resultaat);
        return resultaat;
    }

    private Map<String, Long> herbouwInTransactie() {
        bijwerker.vergrendelModel();
        var em = statussen.getEntityManager();
        for (String tabel : new String[] {"regio_status", "antwoordset", "opvolging", "ronde", "regio", "agenda", "processed_event"}) {
            em.createNativeQuery("delete from " + tabel).executeUpdate();
        }
        em.clear();
        HerbouwTelling telling = new HerbouwTelling();
        long start = System.nanoTime();
        schrijver.begin();
        bron.leesAlles(config.herbouw().maximaleDuur(), partij -> {
            pasToe(partij, telling);
            // Applied facts are not read again through these entities; detaching them bounds the memory.
            em.flush();
            em.clear();
        });
        long gelezen = System.nanoTime();
        telling.telDubbel(schrijver.slaOp().dubbel());
        long opgeslagen = System.nanoTime();
        for (int jaar : rondes.jaren()) {
            herberekening.herberekenJaar(jaar);
            em.clear();
        }
        modelVersie.verhoog();
        LOG.infof("Rebuild phases: read and stage %d ms, store %d ms, statuses %d ms", (gelezen - start) / 1_000_000,
                (opgeslagen - gelezen) / 1_000_000, (System.nanoTime() - opgeslagen) / 1_000_000);
        Map<String, Long> resultaat = new LinkedHashMap<>();
        for (Toepassing toepassing : Toepassing.values()) {
            resultaat.put(toepassing.name().toLowerCase(), telling.aantal(toepassing));
        }
        resultaat.put("ongeldig", telling.ongeldig());
        resultaat.put("regioStatussen", statussen.count());
        auditLog.record("herbouwd", "leesmodel", "rapportage", resultaat);
        return resultaat;
    }

    private void pasToe(EventBron.Partij partij, HerbouwTelling telling) {
        telling.telOngeldig(partij.ongeldig());
        List<ModelEvent.AntwoordsetIngediend> sets = new ArrayList<>();
        for (ModelEvent event : partij.events()) {
            if (event instanceof ModelEvent.AntwoordsetIngediend set) {
                sets.add(set);
            } else {
                telling.tel(bijwerker.slaFeitOp(event));
            }
        }
        if (!sets.isEmpty()) {
            schrijver.bewaar(sets, telling.nieuwsteToegepast(sets));
        }
    }
}
