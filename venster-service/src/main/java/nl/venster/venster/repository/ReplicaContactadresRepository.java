package nl.venster.venster.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.venster.venster.domain.ReplicaContactadres;

@ApplicationScoped
public class ReplicaContactadresRepository implements PanacheRepositoryBase<ReplicaContactadres, UUID> {

    public Optional<String> email(UUID contactpersoon) {
        return findByIdOptional(contactpersoon).map(adres -> adres.email).filter(email -> !email.isBlank());
    }

    /** The people for whom an address is known. */
    public Set<UUID> bereikbaar() {
        return new HashSet<>(getEntityManager().createQuery("select a.contactpersoon from ReplicaContactadres a"
                + " where a.email is not null and a.email <> ''", UUID.class).getResultList());
    }
}
