package nl.venster.register.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.venster.register.domain.Roltoewijzing;

@ApplicationScoped
public class RoltoewijzingRepository implements PanacheRepositoryBase<Roltoewijzing, UUID> {

    public List<Roltoewijzing> vanContactpersoon(UUID contactpersoon) {
        return list("contactpersoon = ?1 order by regio, financier, rol, vanaf", contactpersoon);
    }

    public List<Roltoewijzing> vanRegio(String regio) {
        return list("regio = ?1 order by financier, rol, vanaf", regio);
    }

    public List<Roltoewijzing> alle() {
        return list("order by regio, financier, rol, vanaf");
    }
}
