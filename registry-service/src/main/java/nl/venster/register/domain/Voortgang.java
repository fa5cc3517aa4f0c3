package nl.venster.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One dated entry in an afspraak's progress log; append-only (a database trigger refuses updates). */
@Entity
public class Voortgang {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID afspraak;
    public int volgnummer;
    public LocalDate datum;
    public String toelichting;
    /** The afspraak's status after this entry. */
    public String status;
    @Column(name = "vastgelegd_door")
    public String vastgelegdDoor;
    @Column(name = "vastgelegd_op", insertable = false, updatable = false)
    public OffsetDateTime vastgelegdOp;
}
