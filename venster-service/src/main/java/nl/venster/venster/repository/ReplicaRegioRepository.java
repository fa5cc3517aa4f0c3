package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.venster.venster.domain.ReplicaRegio;

@ApplicationScoped
public class ReplicaRegioRepository implements PanacheRepositoryBase<ReplicaRegio, String> {

    public List<ReplicaRegio> existing() {
        return list("verwijderd = false", Sort.ascending("code"));
    }
}
