package nl.venster.venster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An afspraak of a region's agenda: what a follow-up actie-afgesproken may point to. */
@Entity
@Table(name = "replica_afspraak")
public class ReplicaAfspraak {

    @Id
    public UUID id;

    @Column(name = "agenda_id")
    public UUID agendaId;

    public String regio;
}
