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

    /**
     * Key space of the rounds' advisory locks: the two-integer form (this number, the year), which PostgreSQL
     * keeps apart from the single-number locks of the answer sets.
     */
    private static final int RONDE_SLOT = 1;

    /**
     * The round for a change of the round itself: its exclusive advisory lock (so no submission is under way,
     * see {@link #vergrendelGedeeld}), then its row FOR UPDATE (so two changes of the round run one after
     * another).
     */
    public Optional<Ronde> findForUpdate(int jaar) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(:slot, :jaar)")
                .setParameter("slot", RONDE_SLOT).setParameter("jaar", jaar).getSingleResult();
        return findByIdOptional(jaar, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A submission's shared advisory lock on the round: many submissions at once, none during a change of the
     * round. Not a row lock FOR SHARE: every FOR SHARE locker rewrites the round's row (a new multixact with
     * all lockers so far, WAL and a dirty page per submission), so at a few hundred submissions a second the
     * one row of an open round became the write path's queue (B2, deploy/bench). An advisory lock lives only
     * in the lock manager's memory.
     */
    public void vergrendelGedeeld(int jaar) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock_shared(:slot, :jaar)")
                .setParameter("slot", RONDE_SLOT).setParameter("jaar", jaar).getSingleResult();
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
