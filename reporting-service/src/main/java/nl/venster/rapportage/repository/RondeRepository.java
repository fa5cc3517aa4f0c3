package nl.venster.rapportage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.venster.rapportage.domain.RondeFeit;

@ApplicationScoped
public class RondeRepository implements PanacheRepositoryBase<RondeFeit, Integer> {

    public List<Integer> jaren() {
        return getEntityManager().createQuery("select r.jaar from RondeFeit r order by r.jaar", Integer.class).getResultList();
    }
}
