package nl.venster.venster.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

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

    /** Kept after a tombstone, so an older snapshot delivered late cannot bring the region back. */
    public boolean verwijderd;

    public long versie;

    /** Whether the region exists on any day of the period [van, tot]. */
    public boolean geldigTussen(LocalDate van, LocalDate tot) {
        return !verwijderd && !geldigVanaf.isAfter(tot) && (geldigTot == null || geldigTot.isAfter(van));
    }
}
