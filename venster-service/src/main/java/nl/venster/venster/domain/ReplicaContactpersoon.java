package nl.venster.venster.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A contact person from the registry with all role assignments (past, current and future). */
@Entity
@Table(name = "replica_contactpersoon")
public class ReplicaContactpersoon {

    @Id
    public UUID id;

    public String naam;

    /** The identity subject (sub claim) in this person's tokens. */
    public String subject;

    /** Kept after removal, so an older snapshot delivered late cannot restore the roles. */
    public boolean verwijderd;

    public long versie;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "replica_rol", joinColumns = @JoinColumn(name = "contactpersoon_id"))
    public List<ReplicaRol> rollen = new ArrayList<>();
}
