package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.venster.conventions.vocabulary.RondeStatus;
import nl.venster.venster.domain.Ronde;

@ApplicationScoped
public class RondeRepository implements PanacheRepositoryBase<Ronde, Integer> {

    /** Locks the round row, so submissions and state changes of one round happen one after another. */
    public Optional<Ronde> findForUpdate(int jaar) {
        return findByIdOptional(jaar, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Locks the round row FOR SHARE: many submissions at once, none during a status change. */
    public Optional<Ronde> findForShare(int jaar) {
        return findByIdOptional(jaar, LockModeType.PESSIMISTIC_READ);
    }

    public List<Ronde> page(int offset, int size) {
        return findAll(Sort.descending("jaar")).range(offset, offset + size - 1).list();
    }

    public Optional<Ronde> latestBefore(int jaar) {
        return find("jaar < ?1", Sort.descending("jaar"), jaar).firstResultOptional();
    }

    /** Rounds whose opening or closing time has passed while their stored status lags behind. */
    public List<Integer> dueForTransition(OffsetDateTime now) {
        return getEntityManager().createQuery("select r.jaar from Ronde r where (r.status = :concept and r.opent <= :nu)"
                        + " or (r.status = :open and r.sluit <= :nu) order by r.jaar", Integer.class)
                .setParameter("concept", RondeStatus.CONCEPT).setParameter("open", RondeStatus.OPEN).setParameter("nu", now)
                .getResultList();
    }
}
