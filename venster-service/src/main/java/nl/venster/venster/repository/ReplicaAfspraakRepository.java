package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.venster.venster.domain.ReplicaAfspraak;

@ApplicationScoped
public class ReplicaAfspraakRepository implements PanacheRepositoryBase<ReplicaAfspraak, UUID> {

    public long verwijderVanAgenda(UUID agenda) {
        return delete("agendaId", agenda);
    }
}
