package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import nl.venster.venster.domain.ReplicaAgenda;

@ApplicationScoped
public class ReplicaAgendaRepository implements PanacheRepositoryBase<ReplicaAgenda, UUID> {
}
