package nl.venster.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;

/** A werkstructuur-region; {@code versie} counts its changes and is the event sequence. */
@Entity
public class Regio {

    @Id
    public String code;
    public String naam;
    public String zorgkantoorregio;
    @Column(name = "voortouw_zorgverzekeraar")
    public String voortouwZorgverzekeraar;
    @Convert(converter = ThemasConverter.class)
    public List<String> themas;
    @Column(name = "geldig_vanaf")
    public LocalDate geldigVanaf;
    @Column(name = "geldig_tot")
    public LocalDate geldigTot;
    public long versie;

    public boolean actiefOp(LocalDate datum) {
        return Geldigheid.omvat(geldigVanaf, geldigTot, datum);
    }
}
