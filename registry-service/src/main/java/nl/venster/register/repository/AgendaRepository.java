package nl.venster.register.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.venster.register.domain.Agenda;

@ApplicationScoped
public class AgendaRepository implements PanacheRepositoryBase<Agenda, UUID> {

    /** The region's agendas, newest looptijd first; one query. */
    public List<Agenda> vanRegio(String regio) {
        return list("regio = ?1 order by looptijdVanaf desc, id", regio);
    }
}
