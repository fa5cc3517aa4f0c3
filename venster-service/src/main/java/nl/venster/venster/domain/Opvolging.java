package nl.venster.venster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.venster.conventions.vocabulary.OpvolgingSoort;

/** A recorded follow-up of a region's Venster result; append-only. */
@Entity
@Table(name = "opvolging")
public class Opvolging {

    @Id
    public UUID id;

    public int jaar;

    public String regio;

    public long volgnummer;

    @Enumerated(EnumType.STRING)
    public OpvolgingSoort soort;

    public String toelichting;

    @Column(name = "vastgelegd_op")
    public OffsetDateTime vastgelegdOp;

    @Column(name = "vastgelegd_door")
    public String vastgelegdDoor;

    /** Only with actie-afgesproken: the afspraak of the region's agenda it created (may be null). */
    public UUID afspraak;
}
