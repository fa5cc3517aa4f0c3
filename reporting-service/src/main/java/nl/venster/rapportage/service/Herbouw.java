package nl.venster.rapportage.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.rapportage.config.RapportageConfig;
import nl.venster.rapportage.messaging.EventVerwerker;
import nl.venster.rapportage.messaging.GebeurtenisParser;
import nl.venster.rapportage.messaging.OngeldigeGebeurtenis;
import nl.venster.rapportage.messaging.TopicHerlezer;
import nl.venster.rapportage.repository.RegioStatusRepository;
import org.jboss.logging.Logger;

/**
 * Rebuilds the read model from the topics: in ONE transaction it clears the model (and the record of
 * processed event ids), re-applies every event from the beginning of each topic up to the offsets at the
 * start, and recomputes every round. Readers keep seeing the old model until the commit. The model lock
 * holds the live consumers back meanwhile; afterwards they see the re-read events as duplicates and go on
 * with what came later. Invalid events were already dead-lettered by the live consumer and are only
 * counted here.
 */
@ApplicationScoped
public class Herbouw {

    private static final Logger LOG = Logger.getLogger(Herbouw.class);

    private final TopicHerlezer herlezer;
    private final GebeurtenisParser parser;
    private final EventVerwerker verwerker;
    private final ModelBijwerker bijwerker;
    private final StatusHerberekening herberekening;
    private final RegioStatusRepository statussen;
    private final AuditLog auditLog;
    private final RapportageConfig config;

    public Herbouw(TopicHerlezer herlezer, GebeurtenisParser parser, EventVerwerker verwerker, ModelBijwerker bijwerker,
                   StatusHerberekening herberekening, RegioStatusRepository statussen, AuditLog auditLog,
                   RapportageConfig config) {
        this.herlezer = herlezer;
        this.parser = parser;
        this.verwerker = verwerker;
        this.bijwerker = bijwerker;
        this.herberekening = herberekening;
        this.statussen = statussen;
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
        for (String tabel : new String[] {"regio_status", "antwoordset", "opvolging", "ronde", "regio", "processed_event"}) {
            em.createNativeQuery("delete from " + tabel).executeUpdate();
        }
        em.clear();
        Map<Toepassing, Long> perUitkomst = new EnumMap<>(Toepassing.class);
        long[] ongeldig = {0};
        herlezer.leesAlles(config.herbouw().maximaleDuur(), record -> {
            try {
                Gebeurtenis gebeurtenis = parser.parse(verwerker.zonderPrefix(record.topic()), record.key(), record.value());
                perUitkomst.merge(bijwerker.slaFeitOp(gebeurtenis), 1L, Long::sum);
            } catch (OngeldigeGebeurtenis e) {
                ongeldig[0]++;
            }
        });
        em.flush();
        herberekening.alleRondes();
        Map<String, Long> resultaat = new LinkedHashMap<>();
        for (Toepassing toepassing : Toepassing.values()) {
            resultaat.put(toepassing.name().toLowerCase(), perUitkomst.getOrDefault(toepassing, 0L));
        }
        resultaat.put("ongeldig", ongeldig[0]);
        resultaat.put("regioStatussen", statussen.count());
        auditLog.record("herbouwd", "leesmodel", "rapportage", resultaat);
        return resultaat;
    }
}
