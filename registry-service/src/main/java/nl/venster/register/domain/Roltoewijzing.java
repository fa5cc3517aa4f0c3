package nl.venster.register.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** A contact's role in a region for a financier during [vanaf, tot); a theme only for trekkers. */
@Entity
public class Roltoewijzing {

    @Id
    public UUID id;
    public UUID contactpersoon;
    public String regio;
    public String financier;
    public String rol;
    public String thema;
    public LocalDate vanaf;
    public LocalDate tot;

    public boolean geldigOp(LocalDate datum) {
        return Geldigheid.omvat(vanaf, tot, datum);
    }
}
