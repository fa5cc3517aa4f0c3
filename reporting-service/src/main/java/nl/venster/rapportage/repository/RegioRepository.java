package nl.venster.rapportage.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.venster.rapportage.domain.RegioFeit;

@ApplicationScoped
public class RegioRepository implements PanacheRepositoryBase<RegioFeit, String> {

    /** The regions that belong to a round opening on {@code datum}, by code. */
    public List<RegioFeit> geldigOp(LocalDate datum) {
        return list("geldigVanaf <= ?1 and (geldigTot is null or geldigTot > ?1) order by code", datum);
    }

    /** As {@link #geldigOp(LocalDate)}; only the regions listed, or every region when {@code alleenRegios} is null. */
    public List<RegioFeit> geldigOp(LocalDate datum, Collection<String> alleenRegios) {
        return alleenRegios == null ? geldigOp(datum)
                : list("geldigVanaf <= ?1 and (geldigTot is null or geldigTot > ?1) and code in ?2 order by code", datum, alleenRegios);
    }
}
