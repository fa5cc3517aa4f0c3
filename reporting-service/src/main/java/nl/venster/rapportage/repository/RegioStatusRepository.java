package nl.venster.rapportage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.venster.rapportage.domain.RegioStatusRij;

@ApplicationScoped
public class RegioStatusRepository implements PanacheRepository<RegioStatusRij> {

    public List<RegioStatusRij> vanRonde(int jaar) {
        return list("jaar = ?1 order by regio", jaar);
    }

    public Optional<RegioStatusRij> zoek(int jaar, String regio) {
        return find("jaar = ?1 and regio = ?2", jaar, regio).firstResultOptional();
    }

    public List<RegioStatusRij> vanRegio(String regio) {
        return list("regio = ?1 order by jaar", regio);
    }

    public List<Integer> jarenVanRegio(String regio) {
        return getEntityManager().createQuery("select r.jaar from RegioStatusRij r where r.regio = ?1", Integer.class)
                .setParameter(1, regio).getResultList();
    }

    public long verwijderVanRonde(int jaar) {
        return delete("jaar", jaar);
    }

    public long verwijder(int jaar, String regio) {
        return delete("jaar = ?1 and regio = ?2", jaar, regio);
    }
}
