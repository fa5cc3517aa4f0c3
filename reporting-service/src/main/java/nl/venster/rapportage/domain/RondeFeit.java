package nl.venster.rapportage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.venster.conventions.vocabulary.RondeStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest snapshot of a yearly round from {@code venster.rondes}. */
@Entity
@Table(name = "ronde")
public class RondeFeit {

    /** Regions belong to a round when they are valid on its opening day, in Dutch time. */
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Id
    public Integer jaar;
    @Enumerated(EnumType.STRING)
    public RondeStatus status;
    public OffsetDateTime opent;
    public OffsetDateTime sluit;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Vraag> vragen;
    @Column(name = "voldoende_grens")
    public int voldoendeGrens;
    @Column(name = "spreidings_grens")
    public int spreidingsGrens;
    public long versie;
    /** The fixed division (see {@link RondeRegio}); null before the round opened. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RondeRegio> indeling;

    public Drempels drempels() {
        return new Drempels(voldoendeGrens, spreidingsGrens);
    }

    /** Whether the region belongs to the round: in its fixed division, or else valid on its opening day. */
    public boolean omvat(RegioFeit regio) {
        return indeling != null ? indeling.stream().anyMatch(r -> r.code().equals(regio.code)) : regio.geldigOp(openingsdag());
    }

    public LocalDate openingsdag() {
        return opent.atZoneSameInstant(NEDERLAND).toLocalDate();
    }
}
