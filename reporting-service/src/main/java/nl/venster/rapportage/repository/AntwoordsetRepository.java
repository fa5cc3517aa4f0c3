package nl.venster.rapportage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import nl.venster.rapportage.domain.AntwoordsetFeit;

@ApplicationScoped
public class AntwoordsetRepository implements PanacheRepository<AntwoordsetFeit> {

    /** The stored sets of any of these rounds and regions (a superset of the pairs meant), in one query. */
    public List<AntwoordsetFeit> vanRondesEnRegios(Collection<Integer> jaren, Collection<String> regios) {
        return list("jaar in ?1 and regio in ?2", jaren, regios);
    }

    public List<AntwoordsetFeit> vanRonde(int jaar) {
        return list("jaar = ?1 order by regio, financier", jaar);
    }

    /** The answer sets of a round; of every region when {@code alleenRegios} is null. */
    public List<AntwoordsetFeit> vanRonde(int jaar, Collection<String> alleenRegios) {
        return alleenRegios == null ? vanRonde(jaar) : list("jaar = ?1 and regio in ?2 order by regio, financier", jaar, alleenRegios);
    }

    public List<AntwoordsetFeit> vanRegio(int jaar, String regio) {
        return list("jaar = ?1 and regio = ?2 order by financier", jaar, regio);
    }

    public List<AntwoordsetFeit> vanRegioAlleRondes(String regio) {
        return list("regio = ?1 order by jaar, financier", regio);
    }
}
