package nl.venster.venster.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A region of a round's fixed division (see {@link Indeling}); written once, when the round opens. */
@Entity
@Table(name = "ronde_regio")
@IdClass(RondeRegio.Sleutel.class)
public class RondeRegio {

    @Id
    public int jaar;

    @Id
    public String code;

    public String naam;

    public String zorgkantoorregio;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Indeling.Gemeente> gemeenten;

    public record Sleutel(int jaar, String code) implements Serializable {
        public Sleutel() {
            this(0, null);
        }
    }

    public static RondeRegio van(int jaar, Indeling.Regio regio) {
        RondeRegio rij = new RondeRegio();
        rij.jaar = jaar;
        rij.code = regio.code();
        rij.naam = regio.naam();
        rij.zorgkantoorregio = regio.zorgkantoorregio();
        rij.gemeenten = List.copyOf(regio.gemeenten());
        return rij;
    }

    public Indeling.Regio alsRegio() {
        return new Indeling.Regio(code, naam, zorgkantoorregio, gemeenten == null ? List.of() : List.copyOf(gemeenten));
    }
}
