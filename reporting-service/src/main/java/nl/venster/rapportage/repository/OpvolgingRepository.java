package nl.venster.rapportage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.venster.rapportage.domain.OpvolgingFeit;

@ApplicationScoped
public class OpvolgingRepository implements PanacheRepositoryBase<OpvolgingFeit, UUID> {

    public boolean bestaat(int jaar, String regio, long volgnummer) {
        return count("jaar = ?1 and regio = ?2 and volgnummer = ?3", jaar, regio, volgnummer) > 0;
    }

    public List<OpvolgingFeit> vanRonde(int jaar) {
        return list("jaar = ?1 order by regio, volgnummer", jaar);
    }

    /** The follow-ups of a round; of every region when {@code alleenRegios} is null. */
    public List<OpvolgingFeit> vanRonde(int jaar, Collection<String> alleenRegios) {
        return alleenRegios == null ? vanRonde(jaar) : list("jaar = ?1 and regio in ?2 order by regio, volgnummer", jaar, alleenRegios);
    }

    public List<OpvolgingFeit> vanRegio(int jaar, String regio) {
        return list("jaar = ?1 and regio = ?2 order by volgnummer", jaar, regio);
    }
}
