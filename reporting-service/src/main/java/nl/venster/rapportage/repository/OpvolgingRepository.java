package nl.venster.rapportage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.venster.rapportage.domain.OpvolgingFeit;

@ApplicationScoped
public class OpvolgingRepository implements PanacheRepositoryBase<OpvolgingFeit, UUID> {

    /** Per consumed event: a query Hibernate translates once, not Panache's count(), which it translates every call. */
    public boolean bestaat(int jaar, String regio, long volgnummer) {
        return !getEntityManager().createQuery("select 1 from OpvolgingFeit o where o.jaar = :jaar and o.regio = :regio"
                        + " and o.volgnummer = :volgnummer", Integer.class)
                .setParameter("jaar", jaar).setParameter("regio", regio).setParameter("volgnummer", volgnummer)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public List<OpvolgingFeit> vanRonde(int jaar) {
        return list("jaar = ?1 order by regio, volgnummer", jaar);
    }

    /** The follow-ups of a round; of every region when {@code alleenRegios} is null. */
    public List<OpvolgingFeit> vanRonde(int jaar, Collection<String> alleenRegios) {
        return alleenRegios == null ? vanRonde(jaar) : list("jaar = ?1 and regio in ?2 order by regio, volgnummer", jaar, alleenRegios);
    }

    public List<OpvolgingFeit> vanRegio(int jaar, String regio) {
        return list("jaar = ?1 and regio = ?2 order by volgnummer", jaar, regio);
    }
}
