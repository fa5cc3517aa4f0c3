package nl.venster.register.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import nl.venster.register.domain.Regio;

@ApplicationScoped
public class RegioRepository implements PanacheRepositoryBase<Regio, String> {

    public List<Regio> actiefOp(LocalDate datum) {
        return list("geldigVanaf <= ?1 and (geldigTot is null or geldigTot > ?1) order by code", datum);
    }
}
