package nl.venster.venster.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The registry's samenwerkingsagenda, as far as this service needs it: its region and version. */
@Entity
@Table(name = "replica_agenda")
public class ReplicaAgenda {

    @Id
    public UUID id;

    public String regio;

    /** Kept after a removal, so an older snapshot delivered late cannot bring the agenda back. */
    public boolean verwijderd;

    public long versie;
}
