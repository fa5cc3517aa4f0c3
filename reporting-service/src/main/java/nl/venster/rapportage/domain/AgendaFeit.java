package nl.venster.rapportage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.venster.conventions.vocabulary.AgendaGeldigheid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest snapshot of a region's samenwerkingsagenda from {@code register.agendas}, as far as the reports need it. */
@Entity
@Table(name = "agenda")
public class AgendaFeit {

    @Id
    public UUID id;
    public String regio;
    public String titel;
    public String status;
    @Column(name = "looptijd_vanaf")
    public LocalDate looptijdVanaf;
    /** Exclusive. */
    @Column(name = "looptijd_tot")
    public LocalDate looptijdTot;
    @Column(name = "vastgesteld_op")
    public LocalDate vastgesteldOp;
    @Column(name = "vastgesteld_door")
    public String vastgesteldDoor;
    @Column(name = "afgelopen_op")
    public LocalDate afgelopenOp;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Thema> themas;
    public long versie;

    /** A measurable goal of the agenda. */
    public record Doel(String omschrijving, String indicator,
                       @Schema(description = "Leeg als de regio geen nulwaarde vastlegde", nullable = true) String nulwaarde, String streefwaarde, LocalDate streefdatum) {
    }

    /** Per theme: its goals and how many afspraken it has per status (every status present, also with 0). */
    public record Thema(String thema, List<Doel> doelen, Map<String, Integer> afsprakenPerStatus) {
    }

    public boolean vanKrachtOp(LocalDate datum) {
        return AgendaGeldigheid.vanKrachtOp(status, looptijdVanaf, looptijdTot, vastgesteldOp, afgelopenOp, datum);
    }

    /** A draft whose looptijd covers the date: the region is working on an agenda then. */
    public boolean inVoorbereidingOp(LocalDate datum) {
        return AgendaGeldigheid.CONCEPT.equals(status) && !datum.isBefore(looptijdVanaf) && datum.isBefore(looptijdTot);
    }
}
