package nl.venster.rapportage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest snapshot of a werkstructuur-region from {@code register.regios}. */
@Entity
@Table(name = "regio")
public class RegioFeit {

    @Id
    public String code;
    public String naam;
    public String zorgkantoorregio;
    @Column(name = "geldig_vanaf")
    public LocalDate geldigVanaf;
    /** Exclusive; null: open-ended. */
    @Column(name = "geldig_tot")
    public LocalDate geldigTot;
    public long versie;
    /** Every membership of a gemeente, past and future (for the public map). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Lidmaatschap> leden = new ArrayList<>();

    public boolean geldigOp(LocalDate datum) {
        return !geldigVanaf.isAfter(datum) && (geldigTot == null || datum.isBefore(geldigTot));
    }
}
