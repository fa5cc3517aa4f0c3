package nl.venster.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** A person who holds roles in regions; {@code subject} is the {@code sub} claim of their tokens. */
@Entity
public class Contactpersoon {

    @Id
    public UUID id;
    public String naam;
    public String email;
    public String telefoon;
    public String organisatie;
    public String subject;
    /** Counts changes of the person and of their role assignments: the event sequence. */
    public long versie;
    /**
     * Set when the person was removed while they had history: their roles ended and their e-mail and telephone
     * were erased that day; name, subject and history stay.
     */
    @Column(name = "vertrokken_op")
    public LocalDate vertrokkenOp;
}
