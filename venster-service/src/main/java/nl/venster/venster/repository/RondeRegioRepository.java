package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.venster.venster.domain.RondeRegio;

@ApplicationScoped
public class RondeRegioRepository implements PanacheRepositoryBase<RondeRegio, RondeRegio.Sleutel> {

    /** The round's fixed division by region code; empty while it has none (a concept round). */
    public List<RondeRegio> vanRonde(int jaar) {
        return list("jaar = ?1 order by code", jaar);
    }

    // Existence checks on every submission: not Panache's count(), whose count query Hibernate derives and translates
    // anew on every call (a tenth of the venster-service's CPU per amendment in B2, deploy/bench).

    public boolean heeftIndeling(int jaar) {
        return !getEntityManager().createQuery("select 1 from RondeRegio r where r.jaar = :jaar", Integer.class)
                .setParameter("jaar", jaar).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean bevat(int jaar, String code) {
        return findByIdOptional(new RondeRegio.Sleutel(jaar, code)).isPresent();
    }
}
