package nl.venster.rapportage.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.venster.conventions.vocabulary.Financier;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The current answer set of one financier in one region and round, from {@code venster.antwoorden}. */
@Entity
@Table(name = "antwoordset")
public class AntwoordsetFeit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public int jaar;
    public String regio;
    @Enumerated(EnumType.STRING)
    public Financier financier;
    public long versie;
    @Column(name = "ingediend_op")
    public OffsetDateTime ingediendOp;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<AntwoordScore> antwoorden;

    public Map<String, Integer> scorePerVraag() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        antwoorden.forEach(antwoord -> scores.put(antwoord.vraag(), antwoord.score()));
        return scores;
    }
}
