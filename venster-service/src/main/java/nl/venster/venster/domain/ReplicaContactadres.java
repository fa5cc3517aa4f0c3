package nl.venster.venster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A contact person's e-mail address from the registry (register.contactadressen), only for messages. */
@Entity
@Table(name = "replica_contactadres")
public class ReplicaContactadres {

    @Id
    @Column(name = "contactpersoon_id")
    public UUID contactpersoon;

    /** Null: the registry has no address for this person. */
    public String email;

    public long versie;
}
