package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.venster.venster.domain.ReplicaContactpersoon;

@ApplicationScoped
public class ReplicaContactpersoonRepository implements PanacheRepositoryBase<ReplicaContactpersoon, UUID> {

    public List<ReplicaContactpersoon> withSubject(String subject) {
        return list("subject = ?1 and verwijderd = false", subject);
    }

    /** Contacts with any role in the region, past or future; callers check the dates. */
    public List<ReplicaContactpersoon> withRoleIn(String regio) {
        return list("select distinct c from ReplicaContactpersoon c join c.rollen r where r.regio = ?1 and c.verwijderd = false", regio);
    }

    public List<ReplicaContactpersoon> withAnyRole() {
        return list("select distinct c from ReplicaContactpersoon c join c.rollen r where c.verwijderd = false");
    }
}
