package nl.venster.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A region's samenwerkingsagenda (DESIGN.md §7); {@code versie} counts every change of the agenda and of its
 * afspraken (the ETag and the event sequence).
 */
@Entity
public class Agenda {

    @Id
    public UUID id;
    public String regio;
    public String titel;
    @Column(name = "looptijd_vanaf")
    public LocalDate looptijdVanaf;
    /** Exclusive. */
    @Column(name = "looptijd_tot")
    public LocalDate looptijdTot;
    @Column(name = "gedeelde_ambitie")
    public String gedeeldeAmbitie;
    public String status;
    @Column(name = "vastgesteld_op")
    public LocalDate vastgesteldOp;
    @Column(name = "vastgesteld_door")
    public String vastgesteldDoor;
    @Column(name = "afgelopen_op")
    public LocalDate afgelopenOp;
    @Column(name = "betrokken_partijen")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AgendaInhoud.BetrokkenPartij> betrokkenPartijen;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AgendaInhoud.ThemaInhoud> themas;
    public long versie;

    /** The dates on which this agenda, once adopted, counts: its looptijd, cut short when it ended early. */
    public AgendaRegels.Periode periode() {
        return AgendaRegels.periode(looptijdVanaf, looptijdTot, afgelopenOp);
    }
}
