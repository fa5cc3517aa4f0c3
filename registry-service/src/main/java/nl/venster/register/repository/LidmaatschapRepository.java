package nl.venster.register.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.venster.register.domain.GemeenteInRegio;
import nl.venster.register.domain.Lidmaatschap;

@ApplicationScoped
public class LidmaatschapRepository implements PanacheRepository<Lidmaatschap> {

    public List<Lidmaatschap> alle() {
        return list("order by gemeente, vanaf");
    }

    public List<Lidmaatschap> vanRegio(String regio) {
        return list("regio = ?1 order by gemeente, vanaf", regio);
    }

    public List<Lidmaatschap> vanGemeente(String gemeente) {
        return list("gemeente = ?1 order by vanaf", gemeente);
    }

    /**
     * The members of the given regions on the date with their names, in one query and without loading
     * entities: showing one region must not read the whole register.
     */
    public List<GemeenteInRegio> ledenOp(Collection<String> regios, LocalDate datum) {
        if (regios.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select new nl.venster.register.domain.GemeenteInRegio(l.regio, l.gemeente, g.naam)"
                        + " from Lidmaatschap l left join Gemeente g on g.code = l.gemeente"
                        + " where l.regio in :regios and l.vanaf <= :datum and (l.tot is null or l.tot > :datum)"
                        + " order by l.gemeente", GemeenteInRegio.class)
                .setParameter("regios", regios).setParameter("datum", datum).getResultList();
    }

    public List<Lidmaatschap> geldigOp(LocalDate datum) {
        return list("vanaf <= ?1 and (tot is null or tot > ?1) order by gemeente", datum);
    }

    /**
     * Membership changes are serialised: a change reads all memberships, decides and writes, and two such
     * changes interleaving could each pass the coverage check yet together break it. Readers are not blocked.
     */
    public void vergrendel() {
        getEntityManager().createNativeQuery("lock table lidmaatschap in share row exclusive mode").executeUpdate();
    }
}
