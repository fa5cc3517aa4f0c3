package nl.venster.rapportage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.venster.rapportage.domain.AgendaFeit;

@ApplicationScoped
public class AgendaRepository implements PanacheRepositoryBase<AgendaFeit, UUID> {

    /** The region's agendas, oldest looptijd first. */
    public List<AgendaFeit> vanRegio(String regio) {
        return list("regio = ?1 order by looptijdVanaf, id", regio);
    }

    /** Every adopted agenda (vastgesteld or afgelopen) of every region: one query for the national overview. */
    public List<AgendaFeit> vastgesteld() {
        return list("status in ?1 order by regio, looptijdVanaf", List.of("vastgesteld", "afgelopen"));
    }
}
