package nl.venster.register.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.venster.register.domain.Zorgkantoorregio;

@ApplicationScoped
public class ZorgkantoorregioRepository implements PanacheRepositoryBase<Zorgkantoorregio, String> {
}
