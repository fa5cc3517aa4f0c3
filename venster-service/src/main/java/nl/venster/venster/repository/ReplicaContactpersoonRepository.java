package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.venster.venster.domain.ReplicaContactpersoon;
import nl.venster.venster.domain.ReplicaRol;

@ApplicationScoped
public class ReplicaContactpersoonRepository implements PanacheRepositoryBase<ReplicaContactpersoon, UUID> {

    /**
     * The role assignments (past, current and future) of the person with this subject in one region, in one
     * query: an authorisation check needs no more than that.
     */
    public List<ReplicaRol> rollenVan(String subject, String regio) {
        return getEntityManager().createQuery("select r from ReplicaContactpersoon c join c.rollen r"
                        + " where c.subject = :subject and c.verwijderd = false and r.regio = :regio", ReplicaRol.class)
                .setParameter("subject", subject).setParameter("regio", regio).getResultList();
    }

    /** Contacts with any role in the region, past or future; callers check the dates. */
    public List<ReplicaContactpersoon> withRoleIn(String regio) {
        return list("select distinct c from ReplicaContactpersoon c join c.rollen r where r.regio = ?1 and c.verwijderd = false", regio);
    }

    public java.util.Optional<ReplicaContactpersoon> metSubject(String subject) {
        return find("subject = ?1 and verwijderd = false", subject).firstResultOptional();
    }

    public List<ReplicaContactpersoon> withAnyRole() {
        return list("select distinct c from ReplicaContactpersoon c join c.rollen r where c.verwijderd = false");
    }
}
