package nl.venster.register.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.venster.conventions.audit.AuditLog;
import nl.venster.register.domain.CsvLezer;
import nl.venster.register.domain.Gemeente;
import nl.venster.register.domain.Lidmaatschap;
import nl.venster.register.domain.Regio;
import nl.venster.register.domain.Themas;
import nl.venster.register.domain.Zorgkantoorregio;
import nl.venster.register.events.RegisterEvents;
import nl.venster.register.repository.GemeenteRepository;
import nl.venster.register.repository.LidmaatschapRepository;
import nl.venster.register.repository.RegioRepository;
import nl.venster.register.repository.ZorgkantoorregioRepository;
import org.jboss.logging.Logger;

/**
 * Loads the reference data shipped in {@code seed/} (see its README for provenance) at every start,
 * idempotently: missing zorgkantoorregio's and gemeenten are added, existing rows are left as the registry
 * has them (later herindelingen win). Only on a registry without any region is the default division created:
 * one region per zorgkantoorregio, code and name of the zorgkantoorregio, all its gemeenten as members from
 * {@link #BEGIN}; each region's first snapshot is published then, so consumers get the initial state.
 */
@ApplicationScoped
public class Referentiedata {

    /** The werkstructuur's start; the seed has no earlier history, so every seeded gemeente exists from then. */
    public static final LocalDate BEGIN = LocalDate.of(2020, 1, 1);

    private static final Logger LOG = Logger.getLogger(Referentiedata.class);

    private final EntityManager entityManager;
    private final ZorgkantoorregioRepository zorgkantoorregios;
    private final GemeenteRepository gemeenten;
    private final RegioRepository regios;
    private final LidmaatschapRepository lidmaatschappen;
    private final RegisterEvents events;
    private final AuditLog audit;

    public Referentiedata(EntityManager entityManager, ZorgkantoorregioRepository zorgkantoorregios,
                          GemeenteRepository gemeenten, RegioRepository regios, LidmaatschapRepository lidmaatschappen,
                          RegisterEvents events, AuditLog audit) {
        this.entityManager = entityManager;
        this.zorgkantoorregios = zorgkantoorregios;
        this.gemeenten = gemeenten;
        this.regios = regios;
        this.lidmaatschappen = lidmaatschappen;
        this.events = events;
        this.audit = audit;
    }

    void opStart(@Observes StartupEvent start) {
        laad();
    }

    @Transactional
    public void laad() {
        // Several instances may start at once: the first loads, the others then find everything present.
        entityManager.createNativeQuery("lock table regio in exclusive mode").executeUpdate();
        // One query per table instead of one per seed row: this runs on every start.
        Set<String> bekendeZk = bestaandeCodes("Zorgkantoorregio");
        Set<String> bekendeGemeenten = bestaandeCodes("Gemeente");
        int nieuweZk = 0;
        List<Map<String, String>> zkRijen = lees("seed/zorgkantoorregios.csv");
        werkOpmerkingenBij(zkRijen);
        for (Map<String, String> rij : zkRijen) {
            if (!bekendeZk.contains(rij.get("zorgkantoorregio_code"))) {
                Zorgkantoorregio zk = new Zorgkantoorregio();
                zk.code = rij.get("zorgkantoorregio_code");
                zk.naam = rij.get("zorgkantoorregio_naam_cbs_2025");
                zk.naamStaatscourant = rij.get("naam_staatscourant_2014");
                zk.zorgkantoor = rij.get("concessiehouder_per_2014_01_01");
                zk.opmerking = leegIsNull(rij.get("opmerking"));
                zorgkantoorregios.persist(zk);
                nieuweZk++;
            }
        }
        int nieuweGemeenten = 0;
        for (Map<String, String> rij : lees("seed/regions.csv")) {
            if (!bekendeGemeenten.contains(rij.get("gemeentecode"))) {
                Gemeente gemeente = new Gemeente();
                gemeente.code = rij.get("gemeentecode");
                gemeente.naam = rij.get("gemeentenaam");
                gemeente.zorgkantoorregio = rij.get("zorgkantoorregio_code");
                gemeente.geldigVanaf = BEGIN;
                gemeenten.persist(gemeente);
                nieuweGemeenten++;
            }
        }
        if (nieuweZk + nieuweGemeenten > 0) {
            LOG.infof("Reference data loaded: %d zorgkantoorregio's, %d gemeenten", nieuweZk, nieuweGemeenten);
        }
        if (regios.count() == 0) {
            maakStandaardindeling();
        }
    }

    /**
     * The remarks are reference text, not history: a database seeded before they were translated into Dutch gets
     * the seed's text. One statement, and it changes nothing once they agree.
     */
    private void werkOpmerkingenBij(List<Map<String, String>> rijen) {
        StringBuilder waarden = new StringBuilder();
        for (int i = 0; i < rijen.size(); i++) {
            waarden.append(i == 0 ? "" : ", ").append("(?").append(2 * i + 1).append(", cast(?").append(2 * i + 2).append(" as varchar))");
        }
        var update = entityManager.createNativeQuery("update zorgkantoorregio z set opmerking = v.opmerking from (values "
                + waarden + ") as v(code, opmerking) where z.code = v.code and z.opmerking is distinct from v.opmerking");
        for (int i = 0; i < rijen.size(); i++) {
            update.setParameter(2 * i + 1, rijen.get(i).get("zorgkantoorregio_code"));
            update.setParameter(2 * i + 2, leegIsNull(rijen.get(i).get("opmerking")));
        }
        update.executeUpdate();
    }

    private Set<String> bestaandeCodes(String entiteit) {
        return new HashSet<>(entityManager.createQuery("select e.code from " + entiteit + " e", String.class).getResultList());
    }

    private void maakStandaardindeling() {
        gemeenten.flush();
        List<Zorgkantoorregio> alle = zorgkantoorregios.listAll();
        for (Zorgkantoorregio zk : alle) {
            Regio regio = new Regio();
            regio.code = zk.code;
            regio.naam = zk.naam;
            regio.zorgkantoorregio = zk.code;
            regio.themas = Themas.metVerplichte(List.of());
            regio.geldigVanaf = BEGIN;
            regio.versie = 1;
            regios.persist(regio);
            gemeenten.list("zorgkantoorregio = ?1 and (geldigTot is null or geldigTot > ?2)", zk.code, BEGIN)
                    .forEach(g -> lidmaatschappen.persist(Lidmaatschap.van(zk.code, g.code, later(BEGIN, g.geldigVanaf), g.geldigTot)));
            events.regioGewijzigd(regio);
        }
        audit.record("standaardindeling-geladen", "indeling", "standaard", Map.of("regios", alle.size()));
        LOG.infof("Default division created: %d regions", alle.size());
    }

    private static List<Map<String, String>> lees(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("seed file missing: " + resource);
            }
            List<List<String>> records = CsvLezer.lees(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> kop = records.get(0);
            return records.subList(1, records.size()).stream().map(rij -> {
                Map<String, String> velden = new HashMap<>();
                for (int i = 0; i < kop.size() && i < rij.size(); i++) {
                    velden.put(kop.get(i), rij.get(i).trim());
                }
                return velden;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String leegIsNull(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde;
    }
}
