package nl.venster.register.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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
}
