package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.venster.domain.Antwoordset;

@ApplicationScoped
public class AntwoordsetRepository implements PanacheRepository<Antwoordset> {

    /**
     * Holds a transaction-scoped advisory lock for one (round, region, financier), so two submissions of the
     * same answer set run one after the other while submissions of other sets go on. A hash collision only
     * serialises two unrelated sets.
     */
    public void vergrendel(int jaar, String regio, Financier financier) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:sleutel))")
                .setParameter("sleutel", "antwoordset/" + jaar + "/" + regio + "/" + financier.code())
                .getSingleResult();
    }

    /** The number of the current version, without loading it (a submission needs only that). */
    public Optional<Long> huidigeVersie(int jaar, String regio, Financier financier) {
        return Optional.ofNullable(getEntityManager().createQuery("select max(a.versie) from Antwoordset a"
                        + " where a.jaar = :jaar and a.regio = :regio and a.financier = :financier", Long.class)
                .setParameter("jaar", jaar).setParameter("regio", regio).setParameter("financier", financier)
                .getSingleResult());
    }

    /** The current (highest) version per financier of a region. */
    public List<Antwoordset> currentPerFinancier(int jaar, String regio) {
        return list("from Antwoordset a where a.jaar = ?1 and a.regio = ?2 and a.versie = "
                + "(select max(b.versie) from Antwoordset b where b.jaar = a.jaar and b.regio = a.regio and b.financier = a.financier)",
                jaar, regio);
    }

    /** The current version per region and financier of a whole round. */
    public List<Antwoordset> currentOfRound(int jaar) {
        return list("from Antwoordset a where a.jaar = ?1 and a.versie = "
                + "(select max(b.versie) from Antwoordset b where b.jaar = a.jaar and b.regio = a.regio and b.financier = a.financier)",
                jaar);
    }

    public List<Antwoordset> versions(int jaar, String regio, Financier financier, int offset, int size) {
        return find("jaar = ?1 and regio = ?2 and financier = ?3", Sort.ascending("versie"), jaar, regio, financier)
                .range(offset, offset + size - 1).list();
    }

    public long countVersions(int jaar, String regio, Financier financier) {
        return count("jaar = ?1 and regio = ?2 and financier = ?3", jaar, regio, financier);
    }
}
