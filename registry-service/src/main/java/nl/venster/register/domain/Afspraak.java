package nl.venster.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agreement or action of an agenda under one of its themes, with a trekker and a progress log. */
@Entity
public class Afspraak {

    @Id
    public UUID id;
    public UUID agenda;
    public String thema;
    public String omschrijving;
    /** A contactpersoon with a role in the agenda's region. */
    public UUID trekker;
    /** Financier codes, comma-separated (codes never contain commas). */
    @Convert(converter = ThemasConverter.class)
    public List<String> financiers;
    @Column(name = "geplande_start")
    public LocalDate geplandeStart;
    @Column(name = "gepland_einde")
    public LocalDate geplandEinde;
    public String status;
    @Column(name = "voortgang_aantal")
    public int voortgangAantal;
    @Column(name = "laatste_voortgang")
    public LocalDate laatsteVoortgang;
    /** The afspraak's own version (its ETag); the agenda's version also rises with every change here. */
    public long versie;
}
