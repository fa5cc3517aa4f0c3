package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.venster.venster.domain.Ronde;
import nl.venster.venster.domain.RondeStatus;

@ApplicationScoped
public class RondeRepository implements PanacheRepositoryBase<Ronde, Integer> {

    /** Locks the round row, so submissions and state changes of one round happen one after another. */
    public Optional<Ronde> findForUpdate(int jaar) {
        return findByIdOptional(jaar, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Ronde> page(int offset, int size) {
        return findAll(Sort.descending("jaar")).range(offset, offset + size - 1).list();
    }

    public Optional<Ronde> latestBefore(int jaar) {
        return find("jaar < ?1", Sort.descending("jaar"), jaar).firstResultOptional();
    }

    /** Rounds whose opening or closing time has passed while their stored status lags behind. */
    public List<Integer> dueForTransition(OffsetDateTime now) {
        return find("(status = ?1 and opent <= ?3) or (status = ?2 and sluit <= ?3)",
                RondeStatus.CONCEPT, RondeStatus.OPEN, now).project(Integer.class).list();
    }
}
