package nl.venster.register.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import nl.venster.register.domain.Contactpersoon;

@ApplicationScoped
public class ContactpersoonRepository implements PanacheRepositoryBase<Contactpersoon, UUID> {

    public Optional<Contactpersoon> metSubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }
}
