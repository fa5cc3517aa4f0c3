package nl.venster.register.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import nl.venster.register.domain.Gemeente;

@ApplicationScoped
public class GemeenteRepository implements PanacheRepositoryBase<Gemeente, String> {

    public List<Gemeente> alle() {
        return list("order by code");
    }

    public List<Gemeente> bestaandOp(LocalDate datum) {
        return list("geldigVanaf <= ?1 and (geldigTot is null or geldigTot > ?1) order by code", datum);
    }
}
