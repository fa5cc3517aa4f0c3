package nl.venster.rapportage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import nl.venster.conventions.vocabulary.Financier;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Derived: a region's assessment in a round, recomputed from the stored facts after every change. */
@Entity
@Table(name = "regio_status")
public class RegioStatusRij {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int jaar;
    public String regio;
    public String naam;
    public String zorgkantoorregio;
    @Enumerated(EnumType.STRING)
    public RegioStatus status;
    @Enumerated(EnumType.STRING)
    public Escalatie escalatie;
    public boolean signaal;
    @Column(name = "scores_zichtbaar")
    public boolean scoresZichtbaar;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Financier> beantwoord;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "divergente_vragen")
    public List<String> divergenteVragen;
}
