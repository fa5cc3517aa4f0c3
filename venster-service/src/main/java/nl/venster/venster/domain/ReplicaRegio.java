package nl.venster.venster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The registry's werkstructuur-region, as far as this service needs it. */
@Entity
@Table(name = "replica_regio")
public class ReplicaRegio {

    @Id
    public String code;

    public String naam;

    @Column(name = "geldig_vanaf")
    public LocalDate geldigVanaf;

    /** Exclusive; null: open-ended. */
    @Column(name = "geldig_tot")
    public LocalDate geldigTot;

    /** Null for a snapshot stored before the replica kept it. */
    public String zorgkantoorregio;

    /** Every membership with its validity, as the registry publishes it; null for an older snapshot. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Lid> leden;

    /** Kept after a tombstone, so an older snapshot delivered late cannot bring the region back. */
    public boolean verwijderd;

    public long versie;

    /** A gemeente's membership during [vanaf, tot); tot null: open-ended. */
    public record Lid(String gemeentecode, String gemeentenaam, LocalDate vanaf, LocalDate tot) {
        public boolean geldigOp(LocalDate datum) {
            return vanaf != null && !vanaf.isAfter(datum) && (tot == null || tot.isAfter(datum));
        }
    }

    /** Whether the region exists on the date. */
    public boolean geldigOp(LocalDate datum) {
        return geldigTussen(datum, datum);
    }

    /** Whether the region exists on any day of the period [van, tot]. */
    public boolean geldigTussen(LocalDate van, LocalDate tot) {
        return !verwijderd && !geldigVanaf.isAfter(tot) && (geldigTot == null || geldigTot.isAfter(van));
    }
}
