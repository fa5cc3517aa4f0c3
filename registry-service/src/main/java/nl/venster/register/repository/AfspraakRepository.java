package nl.venster.register.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.register.domain.Afspraak;

@ApplicationScoped
public class AfspraakRepository implements PanacheRepositoryBase<Afspraak, UUID> {

    /** An afspraak with the name of its trekker (null when the person is gone). */
    public record MetTrekker(Afspraak afspraak, String trekkerNaam) {
    }

    /** The agenda's afspraken with their trekkers' names in ONE query, by theme, planned start and id. */
    public List<MetTrekker> vanAgendaMetTrekker(UUID agenda) {
        return getEntityManager().createQuery("select a, c.naam from Afspraak a left join Contactpersoon c on c.id = a.trekker "
                        + "where a.agenda = :agenda order by a.thema, a.geplandeStart, a.id", Object[].class)
                .setParameter("agenda", agenda)
                .getResultList().stream()
                .map(rij -> new MetTrekker((Afspraak) rij[0], (String) rij[1]))
                .toList();
    }

    public List<Afspraak> vanAgenda(UUID agenda) {
        return list("agenda = ?1 order by thema, geplandeStart, id", agenda);
    }

    /** Names of the given contactpersonen in one query. */
    public Map<UUID, String> namen(Collection<UUID> contactpersonen) {
        Map<UUID, String> namen = new HashMap<>();
        if (!contactpersonen.isEmpty()) {
            getEntityManager().createQuery("select c.id, c.naam from Contactpersoon c where c.id in :ids", Object[].class)
                    .setParameter("ids", contactpersonen).getResultList()
                    .forEach(rij -> namen.put((UUID) rij[0], (String) rij[1]));
        }
        return namen;
    }
}
