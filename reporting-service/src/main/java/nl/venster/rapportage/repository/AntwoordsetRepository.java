package nl.venster.rapportage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.venster.conventions.vocabulary.Financier;
import nl.venster.rapportage.domain.AntwoordsetFeit;

@ApplicationScoped
public class AntwoordsetRepository implements PanacheRepository<AntwoordsetFeit> {

    public Optional<AntwoordsetFeit> zoek(int jaar, String regio, Financier financier) {
        return find("jaar = ?1 and regio = ?2 and financier = ?3", jaar, regio, financier).firstResultOptional();
    }

    public List<AntwoordsetFeit> vanRonde(int jaar) {
        return list("jaar = ?1 order by regio, financier", jaar);
    }

    public List<AntwoordsetFeit> vanRegio(int jaar, String regio) {
        return list("jaar = ?1 and regio = ?2 order by financier", jaar, regio);
    }

    public List<AntwoordsetFeit> vanRegioAlleRondes(String regio) {
        return list("regio = ?1 order by jaar, financier", regio);
    }
}
