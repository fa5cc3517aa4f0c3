package nl.venster.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A gemeente (CBS code GMnnnn) during [geldigVanaf, geldigTot); after a merger it names its successor. */
@Entity
public class Gemeente {

    @Id
    public String code;
    public String naam;
    public String zorgkantoorregio;
    @Column(name = "geldig_vanaf")
    public LocalDate geldigVanaf;
    @Column(name = "geldig_tot")
    public LocalDate geldigTot;
    public String opvolger;

    public boolean bestaatOp(LocalDate datum) {
        return Geldigheid.omvat(geldigVanaf, geldigTot, datum);
    }

    public Dekkingscontrole.GemeenteGeldigheid geldigheid() {
        return new Dekkingscontrole.GemeenteGeldigheid(code, naam, geldigVanaf, geldigTot);
    }
}
