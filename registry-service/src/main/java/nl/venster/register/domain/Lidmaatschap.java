package nl.venster.register.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A gemeente's membership of a region during [vanaf, tot). */
@Entity
public class Lidmaatschap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String regio;
    public String gemeente;
    public LocalDate vanaf;
    public LocalDate tot;

    public static Lidmaatschap van(String regio, String gemeente, LocalDate vanaf, LocalDate tot) {
        Lidmaatschap lid = new Lidmaatschap();
        lid.regio = regio;
        lid.gemeente = gemeente;
        lid.vanaf = vanaf;
        lid.tot = tot;
        return lid;
    }

    public boolean geldigOp(LocalDate datum) {
        return Geldigheid.omvat(vanaf, tot, datum);
    }

    public Dekkingscontrole.Lid alsLid() {
        return new Dekkingscontrole.Lid(gemeente, regio, vanaf, tot);
    }
}
