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

    public boolean heeftIndeling(int jaar) {
        return count("jaar", jaar) > 0;
    }

    public boolean bevat(int jaar, String code) {
        return count("jaar = ?1 and code = ?2", jaar, code) > 0;
    }
}
