package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.venster.conventions.vocabulary.OpvolgingSoort;
import nl.venster.venster.domain.Opvolging;

@ApplicationScoped
public class OpvolgingRepository implements PanacheRepositoryBase<Opvolging, UUID> {

    public List<Opvolging> page(int jaar, String regio, int offset, int size) {
        return find("jaar = ?1 and regio = ?2", Sort.ascending("volgnummer"), jaar, regio).range(offset, offset + size - 1).list();
    }

    public long countFor(int jaar, String regio) {
        return count("jaar = ?1 and regio = ?2", jaar, regio);
    }

    /** The kinds of the region's follow-ups in the round, in order. */
    public List<OpvolgingSoort> soorten(int jaar, String regio) {
        return getEntityManager().createQuery("select o.soort from Opvolging o where o.jaar = :jaar and o.regio = :regio"
                        + " order by o.volgnummer", OpvolgingSoort.class)
                .setParameter("jaar", jaar).setParameter("regio", regio).getResultList();
    }

    public long lastVolgnummer(int jaar, String regio) {
        Long last = getEntityManager().createQuery("select max(o.volgnummer) from Opvolging o where o.jaar = :jaar and o.regio = :regio", Long.class)
                .setParameter("jaar", jaar).setParameter("regio", regio).getSingleResult();
        return last == null ? 0 : last;
    }
}
