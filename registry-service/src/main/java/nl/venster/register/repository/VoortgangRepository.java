package nl.venster.register.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.venster.register.domain.Voortgang;

@ApplicationScoped
public class VoortgangRepository implements PanacheRepositoryBase<Voortgang, Long> {

    /** A page of the log, oldest first. */
    public List<Voortgang> vanAfspraak(UUID afspraak, int offset, int aantal) {
        return find("afspraak = ?1 order by volgnummer", afspraak).range(offset, offset + aantal - 1).list();
    }
}
